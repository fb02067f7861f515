import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { SecondaryMedicalArea } from './secondary-medical-area.entity';

export const DESIGNATION_SOURCES = ['index-default', 'prefecture'] as const;
export type DesignationSource = (typeof DESIGNATION_SOURCES)[number];

/**
 * Whether a secondary medical area is a physician-scarce area (医師少数区域). The prefecture
 * designates it; until it does, the default follows the index class (`few` ⇒ scarce).
 */
@Entity({ name: 'physician_scarce_designation' })
export class PhysicianScarceDesignation {
  @PrimaryColumn({ type: 'char', length: 4 })
  areaCode!: string;

  @OneToOne(() => SecondaryMedicalArea, (area) => area.designation, {
    onDelete: 'CASCADE',
  })
  @JoinColumn({ name: 'area_code' })
  area?: SecondaryMedicalArea;

  @Column({ type: 'boolean' })
  physicianScarce!: boolean;

  @Column({
    type: 'enum',
    enum: DESIGNATION_SOURCES,
    enumName: 'designation_source',
  })
  source!: DesignationSource;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
