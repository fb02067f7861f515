import { localeCookie, localeUrl, toAppLocale } from './app-locales';

describe('app locales', () => {
  it('maps LOCALE_ID to the app locale', () => {
    expect(toAppLocale('ja')).toBe('ja');
    expect(toAppLocale('en')).toBe('en');
    expect(toAppLocale('en-US')).toBe('en');
  });

  it('builds the same route under another locale prefix', () => {
    expect(localeUrl('en', '/regional-data/prefectures/02')).toBe('/en/regional-data/prefectures/02');
    expect(localeUrl('ja', '/regional-data/sufficiency?dataset=2022&specialty=pediatrics')).toBe(
      '/ja/regional-data/sufficiency?dataset=2022&specialty=pediatrics',
    );
    expect(localeUrl('en', '/')).toBe('/en/');
  });

  it('remembers the choice in a year-long, site-wide, SameSite=Lax cookie', () => {
    expect(localeCookie('en')).toBe('renkei_lang=en; path=/; max-age=31536000; SameSite=Lax');
  });
});
