/** Locales the web app is built in; the first is the default. */
export const WEB_LOCALES = ['ja', 'en'] as const;
export type WebLocale = (typeof WEB_LOCALES)[number];

/** Cookie the web app's language switch sets. */
export const LANGUAGE_COOKIE = 'renkei_lang';

export function preferredLocale(cookieHeader: string | undefined): WebLocale {
  const match = /(?:^|;\s*)renkei_lang=([a-z]+)/.exec(cookieHeader ?? '');
  const requested = match?.[1];
  return WEB_LOCALES.find((locale) => locale === requested) ?? WEB_LOCALES[0];
}
