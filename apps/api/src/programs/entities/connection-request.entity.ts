import { CONNECTION_REQUEST_STATUSES, ConnectionRequestStatus } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { PublishedHost } from '../../nominations/entities/published-host.entity';
import { Program } from './program.entity';

/** A program's request to one published host: what was asked, and the host's answer. */
@Entity({ name: 'connection_request' })
@Index('uq_connection_request_program_host', ['programId', 'hostFacilityId'], { unique: true })
@Index('ix_connection_request_published_host', ['publishedHostId', 'status'])
@Index('ix_connection_request_host', ['hostFacilityId'])
export class ConnectionRequest {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_connection_request' })
  id!: string;

  @ManyToOne(() => Program, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'program_id', foreignKeyConstraintName: 'fk_connection_request_program' })
  program?: Program;

  @Column({ type: 'uuid' })
  programId!: string;

  /** The ledger row (round × host × specialty × category) the request draws on. */
  @ManyToOne(() => PublishedHost, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'published_host_id', foreignKeyConstraintName: 'fk_connection_request_published_host' })
  publishedHost?: PublishedHost;

  @Column({ type: 'uuid' })
  publishedHostId!: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'host_facility_id', foreignKeyConstraintName: 'fk_connection_request_host_facility' })
  hostFacility?: Facility;

  @Column({ type: 'uuid' })
  hostFacilityId!: string;

  @Column({ type: 'integer' })
  placesRequested!: number;

  @Column({ type: 'integer' })
  monthsRequested!: number;

  @Column({ type: 'enum', enum: CONNECTION_REQUEST_STATUSES, enumName: 'connection_request_status', default: 'pending' })
  status!: ConnectionRequestStatus;

  @Column({ type: 'integer', nullable: true })
  placesAccepted!: number | null;

  @Column({ type: 'integer', nullable: true })
  monthsAccepted!: number | null;

  @Column({ type: 'text', nullable: true })
  declineReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
