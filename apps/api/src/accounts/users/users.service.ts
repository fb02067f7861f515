import { Injectable } from '@nestjs/common';
import { RoleAssignmentRequest, UserSummaryResponse } from '@renkei/contract';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { CurrentUserContext } from '../access/current-user';
import { MailOutboxService } from '../../notifications/mail-outbox.service';
import { SessionService } from '../auth/session.service';
import { AccountLinksService } from '../links/account-links.service';
import { describeRole } from '../role-description';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { UserAccount } from '../entities/user-account.entity';
import { mayGrant, resolveAssignment, roleColumns, ScopedAssignment } from '../role-assignments';

/**
 * User management. The JMSB manages everyone; a prefectural officer manages the facility users of
 * facilities in their prefecture (and sees only them).
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly links: AccountLinksService,
    private readonly outbox: MailOutboxService,
  ) {}

  async list(viewer: CurrentUserContext): Promise<UserSummaryResponse[]> {
    const query = this.dataSource
      .getRepository(UserAccount)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.roles', 'role')
      .leftJoinAndSelect('role.facility', 'roleFacility')
      .orderBy('user.email', 'ASC');
    if (!isJmsb(viewer)) {
      const prefectures = prefecturesOf(viewer);
      query.where(
        new Brackets((where) =>
          where.where(
            `EXISTS (SELECT 1 FROM role_assignment scoped JOIN facility ON facility.id = scoped.facility_id
                     WHERE scoped.user_id = "user".id AND facility.prefecture_code IN (:...prefectures))`,
            { prefectures: prefectures.length > 0 ? prefectures : ['--'] },
          ),
        ),
      );
    }
    const users = await query.getMany();
    return users.filter((user) => isJmsb(viewer) || managedByPrefecture(viewer, user)).map(toSummary);
  }

  async reactivate(actor: CurrentUserContext, userId: string, ipAddress: string | null): Promise<UserSummaryResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, userId);
      if (user.deactivatedAt) {
        await manager.update(UserAccount, { id: user.id }, { deactivatedAt: null });
        await this.recordChange(manager, actor, 'user.reactivated', user, { active: false }, { active: true }, ipAddress);
      }
      return toSummary(await manager.findOneOrFail(UserAccount, { where: { id: user.id }, relations: { roles: { facility: true } } }));
    });
  }

  /** A new invitation link for someone who has not accepted yet (the old link stops working). */
  async resendInvitation(actor: CurrentUserContext, userId: string, ipAddress: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, userId);
      if (user.passwordHash !== null) {
        throw new AccountsException(
          AccountsErrorCode.AccountExists,
          'This person has already accepted the invitation; they can reset their password if needed.',
        );
      }
      if (user.deactivatedAt) {
        throw new AccountsException(AccountsErrorCode.Forbidden, 'Reactivate the account before inviting again.');
      }
      const link = await this.links.issue(manager, 'invitation', user.id, user.language, actor.id);
      const [first] = user.roles ?? [];
      const roleDescription = first ? await describeRole(manager, first, user.language) : '';
      await this.outbox.enqueue(manager, {
        to: user.email,
        language: user.language,
        template: 'invitation',
        params: { inviterName: actor.displayName, roleDescription, acceptUrl: link.url, expiresAt: link.expiresAt },
      });
      await this.recordChange(manager, actor, 'user.invitation-resent', user, null, { email: user.email }, ipAddress);
    });
  }

  async deactivate(actor: CurrentUserContext, userId: string, ipAddress: string | null): Promise<UserSummaryResponse> {
    this.refuseSelf(actor, userId, 'deactivate your own account');
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, userId);
      if (!user.deactivatedAt) {
        await manager.update(UserAccount, { id: user.id }, { deactivatedAt: new Date() });
        await this.sessions.revokeAllForUser(user.id, manager);
        await this.recordChange(manager, actor, 'user.deactivated', user, { active: true }, { active: false }, ipAddress);
      }
      return toSummary(
        await manager.findOneOrFail(UserAccount, {
          where: { id: user.id },
          relations: { roles: { facility: true } },
        }),
      );
    });
  }

  async addRole(actor: CurrentUserContext, userId: string, request: RoleAssignmentRequest, ipAddress: string | null): Promise<UserSummaryResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, userId);
      const assignment = await resolveAssignment(manager, request);
      if (!mayGrant(actor, assignment)) {
        throw new AccountsException(AccountsErrorCode.Forbidden, 'You cannot grant this role or scope.');
      }
      const role = roleColumns(assignment);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(RoleAssignment)
        .values({ userId: user.id, ...role })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length > 0) {
        await this.recordChange(manager, actor, 'user.role-added', user, null, { ...role }, ipAddress, assignment);
      }
      return toSummary(
        await manager.findOneOrFail(UserAccount, {
          where: { id: user.id },
          relations: { roles: { facility: true } },
        }),
      );
    });
  }

  async removeRole(actor: CurrentUserContext, userId: string, assignmentId: string, ipAddress: string | null): Promise<UserSummaryResponse> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.findManageable(manager, actor, userId);
      const existing = user.roles?.find((role) => role.id === assignmentId);
      if (existing?.role === 'jmsb') {
        this.refuseSelf(actor, userId, 'remove your own JMSB role');
      }
      if (!existing) {
        throw new AccountsException(AccountsErrorCode.UserNotFound, 'This user does not hold that role.');
      }
      const assignment = await resolveAssignment(manager, {
        role: existing.role,
        prefectureCode: existing.prefectureCode ?? undefined,
        specialtyCode: existing.specialtyCode ?? undefined,
        facilityId: existing.facilityId ?? undefined,
      });
      if (!mayGrant(actor, assignment)) {
        throw new AccountsException(AccountsErrorCode.Forbidden, 'You cannot remove this role.');
      }
      await manager.delete(RoleAssignment, { id: assignmentId });
      const role = roleColumns(assignment);
      await this.recordChange(manager, actor, 'user.role-removed', user, { ...role }, null, ipAddress, assignment);
      return toSummary(
        await manager.findOneOrFail(UserAccount, {
          where: { id: user.id },
          relations: { roles: { facility: true } },
        }),
      );
    });
  }

  /** Nobody locks themselves out: another JMSB officer must do it. */
  private refuseSelf(actor: CurrentUserContext, userId: string, what: string): void {
    if (actor.id === userId) {
      throw new AccountsException(AccountsErrorCode.Forbidden, `You cannot ${what}; ask another JMSB officer.`);
    }
  }

  /** 404 when the user does not exist or lies outside what the actor may see (existence is private). */
  private async findManageable(manager: EntityManager, actor: CurrentUserContext, userId: string): Promise<UserAccount> {
    const user = await manager.findOne(UserAccount, {
      where: { id: userId },
      relations: { roles: { facility: true } },
    });
    if (!user || !(isJmsb(actor) || managedByPrefecture(actor, user))) {
      throw new AccountsException(AccountsErrorCode.UserNotFound, 'No such user.');
    }
    return user;
  }

  private recordChange(
    manager: EntityManager,
    actor: CurrentUserContext,
    action: string,
    user: UserAccount,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    ipAddress: string | null,
    scope?: ScopedAssignment,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor.id,
        actorEmail: actor.email,
        entityType: 'user',
        entityId: user.id,
        before,
        after,
        prefectureCode: scope?.scopePrefectureCode ?? null,
        specialtyCode: scope?.specialtyCode ?? null,
        facilityId: scope?.facilityId ?? null,
        ipAddress,
      },
      manager,
    );
  }
}

