import { ROLES, Role } from '@renkei/contract';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Facility } from '../../facilities/facility.entity';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';
import { Specialty } from '../../reference-data/entities/specialty.entity';
import { UserAccount } from './user-account.entity';

/** One role in one scope; the check constraint keeps each role to exactly its kind of scope. */
@Entity({ name: 'role_assignment' })
@Check(
  'ck_role_assignment_scope',
  `("role" = 'jmsb' AND "prefecture_code" IS NULL AND "specialty_code" IS NULL AND "facility_id" IS NULL)
   OR ("role" = 'prefecture' AND "prefecture_code" IS NOT NULL AND "specialty_code" IS NULL AND "facility_id" IS NULL)
   OR ("role" = 'society' AND "specialty_code" IS NOT NULL AND "prefecture_code" IS NULL AND "facility_id" IS NULL)
   OR ("role" IN ('base-facility', 'host-facility') AND "facility_id" IS NOT NULL AND "prefecture_code" IS NULL AND "specialty_code" IS NULL)`,
)
// Created by hand in the migration with NULLS NOT DISTINCT (TypeORM cannot express it).
@Index('uq_role_assignment', { synchronize: false })
export class RoleAssignment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, (user) => user.roles, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  @Column({ type: 'enum', enum: ROLES, enumName: 'role' })
  role!: Role;

  @Column({ type: 'char', length: 2, nullable: true })
  prefectureCode!: string | null;

  @ManyToOne(() => Prefecture, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prefecture_code' })
  prefecture?: Prefecture;

  @Column({ type: 'varchar', length: 40, nullable: true })
  specialtyCode!: string | null;

  @ManyToOne(() => Specialty, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialty_code' })
  specialty?: Specialty;

  @Column({ type: 'uuid', nullable: true })
  facilityId!: string | null;

  @ManyToOne(() => Facility, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: Facility;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
