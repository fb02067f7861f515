import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';
import { Specialty } from '../../reference-data/entities/specialty.entity';
import { CeilingDatasetRecord } from './ceiling-dataset.entity';

@Entity({ name: 'ceiling_value' })
@Unique('uq_ceiling_value_cell', ['datasetId', 'recruitmentYear', 'prefectureCode', 'specialtyCode'])
@Check('ck_ceiling_value_cap', '"cap" IS NULL OR "cap" >= 0')
export class CeilingValue {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_ceiling_value',
  })
  id!: string;

  @Column({ type: 'uuid' })
  datasetId!: string;

  @ManyToOne(() => CeilingDatasetRecord, (dataset) => dataset.values, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({
    name: 'dataset_id',
    foreignKeyConstraintName: 'fk_ceiling_value_dataset',
  })
  dataset?: CeilingDatasetRecord;

  @Column({ type: 'smallint' })
  recruitmentYear!: number;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @ManyToOne(() => Prefecture, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'prefecture_code',
    foreignKeyConstraintName: 'fk_ceiling_value_prefecture',
  })
  prefecture?: Prefecture;

  @Column({ type: 'varchar', length: 40 })
  specialtyCode!: string;

  @ManyToOne(() => Specialty, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'specialty_code',
    foreignKeyConstraintName: 'fk_ceiling_value_specialty',
  })
  specialty?: Specialty;

  @Column({ type: 'boolean' })
  underCeiling!: boolean;

  /** Recruitment cap where the ceiling applies; null when none or unknown. */
  @Column({ type: 'integer', nullable: true })
  cap!: number | null;
}
