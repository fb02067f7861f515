import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { CurrentUserContext } from '../access/current-user';
import { UserAccount } from '../entities/user-account.entity';
import { UserSession } from '../entities/user-session.entity';
import { hashToken, newToken } from './tokens';

export const SESSION_IDLE_HOURS = 12;
export const SESSION_ABSOLUTE_DAYS = 7;

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Server-side sessions: logout and deactivation revoke the row, so a copied cookie stops working. */
@Injectable()
export class SessionService {
  constructor(private readonly dataSource: DataSource) {}

  async create(userId: string, manager: EntityManager = this.dataSource.manager): Promise<NewSession> {
    const session = newToken();
    const csrf = newToken();
    const now = new Date();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_DAYS * 24 * 3600 * 1000);
    await manager.insert(UserSession, {
      tokenHash: session.hash,
      userId,
      csrfTokenHash: csrf.hash,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
    });
    return { token: session.token, csrfToken: csrf.token, expiresAt };
  }

  /** The live session's user with roles, or null when the token is unknown, revoked, expired, idle or deactivated. */
  async resolve(token: string): Promise<{ user: CurrentUserContext; csrfTokenHash: string } | null> {
    const tokenHash = hashToken(token);
    const session = await this.dataSource.getRepository(UserSession).findOne({
      where: { tokenHash, revokedAt: IsNull() },
      relations: { user: { roles: { facility: true } } },
    });
    const now = Date.now();
    if (
      !session?.user ||
      session.user.deactivatedAt ||
      session.expiresAt.getTime() <= now ||
      session.lastSeenAt.getTime() <= now - SESSION_IDLE_HOURS * 3600 * 1000
    ) {
      return null;
    }
    if (now - session.lastSeenAt.getTime() > 60_000) {
      await this.dataSource.getRepository(UserSession).update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return {
      user: toCurrentUser(session.user, tokenHash),
      csrfTokenHash: session.csrfTokenHash,
    };
  }

  async rotateCsrfToken(tokenHash: string): Promise<{ token: string; hash: string; expiresAt: Date }> {
    const csrf = newToken();
    await this.dataSource.getRepository(UserSession).update({ tokenHash }, { csrfTokenHash: csrf.hash });
    const { expiresAt } = await this.dataSource.getRepository(UserSession).findOneByOrFail({ tokenHash });
    return { ...csrf, expiresAt };
  }

  async revoke(tokenHash: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserSession, { tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllForUser(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.update(UserSession, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}

export function toCurrentUser(user: UserAccount, sessionTokenHash: string): CurrentUserContext {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    language: user.language,
    roles: (user.roles ?? []).map(({ role, prefectureCode, specialtyCode, facilityId, facility }) => ({
      role,
      prefectureCode,
      specialtyCode,
      facilityId,
      facilityName: facility?.name ?? null,
    })),
    sessionTokenHash,
  };
}
