import { Injectable } from '@nestjs/common';
import { CurrentUserResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { CurrentUserContext } from '../access/current-user';
import { UserAccount } from '../entities/user-account.entity';
import { verifyPassword } from './password';
import { RateLimiter } from './rate-limiter.service';
import { NewSession, SessionService, toCurrentUser } from './session.service';

export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowSeconds: 15 * 60 },
  perIp: { limit: 30, windowSeconds: 15 * 60 },
};

const INVALID_CREDENTIALS = 'The e-mail address or password is incorrect.';

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks e-mail + password. Throttled per account and per IP before any hashing; the same answer
   * whether or not the account exists, so responses do not reveal who has an account.
   */
  async verifyCredentials(emailInput: string, password: string, ipAddress: string | null): Promise<UserAccount> {
    const email = normalizeEmail(emailInput);
    const [perAccount, perIp] = await Promise.all([
      this.rateLimiter.hit(`login:account:${email}`, LOGIN_LIMITS.perAccount.limit, LOGIN_LIMITS.perAccount.windowSeconds),
      this.rateLimiter.hit(`login:ip:${ipAddress ?? 'unknown'}`, LOGIN_LIMITS.perIp.limit, LOGIN_LIMITS.perIp.windowSeconds),
    ]);
    if (!perAccount.allowed || !perIp.allowed) {
      await this.audit.record({
        action: 'auth.login-throttled',
        actorEmail: email,
        ipAddress,
      });
      const minutes = Math.max(1, Math.ceil(Math.max(perAccount.retryAfterSeconds, perIp.retryAfterSeconds) / 60));
      throw new AccountsException(
        AccountsErrorCode.TooManyAttempts,
        `Too many sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      );
    }
    const user = await this.dataSource.getRepository(UserAccount).findOne({ where: { email }, relations: { roles: { facility: true } } });
    const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !passwordMatches || user.deactivatedAt) {
      await this.audit.record({
        action: 'auth.login-failed',
        actorUserId: user?.id ?? null,
        actorEmail: email,
        ipAddress,
      });
      throw new AccountsException(AccountsErrorCode.InvalidCredentials, INVALID_CREDENTIALS);
    }
    // Only failures count against an address: many colleagues behind one hospital or office address sign in legitimately.
    await this.rateLimiter.reset(`login:account:${email}`);
    await this.rateLimiter.release(`login:ip:${ipAddress ?? 'unknown'}`);
    return user;
  }

  /** Starts a session, ending the one the browser still held (if any). */
  async startSession(
    user: UserAccount,
    ipAddress: string | null,
    previousSessionTokenHash?: string,
  ): Promise<{ session: NewSession; user: CurrentUserResponse }> {
    return this.dataSource.transaction(async (manager) => {
      if (previousSessionTokenHash) {
        await this.sessions.revoke(previousSessionTokenHash, manager);
      }
      const session = await this.sessions.create(user.id, manager);
      await this.audit.record(
        {
          action: 'auth.login',
          actorUserId: user.id,
          actorEmail: user.email,
          entityType: 'user',
          entityId: user.id,
          ipAddress,
        },
        manager,
      );
      return { session, user: toResponse(toCurrentUser(user, '')) };
    });
  }

  async endSession(user: CurrentUserContext, ipAddress: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(user.sessionTokenHash, manager);
      await this.audit.record(
        {
          action: 'auth.logout',
          actorUserId: user.id,
          actorEmail: user.email,
          entityType: 'user',
          entityId: user.id,
          ipAddress,
        },
        manager,
      );
    });
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toResponse(user: CurrentUserContext): CurrentUserResponse {
  return {
    email: user.email,
    displayName: user.displayName,
    language: user.language,
    roles: user.roles.map(({ role, prefectureCode, specialtyCode, facilityId, facilityName }) => ({
      role,
      ...(prefectureCode ? { prefectureCode } : {}),
      ...(specialtyCode ? { specialtyCode } : {}),
      ...(facilityId ? { facilityId } : {}),
      ...(facilityName ? { facilityName } : {}),
    })),
  };
}
