import { Injectable } from '@nestjs/common';
import { CurrentUserResponse, UpdateAccountRequest } from '@renkei/contract';
import { DataSource, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { CurrentUserContext } from '../access/current-user';
import { toResponse } from '../auth/auth.service';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password';
import { toCurrentUser } from '../auth/session.service';
import { UserSession } from '../entities/user-session.entity';
import { UserAccount } from '../entities/user-account.entity';

@Injectable()
export class MyAccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async update(user: CurrentUserContext, request: UpdateAccountRequest): Promise<CurrentUserResponse> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(UserAccount, {
        where: { id: user.id },
        relations: { roles: { facility: true } },
      });
      const changes = {
        ...(request.displayName !== undefined ? { displayName: request.displayName.trim() } : {}),
        ...(request.language ? { language: request.language } : {}),
      };
      await manager.update(UserAccount, { id: user.id }, changes);
      await this.audit.record(
        {
          action: 'user.updated',
          actorUserId: user.id,
          actorEmail: user.email,
          entityType: 'user',
          entityId: user.id,
          before: {
            displayName: before.displayName,
            language: before.language,
          },
          after: changes,
        },
        manager,
      );
      const after = await manager.findOneOrFail(UserAccount, {
        where: { id: user.id },
        relations: { roles: { facility: true } },
      });
      return toResponse(toCurrentUser(after, user.sessionTokenHash));
    });
  }

  /** Needs the current password; ends the account's other sessions, keeps this one. */
  async changePassword(user: CurrentUserContext, currentPassword: string, newPassword: string): Promise<void> {
    const account = await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: user.id });
    if (!(await verifyPassword(account.passwordHash, currentPassword))) {
      throw new AccountsException(AccountsErrorCode.PasswordRejected, 'The current password is incorrect.', {
        currentPassword: ['the current password is incorrect'],
      });
    }
    const problem = passwordProblem(newPassword);
    if (problem) {
      throw new AccountsException(AccountsErrorCode.PasswordRejected, problem, {
        newPassword: [problem.replace(/^password/, 'newPassword')],
      });
    }
    const passwordHash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserAccount, { id: user.id }, { passwordHash });
      await manager.update(UserSession, { userId: user.id, tokenHash: Not(user.sessionTokenHash) }, { revokedAt: new Date() });
      await this.audit.record(
        {
          action: 'auth.password-changed',
          actorUserId: user.id,
          actorEmail: user.email,
          entityType: 'user',
          entityId: user.id,
        },
        manager,
      );
    });
  }
}
