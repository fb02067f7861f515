import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { HostAlertSubscription } from './host-alert-subscription.entity';

/**
 * A saved host of a subscription. A host added to an already confirmed address stays unconfirmed
 * until that address confirms again, so nobody can add alerts to someone else's inbox.
 */
@Entity({ name: 'host_alert_host' })
@Index('ix_host_alert_host_facility', ['facilityId'])
export class HostAlertHost {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_alert_host' })
  subscriptionId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_alert_host' })
  facilityId!: string;

  @ManyToOne(() => HostAlertSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_host_alert_host_subscription' })
  subscription?: HostAlertSubscription;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_host_alert_host_facility' })
  facility?: Facility;

  @Column({ type: 'boolean', default: false })
  confirmed!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
