import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ChangePasswordRequest, CurrentUserResponse, UpdateAccountRequest } from '@renkei/contract';
import { Observable, map, tap } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** The signed-in person's own account: name, language, password. */
@Injectable({ providedIn: 'root' })
export class MyAccountService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly auth = inject(AuthService);

  /** `PATCH /api/account`; the answer replaces the current user everywhere in the app. */
  update(changes: UpdateAccountRequest): Observable<CurrentUserResponse> {
    return this.http.patch<CurrentUserResponse>(`${this.apiBaseUrl}/account`, changes).pipe(tap((user) => this.auth.setUser(user)));
  }

  /** `POST /api/account/password` (204); ends the account's other sessions. */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<unknown>(`${this.apiBaseUrl}/account/password`, request).pipe(map(() => undefined));
  }
}
