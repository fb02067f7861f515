import { INDEX_CLASSES, IndexClass } from '@renkei/contract';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/numeric.transformer';
import { PhysicianScarceDesignation } from './physician-scarce-designation.entity';
import { Prefecture } from './prefecture.entity';

@Entity({ name: 'secondary_medical_area' })
export class SecondaryMedicalArea {
  @PrimaryColumn({ type: 'char', length: 4 })
  code!: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @ManyToOne(() => Prefecture, (prefecture) => prefecture.secondaryMedicalAreas, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code' })
  prefecture?: Prefecture;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: numericTransformer,
  })
  physicianDistributionIndex!: number;

  /** Tercile class from the index: the default for the physician-scarce designation. */
  @Column({ type: 'enum', enum: INDEX_CLASSES, enumName: 'index_class' })
  indexClass!: IndexClass;

  @OneToOne(() => PhysicianScarceDesignation, (designation) => designation.area)
  designation?: PhysicianScarceDesignation;
}
