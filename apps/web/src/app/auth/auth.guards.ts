import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@renkei/contract';
import { AuthService } from './data-access/auth.service';
import { safeReturnUrl, signInUrlTree } from './return-url';

/** Lets signed-in people through; sends everyone else to sign in, then back here. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  return user ? true : signInUrlTree(router, state.url);
};

/**
 * Lets through people holding one of the roles (in any scope; the API narrows the data to the
 * person's scopes). Anonymous people go to sign in; signed-in people without the role see the
 * "no access" page.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const user = await auth.ensureLoaded();
    if (!user) {
      return signInUrlTree(router, state.url);
    }
    return auth.hasRole(...roles) ? true : router.createUrlTree(['/forbidden']);
  };
}

/** For the sign-in page: someone already signed in goes straight to where they were heading. */
export const anonymousOnlyGuard: CanActivateFn = async (route) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  const user = await auth.ensureLoaded();
  if (!user) {
    return true;
  }
  return router.parseUrl(safeReturnUrl(route.queryParamMap.get('returnUrl')));
};
