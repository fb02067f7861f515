import { Inject, Injectable } from '@nestjs/common';
import { AccountTokenState, Language } from '@renkei/contract';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { appConfig, AppConfig } from '../../config/app.config';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { RateLimiter } from '../auth/rate-limiter.service';
import { hashToken, newToken } from '../auth/tokens';
import { AccountToken, AccountTokenPurpose } from '../entities/account-token.entity';
import { UserAccount } from '../entities/user-account.entity';

export const LINK_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = {
  invitation: 7 * 24,
  'password-reset': 1,
};
const LINK_PATH: Record<AccountTokenPurpose, string> = {
  invitation: 'invitation',
  'password-reset': 'reset-password',
};

/** Single-use, expiring links sent by e-mail (invitations and password resets). */
@Injectable()
export class AccountLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rateLimiter: RateLimiter,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async issue(
    manager: EntityManager,
    purpose: AccountTokenPurpose,
    userId: string,
    language: Language,
    createdByUserId: string | null,
  ): Promise<{ url: string; expiresAt: Date }> {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + LINK_LIFETIME_HOURS[purpose] * 3600 * 1000);
    // A new link replaces any earlier unused one of the same kind.
    await manager.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { expiresAt: new Date() });
    await manager.insert(AccountToken, {
      tokenHash: hash,
      userId,
      purpose,
      createdByUserId,
      expiresAt,
      usedAt: null,
    });
    return {
      url: `${this.config.publicUrl}/${language}/${LINK_PATH[purpose]}/${token}`,
      expiresAt,
    };
  }

  async inspect(purpose: AccountTokenPurpose, token: string): Promise<{ state: AccountTokenState; user: UserAccount }> {
    const link = await this.dataSource.getRepository(AccountToken).findOne({
      where: { tokenHash: hashToken(token), purpose },
      relations: { user: true },
    });
    if (!link?.user) {
      throw new AccountsException(AccountsErrorCode.LinkUnknown, 'This link is not valid. Check that you copied the whole address.');
    }
    return { state: stateOf(link), user: link.user };
  }

  /** Locks the link in the caller's transaction and marks it used; a second use or an expired link is refused. */
  async consume(manager: EntityManager, purpose: AccountTokenPurpose, token: string, ipAddress: string | null): Promise<UserAccount> {
    // Each attempt may cost a password hash: bound guessing per address.
    if (!(await this.rateLimiter.hit(`link:ip:${ipAddress ?? 'unknown'}`, 30, 15 * 60)).allowed) {
      throw new AccountsException(AccountsErrorCode.TooManyAttempts, 'Too many attempts from your network. Try again in 15 minutes.');
    }
    const link = await manager.findOne(AccountToken, {
      where: { tokenHash: hashToken(token), purpose },
      lock: { mode: 'pessimistic_write' },
    });
    if (!link) {
      throw new AccountsException(AccountsErrorCode.LinkUnknown, 'This link is not valid. Check that you copied the whole address.');
    }
    const state = stateOf(link);
    if (state === 'used') {
      throw new AccountsException(AccountsErrorCode.LinkUsed, 'This link has already been used. Each link works once.');
    }
    if (state === 'expired') {
      throw new AccountsException(AccountsErrorCode.LinkExpired, 'This link has expired.');
    }
    const user = await manager.findOneByOrFail(UserAccount, {
      id: link.userId,
    });
    if (user.deactivatedAt) {
      throw new AccountsException(AccountsErrorCode.LinkUnknown, 'This link is not valid. Check that you copied the whole address.');
    }
    await manager.update(AccountToken, { tokenHash: link.tokenHash }, { usedAt: new Date() });
    return user;
  }
}

function stateOf(link: AccountToken): AccountTokenState {
  if (link.usedAt) {
    return 'used';
  }
  return link.expiresAt.getTime() <= Date.now() ? 'expired' : 'valid';
}
