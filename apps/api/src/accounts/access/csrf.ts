import { CookieOptions, Request, Response } from 'express';
import { SESSION_COOKIE, XSRF_COOKIE, XSRF_HEADER } from '@renkei/contract';
import { hashToken, newToken } from '../auth/tokens';

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
}

/** `Secure` everywhere except plain-http localhost, where browsers would drop a secure cookie. */
export function cookieOptions(request: Request, httpOnly: boolean, expires?: Date): CookieOptions {
  return {
    httpOnly,
    sameSite: 'lax',
    path: '/',
    secure: !(request.protocol === 'http' && isLoopback(request.hostname)),
    ...(expires ? { expires } : {}),
  };
}

/** Gives a visitor without one an anonymous XSRF token (double-submit), e.g. for the login form. */
export function ensureXsrfCookie(request: Request, response: Response): void {
  if (!readCookie(request, XSRF_COOKIE)) {
    response.cookie(XSRF_COOKIE, newToken().token, cookieOptions(request, false));
  }
}

export function setSessionCookies(request: Request, response: Response, session: { token: string; csrfToken: string; expiresAt: Date }): void {
  response.cookie(SESSION_COOKIE, session.token, cookieOptions(request, true, session.expiresAt));
  setSessionXsrfCookie(request, response, session.csrfToken, session.expiresAt);
}

/** The session's CSRF token lives exactly as long as the session cookie. */
export function setSessionXsrfCookie(request: Request, response: Response, csrfToken: string, expiresAt: Date): void {
  response.cookie(XSRF_COOKIE, csrfToken, cookieOptions(request, false, expiresAt));
}

export function clearSessionCookies(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, cookieOptions(request, true));
  response.cookie(XSRF_COOKIE, newToken().token, cookieOptions(request, false));
}

/**
 * Angular's HttpClient echoes the XSRF-TOKEN cookie in the X-XSRF-TOKEN header on unsafe requests.
 * The header must equal the cookie, and with a session it must be that session's token.
 */
export function csrfTokenIsValid(request: Request, sessionCsrfTokenHash: string | undefined): boolean {
  const header = request.header(XSRF_HEADER);
  const cookie = readCookie(request, XSRF_COOKIE);
  if (!header || !cookie || header !== cookie) {
    return false;
  }
  return sessionCsrfTokenHash === undefined || hashToken(header) === sessionCsrfTokenHash;
}

export function readCookie(request: Request, name: string): string | undefined {
  const cookies = request.cookies as Record<string, string> | undefined;
  return cookies?.[name];
}
