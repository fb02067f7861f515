import { SUBMISSION_STATUSES, SubmissionStatus } from '@renkei/contract';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, VersionColumn } from 'typeorm';
import { NominationRound } from './nomination-round.entity';

/** One prefecture's candidate list in a round (created for all 47 when the round opens). */
@Entity({ name: 'prefecture_submission' })
@Unique('uq_prefecture_submission_round_prefecture', ['roundId', 'prefectureCode'])
export class PrefectureSubmission {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_prefecture_submission' })
  id!: string;

  @ManyToOne(() => NominationRound, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_prefecture_submission_round' })
  round?: NominationRound;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @Column({ type: 'enum', enum: SUBMISSION_STATUSES, enumName: 'submission_status', default: 'draft' })
  status!: SubmissionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedBy!: string | null;

  /** The JMSB's comment when it returned the list. */
  @Column({ type: 'text', nullable: true })
  returnComment!: string | null;

  @VersionColumn()
  version!: number;
}
