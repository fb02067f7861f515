import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterOutlet } from '@angular/router';
import { filter } from 'rxjs';
import { AuthService } from './auth/data-access/auth.service';
import { TasksService } from './nominations/data-access/tasks.service';
import { navItemsFor, withCounts } from './shell/primary-nav/primary-nav-items';
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
  private readonly tasks = inject(TasksService);
  /** The public items plus those the signed-in person's roles may use, with what waits for them. */
  protected readonly navItems = computed(() =>
    withCounts(navItemsFor(this.auth.roles().map((assignment) => assignment.role)), { nominations: this.tasks.total() }),
  );
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // Tasks change with other people's steps too: ask again on each navigation.
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.tasks.refresh());
  }

  /**
   * With a `<base href="/ja/">`, a plain `#main-content` link would resolve to `/ja/#main-content`
   * and leave the page, so the skip link moves focus itself.
   */
  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
