import { provideHttpClient, withFetch, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { ApplicationConfig, inject, provideAppInitializer, provideBrowserGlobalErrorListeners } from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { XSRF_COOKIE, XSRF_HEADER } from '@renkei/contract';
import { appRoutes } from './app.routes';
import { AuthService } from './auth/data-access/auth.service';
import { sessionInterceptor } from './auth/session.interceptor';
import { PageTitleStrategy } from './core/page-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      withFetch(),
      // The API's double-submit CSRF check: echo the XSRF-TOKEN cookie in X-XSRF-TOKEN on unsafe requests.
      withXsrfConfiguration({ cookieName: XSRF_COOKIE, headerName: XSRF_HEADER }),
      withInterceptors([sessionInterceptor]),
    ),
    // Know who is signed in before the first page renders (no flash of the signed-out header).
    provideAppInitializer(() => inject(AuthService).ensureLoaded()),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
  ],
};
