import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserAccount } from './user-account.entity';

/**
 * A signed-in session. The cookie carries a random token; only its SHA-256 is stored, so a
 * database leak does not leak sessions. Every instance reads the same rows.
 */
@Entity({ name: 'user_session' })
export class UserSession {
  @PrimaryColumn({ type: 'char', length: 64 })
  tokenHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;

  /** Bound to the session so a CSRF token from another session is refused. */
  @Column({ type: 'char', length: 64 })
  csrfTokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
