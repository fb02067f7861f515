import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { InvitationRequest, RoleAssignmentRequest, UserSummaryResponse } from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../../core/api-base-url.token';

/**
 * User management: the JMSB manages everyone; a prefectural officer the facility users of its
 * prefecture (the API filters the list and refuses the rest).
 */
@Injectable({ providedIn: 'root' })
export class UsersService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `GET /api/users`, as an `httpResource` (call in an injection context). */
  users(): HttpResourceRef<UserSummaryResponse[] | undefined> {
    return httpResource<UserSummaryResponse[]>(() => this.url('users'));
  }

  /** `POST /api/invitations`: creates the account with its role and e-mails the invitation. */
  invite(request: InvitationRequest): Observable<{ id: string }> {
    return this.http.post<{ id: string }>(this.url('invitations'), request);
  }

  /** `POST /api/users/:id/deactivate`: the account can no longer sign in; its sessions end. */
  deactivate(userId: string): Observable<UserSummaryResponse> {
    return this.http.post<UserSummaryResponse>(this.url('users', userId, 'deactivate'), {});
  }

  /** `POST /api/users/:id/reactivate`: the person can sign in again. */
  reactivate(userId: string): Observable<UserSummaryResponse> {
    return this.http.post<UserSummaryResponse>(this.url('users', userId, 'reactivate'), {});
  }

  /** `POST /api/users/:id/invitation`: a new invitation link (the old one stops working). */
  resendInvitation(userId: string): Observable<void> {
    return this.http.post<void>(this.url('users', userId, 'invitation'), {});
  }

  addRole(userId: string, request: RoleAssignmentRequest): Observable<UserSummaryResponse> {
    return this.http.post<UserSummaryResponse>(this.url('users', userId, 'roles'), request);
  }

  removeRole(userId: string, assignmentId: string): Observable<UserSummaryResponse> {
    return this.http.delete<UserSummaryResponse>(this.url('users', userId, 'roles', assignmentId));
  }

  private url(...segments: string[]): string {
    return `${this.apiBaseUrl}/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  }
}
