import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { AuthService } from './auth/data-access/auth.service';
import { navItemsFor } from './shell/primary-nav/primary-nav-items';
import { SiteFooter } from './shell/site-footer/site-footer';
import { SiteHeader } from './shell/site-header/site-header';

/** The app shell: skip link, header with navigation, the routed page, footer. */
@Component({
  selector: 'rk-root',
  imports: [RouterOutlet, SiteHeader, SiteFooter],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthService);
  /** The public items plus those the signed-in person's roles may use. */
  protected readonly navItems = computed(() => navItemsFor(this.auth.roles().map((assignment) => assignment.role)));
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  /**
   * With a `<base href="/ja/">`, a plain `#main-content` link would resolve to `/ja/#main-content`
   * and leave the page, so the skip link moves focus itself.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
