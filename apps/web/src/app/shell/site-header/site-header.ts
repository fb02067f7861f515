import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatToolbarModule } from '@angular/material/toolbar';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { filter, map } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { safeReturnUrl } from '../../auth/return-url';
import { LanguageSwitch } from '../language-switch/language-switch';
import { NavItem } from '../primary-nav/nav-item';
import { PrimaryNav } from '../primary-nav/primary-nav';
import { UserMenu } from '../user-menu/user-menu';

/** Pages that make no sense to come back to after signing in. */
const NO_RETURN = /^\/(sign-in|forgot-password|reset-password|invitation)(?:[/?#]|$)/;

@Component({
  selector: 'rk-site-header',
  imports: [MatToolbarModule, RouterLink, LanguageSwitch, PrimaryNav, UserMenu],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  private readonly router = inject(Router);

  readonly navItems = input.required<readonly NavItem[]>();

  protected readonly user = inject(AuthService).user;

  private readonly routerUrl = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** The sign-in link brings people back to the page they were on (except the account pages themselves). */
  protected readonly signInQuery = computed(() => {
    const url = this.routerUrl();
    return NO_RETURN.test(url) || safeReturnUrl(url) === '/' ? {} : { returnUrl: url };
  });
}
