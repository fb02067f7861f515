import { ROUND_STATUSES, RoundStatus } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { RuleSetRecord } from '../../eligibility/entities/rule-set.entity';

/**
 * A nomination round (seed 004 p. 47) for one recruitment year: prefectures submit candidate hosts
 * until `prefectureDeadline`, societies review until `societyDeadline`, then the JMSB publishes.
 * The rule set version is pinned when the round opens, so decisions do not move under a running round.
 */
@Entity({ name: 'nomination_round' })
@Index('uq_nomination_round_year', ['recruitmentYear'], { unique: true })
export class NominationRound {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_nomination_round' })
  id!: string;

  @Column({ type: 'smallint' })
  recruitmentYear!: number;

  @ManyToOne(() => RuleSetRecord, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'rule_set_id', foreignKeyConstraintName: 'fk_nomination_round_rule_set' })
  ruleSet?: RuleSetRecord;

  @Column({ type: 'uuid' })
  ruleSetId!: string;

  @Column({ type: 'enum', enum: ROUND_STATUSES, enumName: 'round_status', default: 'collecting' })
  status!: RoundStatus;

  @Column({ type: 'timestamptz' })
  prefectureDeadline!: Date;

  @Column({ type: 'timestamptz' })
  societyDeadline!: Date;

  @Column({ type: 'text' })
  message!: string;

  /** Places the JMSB expects to need, per specialty code. */
  @Column({ type: 'jsonb' })
  expectedPlaces!: Record<string, number>;

  @Column({ type: 'uuid' })
  openedBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentToSocietiesAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** Reminders go out once per side before its deadline. */
  @Column({ type: 'timestamptz', nullable: true })
  prefectureReminderSentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  societyReminderSentAt!: Date | null;

  @VersionColumn()
  version!: number;
}
