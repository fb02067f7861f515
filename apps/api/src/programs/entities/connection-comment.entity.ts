import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ConnectionRequest } from './connection-request.entity';

/** A note on a connection request by either facility or a prefecture helping. */
@Entity({ name: 'connection_comment' })
@Index('ix_connection_comment_request', ['requestId', 'createdAt'])
export class ConnectionComment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_connection_comment' })
  id!: string;

  @ManyToOne(() => ConnectionRequest, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'request_id', foreignKeyConstraintName: 'fk_connection_comment_request' })
  request?: ConnectionRequest;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'uuid' })
  authorUserId!: string;

  @Column({ type: 'text' })
  authorEmail!: string;

  @Column({ type: 'text' })
  comment!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
