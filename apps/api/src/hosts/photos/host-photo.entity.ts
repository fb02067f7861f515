import { HostPhotoResponse } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';

/** A photo uploaded for a host's profile; kept in PostgreSQL with the rest of the profile. */
@Entity({ name: 'host_photo' })
@Index('ix_host_photo_facility', ['facilityId'])
export class HostPhoto {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_host_photo' })
  id!: string;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_host_photo_facility' })
  facility?: Facility;

  @Column({ type: 'uuid' })
  facilityId!: string;

  /** Decided from the bytes, never from the upload's name or declared type. */
  @Column({ type: 'varchar', length: 20 })
  contentType!: HostPhotoResponse['contentType'];

  @Column({ type: 'integer' })
  byteSize!: number;

  @Column({ type: 'integer', nullable: true })
  width!: number | null;

  @Column({ type: 'integer', nullable: true })
  height!: number | null;

  @Column({ type: 'bytea', select: false })
  bytes!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
