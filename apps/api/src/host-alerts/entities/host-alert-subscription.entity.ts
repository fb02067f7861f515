import { Language, LANGUAGES } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HOST_ALERT_STATUSES = ['pending', 'confirmed'] as const;
export type HostAlertStatus = (typeof HOST_ALERT_STATUSES)[number];

/** A visitor's address that asked for host alerts; mails go out only once it is confirmed (double opt-in). */
@Entity({ name: 'host_alert_subscription' })
@Index('uq_host_alert_subscription_email', ['email'], { unique: true })
export class HostAlertSubscription {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_host_alert_subscription' })
  id!: string;

  /** Lower-cased, so one address has one subscription. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'enum', enum: LANGUAGES, enumName: 'host_alert_language' })
  language!: Language;

  @Column({ type: 'enum', enum: HOST_ALERT_STATUSES, enumName: 'host_alert_status' })
  status!: HostAlertStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;
}
