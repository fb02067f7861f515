import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CeilingValue } from './ceiling-value.entity';

/** Recruitment ceilings (シーリング) per recruitment year × prefecture × specialty, identified by code. */
@Entity({ name: 'ceiling_dataset' })
@Unique('uq_ceiling_dataset_code', ['code'])
export class CeilingDatasetRecord {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_ceiling_dataset',
  })
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  sourceNote!: string;

  /** Illustrative figures (demo data), surfaced in every reason that reads them. */
  @Column({ type: 'boolean' })
  sample!: boolean;

  @OneToMany(() => CeilingValue, (value) => value.dataset)
  values?: CeilingValue[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
