import { AcceptablePeriod } from '@renkei/contract';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { NominationRound } from './nomination-round.entity';

/**
 * A row of a round's published host list, frozen at publication: later edits to facilities or
 * candidates do not change what was published. Only the acceptable number and periods may be
 * revised afterwards, by the host or its prefecture (audited; residents who saved the host are told).
 * One row per confirmed candidate × eligible category.
 */
@Entity({ name: 'published_host' })
@Index('ix_published_host_round', ['roundId', 'prefectureCode', 'specialtyCode', 'facilityCode'])
export class PublishedHost {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_published_host' })
  id!: string;

  @ManyToOne(() => NominationRound, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_published_host_round' })
  round?: NominationRound;

  @Column({ type: 'uuid' })
  roundId!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @Column({ type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 20 })
  facilityCode!: string;

  @Column({ type: 'text' })
  facilityName!: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @Column({ type: 'text' })
  address!: string;

  @Column({ type: 'varchar', length: 40 })
  specialtyCode!: string;

  @Column({ type: 'varchar', length: 40 })
  categoryCode!: string;

  @Column({ type: 'text' })
  categoryNameJa!: string;

  @Column({ type: 'text' })
  categoryNameEn!: string;

  @Column({ type: 'integer' })
  acceptableNumber!: number;

  @Column({ type: 'jsonb' })
  acceptablePeriods!: AcceptablePeriod[];

  @Column({ type: 'boolean' })
  sample!: boolean;

  @VersionColumn()
  version!: number;
}
