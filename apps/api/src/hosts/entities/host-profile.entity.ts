import { HOST_PROFILE_STATUSES, HostProfileContent, HostProfileStatus } from '@renkei/contract';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';

/**
 * A host facility's profile for residents (DOMAIN §6). The host edits `draft`; the public sees
 * `published`, the last version its prefecture approved, until the next approval replaces it.
 */
@Entity({ name: 'host_profile' })
export class HostProfile {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_profile' })
  facilityId!: string;

  @OneToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_host_profile_facility' })
  facility?: Facility;

  @Column({ type: 'enum', enum: HOST_PROFILE_STATUSES, enumName: 'host_profile_status' })
  status!: HostProfileStatus;

  @Column({ type: 'jsonb' })
  draft!: HostProfileContent;

  @Column({ type: 'jsonb', nullable: true })
  published!: HostProfileContent | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
