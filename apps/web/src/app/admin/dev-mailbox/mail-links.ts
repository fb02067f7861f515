/** A link found in an e-mail, and where it leads inside this app when it is one of the account links. */
export interface MailLink {
  url: string;
  /** App route (without the locale prefix), e.g. `/invitation/abc…`, or null for other links. */
  appPath: string | null;
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const ACCOUNT_LINK = /^\/(?:ja|en)\/(invitation|reset-password)\/([A-Za-z0-9_-]+)\/?$/;

/**
 * The links in a plain-text e-mail, once each. Invitation and reset links are also mapped to this
 * app's route, so they open here even when the e-mail's host (PUBLIC_URL) is another address.
 */
export function mailLinks(text: string): MailLink[] {
  const urls = [...new Set(text.match(URL_PATTERN) ?? [])];
  return urls.map((url) => {
    let appPath: string | null = null;
    try {
      const match = ACCOUNT_LINK.exec(new URL(url).pathname);
      appPath = match ? `/${match[1]}/${match[2]}` : null;
    } catch {
      appPath = null;
    }
    return { url, appPath };
  });
}
