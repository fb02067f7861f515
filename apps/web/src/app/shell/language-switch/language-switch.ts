import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { filter, map } from 'rxjs';
import { APP_LOCALES, localeCookie, localeUrl, toAppLocale } from '../../core/locale/app-locales';

/**
 * Links to the current page in the other language. The locales are separate builds served under
 * `/ja/` and `/en/`, so switching is a full page load; the choice is remembered in the
 * `renkei_lang` cookie, which the server uses to redirect `/`.
 */
@Component({
  selector: 'rk-language-switch',
  templateUrl: './language-switch.html',
  styleUrl: './language-switch.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);
  private readonly currentLocale = toAppLocale(inject(LOCALE_ID));

  private readonly routerUrl = toSignal(
    this.router.events.pipe(
      filter((event): event is NavigationEnd => event instanceof NavigationEnd),
      map((event) => event.urlAfterRedirects),
    ),
    { initialValue: this.router.url },
  );

  /** The other locales, each with the URL of the current page in that locale. */
  protected readonly targets = computed(() =>
    APP_LOCALES.filter((locale) => locale.code !== this.currentLocale).map((locale) => ({
      ...locale,
      href: localeUrl(locale.code, this.routerUrl()),
    })),
  );

  /** Runs before the browser follows the link: remember the choice for the next visit to `/`. */
  protected remember(code: (typeof APP_LOCALES)[number]['code']): void {
    this.document.cookie = localeCookie(code);
  }
}