function isJmsb(user: CurrentUserContext): boolean {
  return user.roles.some((role) => role.role === 'jmsb');
}

/**
 * A prefecture manages a person only when every role they hold is a facility role in that
 * prefecture: someone who is also a JMSB officer or another prefecture's officer is not theirs.
 */
function managedByPrefecture(actor: CurrentUserContext, user: UserAccount): boolean {
  const prefectures = prefecturesOf(actor);
  const roles = user.roles ?? [];
  return (
    roles.length > 0 &&
    roles.every(
      (role) =>
        (role.role === 'base-facility' || role.role === 'host-facility') &&
        role.facility !== undefined &&
        prefectures.includes(role.facility.prefectureCode),
    )
  );
}

function prefecturesOf(user: CurrentUserContext): string[] {
  return user.roles.flatMap((role) => (role.role === 'prefecture' && role.prefectureCode ? [role.prefectureCode] : []));
}

function toSummary(user: UserAccount): UserSummaryResponse {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    language: user.language,
    active: user.deactivatedAt === null,
    invitationPending: user.passwordHash === null,
    roles: (user.roles ?? []).map((role) => ({
      id: role.id,
      role: role.role,
      ...(role.prefectureCode ? { prefectureCode: role.prefectureCode } : {}),
      ...(role.specialtyCode ? { specialtyCode: role.specialtyCode } : {}),
      ...(role.facilityId ? { facilityId: role.facilityId } : {}),
      ...(role.facility ? { facilityName: role.facility.name } : {}),
    })),
    createdAt: user.createdAt.toISOString(),
  };
}
