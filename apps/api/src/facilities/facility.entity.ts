import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';

/** A hospital or clinic (施設), identified by its facility code (施設管理コード). */
@Entity({ name: 'facility' })
@Unique('uq_facility_code', ['facilityCode'])
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  facilityCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Index()
  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @Column({ type: 'char', length: 4 })
  secondaryMedicalAreaCode!: string;

  @Column({ type: 'text' })
  address!: string;

  /** Demo and sample records are labelled so nobody mistakes them for real facilities. */
  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
