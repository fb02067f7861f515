import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { CurrentUserResponse, InvitationStatusResponse } from '@renkei/contract';
import { Observable, map } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** The two kinds of single-use e-mail links. */
export type AccountLinkKind = 'invitation' | 'password-reset';

const LINK_PATHS: Record<AccountLinkKind, string> = {
  invitation: 'invitations',
  'password-reset': 'password-reset',
};

/**
 * Invitations and password resets: the public, token-based endpoints behind the e-mail links,
 * and the "send me a reset link" request.
 */
@Injectable({ providedIn: 'root' })
export class AccountLinksService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /**
   * Whether a link is `valid`, `expired` or `used` (`GET /api/invitations/:token`,
   * `GET /api/password-reset/:token`); an unknown token fails with 404 `LINK_UNKNOWN`, a malformed
   * one with 400. Call in an injection context (it is an `httpResource`).
   */
  linkStatus(kind: AccountLinkKind, token: () => string | undefined): HttpResourceRef<InvitationStatusResponse | undefined> {
    return httpResource<InvitationStatusResponse>(() => {
      const value = token();
      return value ? this.url(kind, value) : undefined;
    });
  }

  /** Sets the password, uses up the invitation and signs the person in (`POST …/accept`). */
  acceptInvitation(token: string, password: string): Observable<CurrentUserResponse> {
    return this.http.post<CurrentUserResponse>(`${this.url('invitation', token)}/accept`, { password });
  }

  /** Asks for a reset link by e-mail (202 whether or not the address has an account). */
  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<unknown>(`${this.apiBaseUrl}/${LINK_PATHS['password-reset']}`, { email }).pipe(map(() => undefined));
  }

  /** Sets a new password with a reset link (204); every session of the account ends. */
  completePasswordReset(token: string, password: string): Observable<void> {
    return this.http.post<unknown>(this.url('password-reset', token), { password }).pipe(map(() => undefined));
  }

  private url(kind: AccountLinkKind, token: string): string {
    return `${this.apiBaseUrl}/${LINK_PATHS[kind]}/${encodeURIComponent(token)}`;
  }
}
