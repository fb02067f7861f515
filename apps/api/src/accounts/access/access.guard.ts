import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SESSION_COOKIE, XSRF_COOKIE } from '@renkei/contract';
import { Request, Response } from 'express';
import { AuditService } from '../../audit/audit.service';
import { AccountsErrorCode, AccountsException } from '../accounts.exception';
import { RateLimiter } from '../auth/rate-limiter.service';
import { SessionService } from '../auth/session.service';
import { ACCESS_RULES, AccessRule, PUBLIC_ROUTE, ScopeSource } from './access.decorators';
import { csrfTokenIsValid, ensureXsrfCookie, readCookie, SAFE_METHODS, setSessionXsrfCookie } from './csrf';
import { AuthenticatedRequest, ScopedRole } from './current-user';

/** Global guard: resolves the session, checks CSRF on unsafe methods, then role and scope (deny by default). */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const token = readCookie(request, SESSION_COOKIE);
    const session = token ? await this.sessions.resolve(token) : null;
    if (session) {
      request.user = session.user;
      if (!readCookie(request, XSRF_COOKIE) && SAFE_METHODS.has(request.method)) {
        // The browser lost the token cookie (e.g. an old one expired): bind a fresh one to the session.
        const csrf = await this.sessions.rotateCsrfToken(session.user.sessionTokenHash);
        setSessionXsrfCookie(request, response, csrf.token, csrf.expiresAt);
        session.csrfTokenHash = csrf.hash;
      }
    } else {
      ensureXsrfCookie(request, response);
    }
    if (!SAFE_METHODS.has(request.method) && !csrfTokenIsValid(request, session?.csrfTokenHash)) {
      await this.refuse(request, 'csrf');
      throw new AccountsException(
        AccountsErrorCode.CsrfTokenInvalid,
        'The form is out of date or did not come from this site. Reload the page and try again.',
      );
    }

    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) {
      return true;
    }
    if (!session) {
      await this.refuse(request, 'unauthenticated');
      throw new AccountsException(AccountsErrorCode.Unauthenticated, 'Please sign in.');
    }
    const rules = this.reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, targets);
    if (!rules || rules.some((rule) => session.user.roles.some((assignment) => matches(rule, assignment, request)))) {
      return true;
    }
    await this.refuse(request, 'forbidden');
    throw new AccountsException(AccountsErrorCode.Forbidden, 'Your role does not give access to this.');
  }

  /** Every refusal of a signed-in person is recorded; anonymous ones at most once a minute per address. */
  private async refuse(request: AuthenticatedRequest, reason: string): Promise<void> {
    if (!request.user && !(await this.rateLimiter.hit(`audit:denied:${request.ip ?? 'unknown'}`, 1, 60)).allowed) {
      return;
    }
    await this.audit.record({
      action: 'access.denied',
      actorUserId: request.user?.id ?? null,
      actorEmail: request.user?.email ?? null,
      after: {
        method: request.method,
        path: request.originalUrl.slice(0, 200),
        reason,
      },
      ipAddress: request.ip ?? null,
    });
  }
}

function matches(rule: AccessRule, assignment: ScopedRole, request: Request): boolean {
  if (assignment.role !== rule.role) {
    return false;
  }
  switch (rule.role) {
    case 'jmsb':
      return true;
    case 'prefecture':
      return !rule.prefectureCode || assignment.prefectureCode === readScope(request, rule.prefectureCode);
    case 'society':
      return !rule.specialtyCode || assignment.specialtyCode === readScope(request, rule.specialtyCode);
    case 'base-facility':
    case 'host-facility':
      return !rule.facilityId || assignment.facilityId === readScope(request, rule.facilityId);
  }
}

function readScope(request: Request, source: ScopeSource): unknown {
  if ('param' in source) {
    return request.params[source.param];
  }
  if ('query' in source) {
    return request.query[source.query];
  }
  return (request.body as Record<string, unknown> | undefined)?.[source.body];
}
