import { AcceptablePeriod, CANDIDATE_ORIGINS, CandidateOrigin, REVIEW_STATUSES, ReviewStatus } from '@renkei/contract';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { PrefectureSubmission } from './prefecture-submission.entity';

/** A candidate host: one facility × specialty on a prefecture's list (受入可能数, periods, contact, reason). */
@Entity({ name: 'candidate' })
@Unique('uq_candidate_round_facility_specialty', ['roundId', 'facilityId', 'specialtyCode'])
@Index('ix_candidate_round_specialty', ['roundId', 'specialtyCode'])
@Index('ix_candidate_submission', ['submissionId', 'reviewStatus'])
@Check('ck_candidate_acceptable_number', '"acceptable_number" IS NULL OR "acceptable_number" > 0')
export class Candidate {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_candidate' })
  id!: string;

  @ManyToOne(() => PrefectureSubmission, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'submission_id', foreignKeyConstraintName: 'fk_candidate_submission' })
  submission?: PrefectureSubmission;

  @Column({ type: 'uuid' })
  submissionId!: string;

  /** Denormalized from the submission for the society's nationwide view. */
  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_candidate_facility' })
  facility?: Facility;

  @Column({ type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 40 })
  specialtyCode!: string;

  @Column({ type: 'enum', enum: CANDIDATE_ORIGINS, enumName: 'candidate_origin', default: 'added' })
  origin!: CandidateOrigin;

  /** Published host of the previous round (2027 ②': prior hosts are default candidates). */
  @Column({ type: 'boolean', default: false })
  previousHost!: boolean;

  @Column({ type: 'integer', nullable: true })
  acceptableNumber!: number | null;

  @Column({ type: 'jsonb' })
  acceptablePeriods!: AcceptablePeriod[];

  @Column({ type: 'text', default: '' })
  contactName!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 30, default: '' })
  contactPhone!: string;

  @Column({ type: 'text', default: '' })
  reasonOutsideScarce!: string;

  @Column({ type: 'date', nullable: true })
  councilConsultedOn!: string | null;

  @Column({ type: 'text', default: '' })
  councilNote!: string;

  @Column({ type: 'date', nullable: true })
  universityConsultedOn!: string | null;

  @Column({ type: 'text', default: '' })
  universityNote!: string;

  @Column({ type: 'enum', enum: REVIEW_STATUSES, enumName: 'review_status', default: 'pending' })
  reviewStatus!: ReviewStatus;

  @Column({ type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
