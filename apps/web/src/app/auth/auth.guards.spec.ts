import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AOMORI_USER, JMSB_USER, SOCIETY_USER, apiError, status } from '../testing/account.fixtures';
import { anonymousOnlyGuard, roleGuard, signedInGuard } from './auth.guards';
import { AuthService } from './data-access/auth.service';

@Component({ template: 'page', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

describe('route guards', () => {
  let router: Router;
  let auth: AuthService;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', component: Page },
          { path: 'sign-in', canActivate: [anonymousOnlyGuard], component: Page },
          { path: 'forbidden', component: Page },
          { path: 'account', canActivate: [signedInGuard], component: Page },
          { path: 'admin/users', canActivate: [roleGuard('jmsb', 'prefecture')], component: Page },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    auth = TestBed.inject(AuthService);
  });

  it('sends anonymous people to sign in with the page as the return URL', async () => {
    auth.setUser(null);

    await router.navigateByUrl('/admin/users?x=1');

    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fx%3D1&reason=required');
  });

  it('asks the API who is signed in before deciding', async () => {
    const navigation = router.navigateByUrl('/account');
    const http = TestBed.inject(HttpTestingController);
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/me').flush(apiError(401, 'UNAUTHENTICATED', 'Please sign in.'), status(401));
    await navigation;

    expect(router.url).toBe('/sign-in?returnUrl=%2Faccount&reason=required');
  });

  it('lets any signed-in person open their account', async () => {
    auth.setUser(SOCIETY_USER);

    await router.navigateByUrl('/account');

    expect(router.url).toBe('/account');
  });

  it('lets the named roles through and shows the others the no-access page', async () => {
    auth.setUser(AOMORI_USER);
    await router.navigateByUrl('/admin/users');
    expect(router.url).toBe('/admin/users');

    auth.setUser(JMSB_USER);
    await router.navigateByUrl('/');
    await router.navigateByUrl('/admin/users');
    expect(router.url).toBe('/admin/users');

    auth.setUser(SOCIETY_USER);
    await router.navigateByUrl('/');
    await router.navigateByUrl('/admin/users');
    expect(router.url).toBe('/forbidden');
  });

  it('takes someone already signed in from the sign-in page to their return URL, never off-site', async () => {
    auth.setUser(JMSB_USER);

    await router.navigateByUrl('/sign-in?returnUrl=%2Faccount');
    expect(router.url).toBe('/account');

    await router.navigateByUrl('/sign-in?returnUrl=%2F%2Fevil.example%2Fx');
    expect(router.url).toBe('/');
  });
});
