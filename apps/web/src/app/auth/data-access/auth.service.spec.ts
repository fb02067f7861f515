import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AOMORI_USER, JMSB_USER, apiError, status } from '../../testing/account.fixtures';
import { AuthService } from './auth.service';

describe('AuthService', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('loads the signed-in user from /api/auth/me once and exposes roles and scopes', async () => {
    const loaded = auth.ensureLoaded();
    const again = auth.ensureLoaded();

    const request = http.expectOne('/api/auth/me');
    expect(request.request.method).toBe('GET');
    request.flush(AOMORI_USER);

    await expect(loaded).resolves.toEqual(AOMORI_USER);
    await expect(again).resolves.toEqual(AOMORI_USER);
    expect(auth.session().status).toBe('signed-in');
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.hasRole('prefecture')).toBe(true);
    expect(auth.hasRole('jmsb', 'society')).toBe(false);
    expect(auth.isJmsb()).toBe(false);
    expect(auth.prefectureCodes()).toEqual(['02']);
    expect(auth.specialtyCodes()).toEqual([]);

    // Known now: no second request.
    await expect(auth.ensureLoaded()).resolves.toEqual(AOMORI_USER);
    http.expectNone('/api/auth/me');
  });

  it('treats a 401 from /me as nobody signed in', async () => {
    const loaded = auth.ensureLoaded();
    http.expectOne('/api/auth/me').flush(apiError(401, 'UNAUTHENTICATED', 'Please sign in.'), status(401));

    await expect(loaded).resolves.toBeNull();
    expect(auth.session().status).toBe('anonymous');
    expect(auth.user()).toBeNull();
    expect(auth.roles()).toEqual([]);
  });

  it('continues signed out when the API cannot be reached', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const loaded = auth.ensureLoaded();
    http.expectOne('/api/auth/me').error(new ProgressEvent('error'));

    await expect(loaded).resolves.toBeNull();
    expect(auth.session().status).toBe('anonymous');
    expect(warn).toHaveBeenCalled();
  });

  it('signs in with POST /api/auth/login and keeps the answer as the user', async () => {
    const signedIn = firstValueFrom(auth.signIn({ email: 'jmsb@demo.renkei.test', password: 'renkei-demo-2026' }));

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ email: 'jmsb@demo.renkei.test', password: 'renkei-demo-2026' });
    request.flush(JMSB_USER);

    await expect(signedIn).resolves.toEqual(JMSB_USER);
    expect(auth.isJmsb()).toBe(true);
  });

  it('passes a failed sign-in on and stays signed out', async () => {
    auth.setUser(null);
    const signedIn = firstValueFrom(auth.signIn({ email: 'jmsb@demo.renkei.test', password: 'wrong' }));

    http.expectOne('/api/auth/login').flush(apiError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is incorrect.'), status(401));

    await expect(signedIn).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(auth.isSignedIn()).toBe(false);
  });

  it('signs out with POST /api/auth/logout and forgets the user', async () => {
    auth.setUser(JMSB_USER);
    const signedOut = firstValueFrom(auth.signOut());

    const request = http.expectOne('/api/auth/logout');
    expect(request.request.method).toBe('POST');
    request.flush(null, { status: 204, statusText: 'No Content' });

    await expect(signedOut).resolves.toBeUndefined();
    expect(auth.user()).toBeNull();
  });

  it('counts a 401 at sign-out as signed out, but keeps the user when sign-out failed otherwise', async () => {
    auth.setUser(JMSB_USER);
    const expired = firstValueFrom(auth.signOut());
    http.expectOne('/api/auth/logout').flush(apiError(401, 'UNAUTHENTICATED', 'Please sign in.'), status(401));
    await expect(expired).resolves.toBeUndefined();
    expect(auth.user()).toBeNull();

    auth.setUser(JMSB_USER);
    const failed = firstValueFrom(auth.signOut());
    http.expectOne('/api/auth/logout').flush(apiError(500, 'INTERNAL_ERROR', 'Something went wrong on our side.'), status(500));
    await expect(failed).rejects.toBeInstanceOf(HttpErrorResponse);
    expect(auth.user()).toEqual(JMSB_USER);
  });

  it('tells auth requests (whose 401s are answers) from other API calls', () => {
    expect(auth.isAuthRequest('/api/auth/login')).toBe(true);
    expect(auth.isAuthRequest('/api/auth/me')).toBe(true);
    expect(auth.isAuthRequest('/api/users')).toBe(false);
    expect(auth.isAuthRequest('/api/authority')).toBe(false);
  });
});
