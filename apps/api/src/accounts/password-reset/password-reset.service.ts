import { Injectable, Logger } from '@nestjs/common';
import { InvitationStatusResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { normalizeEmail } from '../auth/auth.service';
import { hashPassword, passwordProblem } from '../auth/password';
import { RateLimiter } from '../auth/rate-limiter.service';
import { SessionService } from '../auth/session.service';
import { UserAccount } from '../entities/user-account.entity';
import { AccountLinksService } from '../links/account-links.service';

const REQUEST_LIMITS = { perAccount: 3, perIp: 20, windowSeconds: 3600 };

@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly links: AccountLinksService,
    private readonly outbox: MailOutboxService,
    private readonly sessions: SessionService,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditService,
  ) {}

  /**
   * Answers at once and sends the link (to an active account only) afterwards, so neither the
   * answer nor its timing tells whether the address has an account.
   */
  request(emailInput: string, ipAddress: string | null): void {
    const email = normalizeEmail(emailInput);
    this.issueLink(email, ipAddress).catch((error: unknown) => this.logger.error(`Password reset for a request failed: ${String(error)}`));
  }

  private async issueLink(email: string, ipAddress: string | null): Promise<void> {
    const [perAccount, perIp] = await Promise.all([
      this.rateLimiter.hit(`reset:account:${email}`, REQUEST_LIMITS.perAccount, REQUEST_LIMITS.windowSeconds),
      this.rateLimiter.hit(`reset:ip:${ipAddress ?? 'unknown'}`, REQUEST_LIMITS.perIp, REQUEST_LIMITS.windowSeconds),
    ]);
    if (!perAccount.allowed || !perIp.allowed) {
      await this.audit.record({
        action: 'auth.password-reset-throttled',
        actorEmail: email,
        ipAddress,
      });
      return;
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(UserAccount, { email });
      if (!user || user.deactivatedAt || !user.passwordHash) {
        return;
      }
      const link = await this.links.issue(manager, 'password-reset', user.id, user.language, null);
      await this.outbox.enqueue(manager, {
        to: user.email,
        language: user.language,
        template: 'password-reset',
        params: { resetUrl: link.url, expiresAt: link.expiresAt },
      });
      await this.audit.record(
        {
          action: 'auth.password-reset-requested',
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

  async status(token: string): Promise<InvitationStatusResponse> {
    const { state, user } = await this.links.inspect('password-reset', token);
    return state === 'valid' ? { state, email: user.email } : { state };
  }

  /** Sets the new password and ends every session of the account. */
  async complete(token: string, password: string, ipAddress: string | null): Promise<void> {
    const problem = passwordProblem(password);
    if (problem) {
      throw new AccountsException(AccountsErrorCode.PasswordRejected, problem, {
        password: [problem],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await this.links.consume(manager, 'password-reset', token, ipAddress);
      await manager.update(UserAccount, { id: user.id }, { passwordHash: await hashPassword(password) });
      await this.sessions.revokeAllForUser(user.id, manager);
      await this.audit.record(
        {
          action: 'auth.password-reset',
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
