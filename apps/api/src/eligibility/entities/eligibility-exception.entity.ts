import type { EligibilityException as ExceptionDefinition } from '@renkei/eligibility';
import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A transitional measure (経過措置) the JMSB granted; `definition` is the engine's `EligibilityException`. */
@Entity({ name: 'eligibility_exception' })
export class EligibilityExceptionRecord {
  /** Also the definition's id, so reasons cite the record. */
  @PrimaryColumn({
    type: 'uuid',
    primaryKeyConstraintName: 'pk_eligibility_exception',
  })
  id!: string;

  @Column({ type: 'jsonb' })
  definition!: ExceptionDefinition;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'text' })
  sourceNote!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;
}
