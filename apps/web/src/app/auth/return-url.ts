import { Router, UrlTree } from '@angular/router';

/** Query parameters the sign-in page understands. */
export interface SignInQuery {
  /** Where to go after signing in (an app path such as `/admin/users?x=1`). */
  returnUrl?: string;
  /** Why the person was sent here. */
  reason?: SignInReason;
}

export type SignInReason = 'required' | 'expired';

/**
 * A return URL that stays inside the app: an absolute app path, not `//host` or `/\host`
 * (which browsers treat as another origin), not a full URL, not the sign-in page itself.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (/^\/sign-in(?:[/?#]|$)/.test(value)) {
    return '/';
  }
  return value;
}

/** The sign-in page, remembering where the person wanted to go. */
export function signInUrlTree(router: Router, returnUrl: string, reason: SignInReason = 'required'): UrlTree {
  const target = safeReturnUrl(returnUrl);
  return router.createUrlTree(['/sign-in'], {
    queryParams: target === '/' ? { reason } : { returnUrl: target, reason },
  });
}
