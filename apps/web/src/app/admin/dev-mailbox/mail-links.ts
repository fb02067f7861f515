/** A link found in an e-mail, and where it leads inside this app when it is one of the account links. */
export interface MailLink {
  url: string;
  /** App route (without the locale prefix), e.g. `/invitation/abc…`, or null for other links. */
  appPath: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Account links and the nomination workflow's pages (round, prefecture list, society review, published host list). */
const APP_LINK = new RegExp(
  `^/(?:ja|en)(/(?:invitation|reset-password)/[A-Za-z0-9_-]+|/nominations/rounds/${UUID}(?:/prefectures/\\d{2}|/review/[a-z0-9-]+)?|/hosts/lists/${UUID})/?$`,
);

/**
 * The links in a plain-text e-mail, once each. Invitation and reset links and the nomination pages
 * are also mapped to this app's route, so they open here even when the e-mail's host (PUBLIC_URL) is another address.
 */
export function mailLinks(text: string): MailLink[] {
  const urls = [...new Set(text.match(URL_PATTERN) ?? [])];
  return urls.map((url) => {
    let appPath: string | null = null;
    try {
      appPath = APP_LINK.exec(new URL(url).pathname)?.[1] ?? null;
    } catch {
      appPath = null;
    }
    return { url, appPath };
  });
}
