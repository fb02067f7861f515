import { IMPORT_KINDS, ImportKind, ImportStatus } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded file after validation: its issues and the validated records (`payload`), kept until
 * someone commits it. Nothing outside this row changes before the commit.
 */
@Entity({ name: 'import_batch' })
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: IMPORT_KINDS, enumName: 'import_kind' })
  kind!: ImportKind;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({
    type: 'enum',
    enum: ['previewed', 'committed'],
    enumName: 'import_status',
  })
  status!: ImportStatus;

  @Column({ type: 'jsonb' })
  issues!: unknown[];

  @Column({ type: 'jsonb' })
  summary!: unknown;

  /** The validated records, in the importer's own shape; cleared once committed. */
  @Column({ type: 'jsonb', nullable: true })
  payload!: object | null;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt!: Date | null;
}
