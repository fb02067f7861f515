import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OutboxMessage } from './outbox-message.entity';

/**
 * What the development transport "delivered" when SMTP_URL is unset, so JMSB users can read it
 * in the app. One row per outbox message at most: delivering the same row again changes nothing.
 */
@Entity({ name: 'development_mail' })
@Unique('uq_development_mail_outbox_id', ['outboxId'])
export class DevelopmentMail {
  @PrimaryGeneratedColumn('uuid', {
    primaryKeyConstraintName: 'pk_development_mail',
  })
  id!: string;

  @Column({ type: 'uuid' })
  outboxId!: string;

  // Many-to-one with the unique constraint above: a one-to-one would add a second, unnamed unique index.
  @ManyToOne(() => OutboxMessage, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'outbox_id',
    foreignKeyConstraintName: 'fk_development_mail_outbox',
  })
  outbox?: OutboxMessage;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  textBody!: string;

  @Column({ type: 'text' })
  htmlBody!: string;

  @Index('ix_development_mail_delivered_at')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  deliveredAt!: Date;
}
