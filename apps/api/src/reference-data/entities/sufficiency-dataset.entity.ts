import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '../../database/numeric.transformer';
import { SufficiencyValue } from './sufficiency-value.entity';

/** A versioned set of current sufficiency ratios (足下充足率), identified by its base-year code. */
@Entity({ name: 'sufficiency_dataset' })
@Unique('uq_sufficiency_dataset_code', ['code'])
export class SufficiencyDataset {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 40 })
  code!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'text' })
  sourceNote!: string;

  /** Specialties the dataset covers; others have no value (eligibility: undetermined). */
  @Column({ type: 'text', array: true })
  specialtyCodes!: string[];

  /** Band implied for a covered prefecture × specialty that has no row: `(lower, upper]`. */
  @Column({
    type: 'numeric',
    precision: 5,
    scale: 3,
    nullable: true,
    transformer: numericTransformer,
  })
  unlistedLowerBound!: number | null;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 3,
    nullable: true,
    transformer: numericTransformer,
  })
  unlistedUpperBound!: number | null;

  @OneToMany(() => SufficiencyValue, (value) => value.dataset)
  values?: SufficiencyValue[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
