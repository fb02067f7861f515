import { LANGUAGES, Language } from '@renkei/contract';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { RoleAssignment } from './role-assignment.entity';

@Entity({ name: 'user_account' })
@Unique('uq_user_account_email', ['email'])
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased; e-mail is the login name. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({
    type: 'enum',
    enum: LANGUAGES,
    enumName: 'language',
    default: 'ja',
  })
  language!: Language;

  /** Argon2id; null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt!: Date | null;

  @OneToMany(() => RoleAssignment, (assignment) => assignment.user)
  roles?: RoleAssignment[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
