import { EligibilityCategoryCode, EligibilityCategoryResult } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { NominationRound } from '../../nominations/entities/nomination-round.entity';

/** A connection program a base facility registers for one round × specialty × category, with its hosts. */
@Entity({ name: 'program' })
@Index('ix_program_round_base', ['roundId', 'baseFacilityId'])
export class Program {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_program' })
  id!: string;

  @ManyToOne(() => NominationRound, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_program_round' })
  round?: NominationRound;

  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'base_facility_id', foreignKeyConstraintName: 'fk_program_base_facility' })
  baseFacility?: Facility;

  @Column({ type: 'uuid' })
  baseFacilityId!: string;

  @Column({ type: 'smallint' })
  recruitmentYear!: number;

  @Column({ type: 'varchar', length: 40 })
  specialtyCode!: string;

  @Column({ type: 'varchar', length: 40 })
  categoryCode!: EligibilityCategoryCode;

  @Column({ type: 'integer' })
  places!: number;

  /** The engine's decision per host at registration, kept as it was then. */
  @Column({ type: 'jsonb' })
  decisions!: { hostFacilityId: string; result: EligibilityCategoryResult }[];

  @Column({ type: 'text' })
  contactName!: string;

  @Column({ type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'text' })
  contactPhone!: string;

  @Column({ type: 'integer', nullable: true })
  recruited!: number | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @VersionColumn()
  version!: number;
}
