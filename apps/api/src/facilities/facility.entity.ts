import { FACILITY_KINDS, FacilityKind } from '@renkei/contract';
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

  @Column({
    type: 'enum',
    enum: FACILITY_KINDS,
    enumName: 'facility_kind',
    default: 'hospital',
  })
  kind!: FacilityKind;

  /** 市区町村: physician-scarce spots are designated per municipality. */
  @Column({ type: 'text', default: '' })
  municipality!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'integer', nullable: true })
  bedCount!: number | null;

  /** 基幹施設: may register connection programs. */
  @Column({ type: 'boolean', default: false })
  isBase!: boolean;

  /** May be nominated as a host (連携先施設). */
  @Column({ type: 'boolean', default: false })
  isHost!: boolean;

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
