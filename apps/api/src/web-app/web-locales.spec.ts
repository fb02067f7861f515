import { preferredLocale } from './web-locales';

describe('preferredLocale', () => {
  it('defaults to Japanese', () => {
    expect(preferredLocale(undefined)).toBe('ja');
    expect(preferredLocale('other=1')).toBe('ja');
  });

  it('follows the language cookie among other cookies', () => {
    expect(preferredLocale('a=b; renkei_lang=en; c=d')).toBe('en');
  });

  it('ignores a locale the app is not built in', () => {
    expect(preferredLocale('renkei_lang=fr')).toBe('ja');
  });
});
