import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HostAlertSubscription } from './host-alert-subscription.entity';

export const HOST_ALERT_TOKEN_PURPOSES = ['confirm', 'unsubscribe'] as const;
export type HostAlertTokenPurpose = (typeof HOST_ALERT_TOKEN_PURPOSES)[number];

/**
 * A link token of a host alert mail; only its SHA-256 is stored. Every mail carries a fresh
 * unsubscribe token (so each mail's link keeps working); confirm tokens expire.
 */
@Entity({ name: 'host_alert_token' })
@Index('ix_host_alert_token_subscription', ['subscriptionId'])
export class HostAlertToken {
  @PrimaryColumn({ type: 'char', length: 64, primaryKeyConstraintName: 'pk_host_alert_token' })
  tokenHash!: string;

  @Column({ type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => HostAlertSubscription, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_host_alert_token_subscription' })
  subscription?: HostAlertSubscription;

  @Column({ type: 'enum', enum: HOST_ALERT_TOKEN_PURPOSES, enumName: 'host_alert_token_purpose' })
  purpose!: HostAlertTokenPurpose;

  /** Null for unsubscribe tokens: an old mail's link must always work. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
