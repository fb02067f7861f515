import { Injectable } from '@nestjs/common';
import { CurrentUserResponse, InvitationRequest, InvitationStatusResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { CurrentUserContext } from '../access/current-user';
import { normalizeEmail, toResponse } from '../auth/auth.service';
import { hashPassword, passwordProblem } from '../auth/password';
import { NewSession, SessionService, toCurrentUser } from '../auth/session.service';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { UserAccount } from '../entities/user-account.entity';
import { AccountLinksService } from '../links/account-links.service';
import { describeRole } from '../role-description';
import { mayGrant, resolveAssignment, roleColumns } from '../role-assignments';

@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: AccountLinksService,
    private readonly outbox: MailOutboxService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Creates the account with its role, a single-use link and the e-mail, in one transaction. */
  async invite(inviter: CurrentUserContext, request: InvitationRequest, ipAddress: string | null): Promise<{ id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const assignment = await resolveAssignment(manager, request);
      if (!mayGrant(inviter, assignment)) {
        throw new AccountsException(AccountsErrorCode.Forbidden, 'You cannot invite someone to this role or scope.');
      }
      const email = normalizeEmail(request.email);
      if (await manager.existsBy(UserAccount, { email })) {
        throw new AccountsException(AccountsErrorCode.AccountExists, `${email} already has an account; add the role to it in user management.`, {
          email: ['this address already has an account'],
        });
      }
      const user = await manager.save(
        manager.create(UserAccount, {
          email,
          displayName: request.displayName.trim(),
          language: request.language,
          passwordHash: null,
          deactivatedAt: null,
        }),
      );
      const role = roleColumns(assignment);
      await manager.insert(RoleAssignment, { userId: user.id, ...role });
      const link = await this.links.issue(manager, 'invitation', user.id, request.language, inviter.id);
      await this.outbox.enqueue(manager, {
        to: email,
        language: request.language,
        template: 'invitation',
        params: {
          inviterName: inviter.displayName,
          roleDescription: await describeRole(manager, assignment, request.language),
          acceptUrl: link.url,
          expiresAt: link.expiresAt,
        },
      });
      await this.audit.record(
        {
          action: 'user.invited',
          actorUserId: inviter.id,
          actorEmail: inviter.email,
          entityType: 'user',
          entityId: user.id,
          after: { email, displayName: user.displayName, ...role },
          prefectureCode: assignment.scopePrefectureCode,
          specialtyCode: role.specialtyCode,
          facilityId: role.facilityId,
          ipAddress,
        },
        manager,
      );
      return { id: user.id };
    });
  }

  async status(token: string): Promise<InvitationStatusResponse> {
    const { state, user } = await this.links.inspect('invitation', token);
    return state === 'valid' ? { state, email: user.email, displayName: user.displayName } : { state };
  }

  /** Sets the password, uses up the link and signs the new user in. */
  async accept(token: string, password: string, ipAddress: string | null): Promise<{ session: NewSession; user: CurrentUserResponse }> {
    const problem = passwordProblem(password);
    if (problem) {
      throw new AccountsException(AccountsErrorCode.PasswordRejected, problem, {
        password: [problem],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const invited = await this.links.consume(manager, 'invitation', token, ipAddress);
      await manager.update(UserAccount, { id: invited.id }, { passwordHash: await hashPassword(password) });
      const user = await manager.findOneOrFail(UserAccount, {
        where: { id: invited.id },
        relations: { roles: { facility: true } },
      });
      const session = await this.sessions.create(user.id, manager);
      await this.audit.record(
        {
          action: 'user.invitation-accepted',
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
}
