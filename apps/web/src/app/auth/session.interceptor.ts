import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './data-access/auth.service';
import { signInUrlTree } from './return-url';

/**
 * A 401 from any API call other than `/api/auth/…` means the session has ended (expired, signed
 * out elsewhere, account deactivated): forget the user and send them to sign in, then back to the
 * page they were on. The error still reaches the caller.
 */
export const sessionInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return next(request).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === 401 && !auth.isAuthRequest(request.url)) {
        const wasSignedIn = auth.isSignedIn();
        auth.clear();
        const current = router.url;
        if (!current.startsWith('/sign-in')) {
          void router.navigateByUrl(signInUrlTree(router, current, wasSignedIn ? 'expired' : 'required'));
        }
      }
      return throwError(() => error);
    }),
  );
};
