import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { JMSB_USER, apiError, status } from '../testing/account.fixtures';
import { AuthService } from './data-access/auth.service';
import { sessionInterceptor } from './session.interceptor';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

describe('sessionInterceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let auth: AuthService;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionInterceptor])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Page }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    auth.setUser(JMSB_USER);
    await router.navigateByUrl('/admin/users');
  });

  afterEach(() => http.verify());

  it('on a 401 from an API call, forgets the user and sends them to sign in, then back', async () => {
    const call = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush(apiError(401, 'UNAUTHENTICATED', 'Please sign in.'), status(401));

    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(auth.user()).toBeNull();
    await new Promise((resolve) => setTimeout(resolve));
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers&reason=expired');
  });

  it('leaves 401s of the auth endpoints (wrong password) to the page', async () => {
    const call = firstValueFrom(client.post('/api/auth/login', {}));
    http.expectOne('/api/auth/login').flush(apiError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is incorrect.'), status(401));

    await expect(call).rejects.toMatchObject({ status: 401 });
    expect(auth.user()).toEqual(JMSB_USER);
    expect(router.url).toBe('/admin/users');
  });

  it('ignores other errors', async () => {
    const call = firstValueFrom(client.get('/api/users'));
    http.expectOne('/api/users').flush(apiError(403, 'FORBIDDEN', 'Your role does not give access to this.'), status(403));

    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(auth.user()).toEqual(JMSB_USER);
  });
});
