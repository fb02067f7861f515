import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { CurrentUserResponse, LoginRequest, Role } from '@renkei/contract';
import { Observable, catchError, finalize, firstValueFrom, map, of, tap, throwError } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** Paths of the authentication endpoints, relative to the API base URL. */
export const AUTH_PATHS = {
  login: 'auth/login',
  logout: 'auth/logout',
  me: 'auth/me',
} as const;

/** Where the session stands: not asked yet, nobody signed in, or a signed-in person. */
export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'signed-in'; readonly user: CurrentUserResponse };

/**
 * The signed-in person, held as a signal for the whole app.
 *
 * The session itself lives in an HttpOnly cookie the app cannot read, so the user is asked from
 * `GET /api/auth/me` once (at startup, see `provideAuth`); a 401 means nobody is signed in. That
 * first GET also gives the browser the anonymous XSRF cookie the sign-in form needs.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  private readonly state = signal<SessionState>({ status: 'unknown' });
  private pendingLoad: Promise<CurrentUserResponse | null> | null = null;

  readonly session = this.state.asReadonly();
  readonly user = computed(() => {
    const state = this.state();
    return state.status === 'signed-in' ? state.user : null;
  });
  readonly isSignedIn = computed(() => this.user() !== null);
  readonly roles = computed(() => this.user()?.roles ?? []);
  readonly isJmsb = computed(() => this.roles().some((assignment) => assignment.role === 'jmsb'));
  /** Prefectures the person is an officer of (JIS codes). */
  readonly prefectureCodes = computed(() => this.scopes('prefecture', 'prefectureCode'));
  /** Specialties the person reviews for a society. */
  readonly specialtyCodes = computed(() => this.scopes('society', 'specialtyCode'));
  /** Facilities the person works for (base or host). */
  readonly facilityIds = computed(() => [...new Set([...this.scopes('base-facility', 'facilityId'), ...this.scopes('host-facility', 'facilityId')])]);

  /** True when the person holds at least one of the roles (in any scope). */
  hasRole(...roles: Role[]): boolean {
    return this.roles().some((assignment) => roles.includes(assignment.role));
  }

  /**
   * The current user, asking the API the first time. Never fails: a 401 (or an unreachable API)
   * counts as "nobody signed in". Concurrent callers share one request.
   */
  ensureLoaded(): Promise<CurrentUserResponse | null> {
    const state = this.state();
    if (state.status !== 'unknown') {
      return Promise.resolve(state.status === 'signed-in' ? state.user : null);
    }
    this.pendingLoad ??= firstValueFrom(
      this.http.get<CurrentUserResponse>(this.url(AUTH_PATHS.me)).pipe(
        map((user): CurrentUserResponse | null => user),
        catchError((error: unknown) => {
          if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
            console.warn('Could not load the signed-in user; continuing signed out.', error);
          }
          return of(null);
        }),
        tap((user) => this.setUser(user)),
        finalize(() => (this.pendingLoad = null)),
      ),
    );
    return this.pendingLoad;
  }

  /** `POST /api/auth/login`; on success the person is signed in. Errors are the API's (401, 429, 400). */
  signIn(credentials: LoginRequest): Observable<CurrentUserResponse> {
    return this.http.post<CurrentUserResponse>(this.url(AUTH_PATHS.login), credentials).pipe(tap((user) => this.setUser(user)));
  }

  /**
   * `POST /api/auth/logout`, then forgets the user. A 401 counts as success: the session had
   * already ended on the server. Other failures leave the user signed in (and are re-thrown).
   */
  signOut(): Observable<void> {
    return this.http.post<unknown>(this.url(AUTH_PATHS.logout), null).pipe(
      catchError((error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 401) {
          return of(null);
        }
        return throwError(() => error);
      }),
      map(() => undefined),
      tap(() => this.clear()),
    );
  }

  /** Replaces the user, e.g. after accepting an invitation or changing one's name or language. */
  setUser(user: CurrentUserResponse | null): void {
    this.state.set(user ? { status: 'signed-in', user } : { status: 'anonymous' });
  }

  /** Forgets the user (the server said the session is gone). */
  clear(): void {
    this.setUser(null);
  }

  /** True for requests to `/api/auth/…`, whose 401s are answers, not expired sessions. */
  isAuthRequest(url: string): boolean {
    return url.startsWith(`${this.apiBaseUrl}/auth/`);
  }

  private scopes(role: Role, field: 'prefectureCode' | 'specialtyCode' | 'facilityId'): string[] {
    return [
      ...new Set(
        this.roles().flatMap((assignment) => {
          const value = assignment.role === role ? assignment[field] : undefined;
          return value ? [value] : [];
        }),
      ),
    ];
  }

  private url(path: string): string {
    return `${this.apiBaseUrl}/${path}`;
  }
}
