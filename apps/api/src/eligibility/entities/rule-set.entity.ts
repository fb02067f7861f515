import type { RuleSet as RuleSetDefinition } from '@renkei/eligibility';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const RULE_SET_STATUSES = ['draft', 'active', 'retired'] as const;
export type RuleSetStatusValue = (typeof RULE_SET_STATUSES)[number];

/** One version of the rules of a recruitment year; `definition` is the engine's `RuleSet`. */
@Entity({ name: 'rule_set' })
@Unique('uq_rule_set_year_version', ['recruitmentYear', 'version'])
@Index('uq_rule_set_active_year', ['recruitmentYear'], {
  unique: true,
  where: `"status" = 'active'`,
})
export class RuleSetRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rule_set' })
  id!: string;

  @Column({ type: 'smallint' })
  recruitmentYear!: number;

  @Column({ type: 'integer' })
  version!: number;

  @Column({
    type: 'enum',
    enum: RULE_SET_STATUSES,
    enumName: 'rule_set_status',
  })
  status!: RuleSetStatusValue;

  @Column({ type: 'jsonb' })
  definition!: RuleSetDefinition;

  @Column({ type: 'text' })
  sourceNote!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** Null for the seeded defaults. */
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;
}
