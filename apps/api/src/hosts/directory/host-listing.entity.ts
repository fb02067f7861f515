import { DirectoryPlace } from '@renkei/contract';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { NominationRound } from '../../nominations/entities/nomination-round.entity';

/**
 * The public directory's search row: one per published host facility × round, denormalised from the
 * published host list, the facility, the reference data and the approved profile. Rewritten in the
 * same transaction as whatever changes those (publication, profile approval, a place's edit).
 */
@Entity({ name: 'host_listing' })
// A pg_trgm GIN index (created by the migration; TypeORM cannot declare the operator class) serves `LIKE '%…%'` text search.
@Index('ix_host_listing_search_text', { synchronize: false })
export class HostListing {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_listing' })
  roundId!: string;

  @ManyToOne(() => NominationRound, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_host_listing_round' })
  round?: NominationRound;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_listing' })
  facilityId!: string;

  @ManyToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id', foreignKeyConstraintName: 'fk_host_listing_facility' })
  facility?: Facility;

  @Column({ type: 'varchar', length: 20 })
  facilityCode!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  nameReading!: string | null;

  /** Folded name and reading (see search-text.ts), for relevance. */
  @Column({ type: 'text' })
  nameKey!: string;

  /** The folded reading when there is one, else the folded name: the `name` sort. */
  @Column({ type: 'text' })
  sortName!: string;

  /** Every searchable text, folded, one field per line. */
  @Column({ type: 'text' })
  searchText!: string;

  @Column({ type: 'char', length: 2 })
  prefectureCode!: string;

  @Column({ type: 'varchar', length: 20 })
  block!: string;

  @Column({ type: 'text' })
  municipality!: string;

  @Column({ type: 'integer', nullable: true })
  bedCount!: number | null;

  @Column({ type: 'boolean' })
  physicianScarceArea!: boolean;

  @Column({ type: 'boolean' })
  physicianScarceSpot!: boolean;

  @Column({ type: 'boolean' })
  sample!: boolean;

  @Column({ type: 'jsonb' })
  places!: DirectoryPlace[];

  /** Residents the host can take in the round, all places together. */
  @Column({ type: 'integer' })
  acceptableTotal!: number;

  @Column({ type: 'boolean', nullable: true })
  dormitory!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  housingSupport!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  carNotNeeded!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  childcareNearby!: boolean | null;

  /** Of the approved profile; null when none is approved. */
  @Column({ type: 'smallint', nullable: true })
  profileCompleteness!: number | null;

  @Column({ type: 'uuid', nullable: true })
  photoId!: string | null;
}

/**
 * One place of a listing (specialty × category) with the months it takes residents, so the
 * specialty, category and month filters hold for the SAME place.
 */
@Entity({ name: 'host_listing_place' })
export class HostListingPlace {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_listing_place' })
  roundId!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_host_listing_place' })
  facilityId!: string;

  @ManyToOne(() => HostListing, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'round_id', referencedColumnName: 'roundId', foreignKeyConstraintName: 'fk_host_listing_place_listing' },
    { name: 'facility_id', referencedColumnName: 'facilityId', foreignKeyConstraintName: 'fk_host_listing_place_listing' },
  ])
  listing?: HostListing;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_host_listing_place' })
  specialtyCode!: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_host_listing_place' })
  categoryCode!: string;

  /** Months covered by an acceptable period, as year × 12 + month − 1 (see `monthOrdinal`). */
  @Column({ type: 'integer', array: true })
  months!: number[];
}
