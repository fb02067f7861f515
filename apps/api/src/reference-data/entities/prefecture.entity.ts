import { INDEX_CLASSES, IndexClass, REGIONAL_BLOCKS, RegionalBlock } from '@renkei/contract';
import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../../database/numeric.transformer';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

@Entity({ name: 'prefecture' })
export class Prefecture {
  @PrimaryColumn({ type: 'char', length: 2 })
  code!: string;

  @Column({ type: 'text' })
  nameJa!: string;

  @Column({ type: 'text' })
  nameEn!: string;

  @Column({ type: 'enum', enum: REGIONAL_BLOCKS, enumName: 'regional_block' })
  block!: RegionalBlock;

  @Column({
    type: 'numeric',
    precision: 6,
    scale: 1,
    transformer: numericTransformer,
  })
  physicianDistributionIndex!: number;

  @Column({ type: 'enum', enum: INDEX_CLASSES, enumName: 'index_class' })
  indexClass!: IndexClass;

  @OneToMany(() => SecondaryMedicalArea, (area) => area.prefecture)
  secondaryMedicalAreas?: SecondaryMedicalArea[];
}
