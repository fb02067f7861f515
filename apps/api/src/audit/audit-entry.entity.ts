import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what, when (UTC), to which entity, before → after. Scope columns say whose data it is,
 * so a prefecture sees the entries about its prefecture, a society its specialty, a facility itself.
 */
@Entity({ name: 'audit_entry' })
@Index('ix_audit_entry_occurred_at', ['occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** Kept even if the account is later renamed or removed. */
  @Column({ type: 'text', nullable: true })
  actorEmail!: string | null;

  /** e.g. `auth.login`, `auth.login-failed`, `access.denied`, `user.deactivated`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', nullable: true })
  entityType!: string | null;

  @Column({ type: 'text', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Index()
  @Column({ type: 'char', length: 2, nullable: true })
  prefectureCode!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 40, nullable: true })
  specialtyCode!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  facilityId!: string | null;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;
}
