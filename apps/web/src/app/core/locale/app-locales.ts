/** Locales the app is built in; each is served under its own path prefix (`/ja/`, `/en/`). */
export const APP_LOCALES = [
  { code: 'ja', label: '日本語' },
  { code: 'en', label: 'English' },
] as const;

export type AppLocaleCode = (typeof APP_LOCALES)[number]['code'];

/** Cookie the API reads to redirect `/` to the user's language. */
export const LOCALE_COOKIE = 'renkei_lang';

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Maps Angular's `LOCALE_ID` (e.g. `ja`, `en`, `en-US`) to one of the app's locales. */
export function toAppLocale(localeId: string): AppLocaleCode {
  return localeId.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** The `document.cookie` assignment that remembers a language choice for a year. */
export function localeCookie(locale: AppLocaleCode): string {
  return `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/**
 * The absolute URL of the same route in another locale. `routerUrl` is the router's URL,
 * relative to the base href (e.g. `/regional-data/prefectures/02?x=1`).
 */
export function localeUrl(locale: AppLocaleCode, routerUrl: string): string {
  const path = routerUrl.startsWith('/') ? routerUrl : `/${routerUrl}`;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}
