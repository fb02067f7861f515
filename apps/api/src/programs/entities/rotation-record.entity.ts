import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionRequest } from './connection-request.entity';

/** A resident of the program actually went to the host (a label, never a name). */
@Entity({ name: 'rotation_record' })
@Index('ix_rotation_record_request', ['requestId'])
export class RotationRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_rotation_record' })
  id!: string;

  @ManyToOne(() => ConnectionRequest, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_rotation_record_request' })
  request?: ConnectionRequest;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'varchar', length: 50 })
  residentLabel!: string;

  @Column({ type: 'date' })
  startedOn!: string;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'uuid' })
  recordedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
