import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '../../database/numeric.transformer';
import { Prefecture } from './prefecture.entity';
import { Specialty } from './specialty.entity';
import { SufficiencyDataset } from './sufficiency-dataset.entity';

/**
 * One prefecture × specialty ratio in a dataset: an exact value, or a band `(lowerBound, upperBound]`.
 * A band is never turned into an invented exact value.
 */
@Entity({ name: 'sufficiency_value' })
@Unique('uq_sufficiency_value_cell', ['datasetId', 'prefectureCode', 'specialtyCode'])
@Check('ck_sufficiency_value_known', '"exact" IS NOT NULL OR "lower_bound" IS NOT NULL OR "upper_bound" IS NOT NULL')
@Check('ck_sufficiency_value_band', '"lower_bound" IS NULL OR "upper_bound" IS NULL OR "lower_bound" < "upper_bound"')
export class SufficiencyValue {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  datasetId!: string;

  @ManyToOne(() => SufficiencyDataset, (dataset) => dataset.values, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'dataset_id' })
  dataset?: SufficiencyDataset;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @ManyToOne(() => Prefecture, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code' })
  prefecture?: Prefecture;

  @Column({ type: 'varchar', length: 40 })
  specialtyCode!: string;

  @ManyToOne(() => Specialty, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialty_code' })
  specialty?: Specialty;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 3,
    nullable: true,
    transformer: numericTransformer,
  })
  exact!: number | null;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 3,
    nullable: true,
    transformer: numericTransformer,
  })
  lowerBound!: number | null;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 3,
    nullable: true,
    transformer: numericTransformer,
  })
  upperBound!: number | null;
}
