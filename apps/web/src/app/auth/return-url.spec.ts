import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps app paths with their query', () => {
    expect(safeReturnUrl('/admin/audit?action=auth.&page=2')).toBe('/admin/audit?action=auth.&page=2');
  });

  it('refuses anything that could leave the app or loop back to sign-in', () => {
    for (const value of [
      undefined,
      null,
      '',
      'admin',
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/sign-in',
      '/sign-in?returnUrl=/x',
    ]) {
      expect(safeReturnUrl(value)).toBe('/');
    }
    expect(safeReturnUrl('/sign-in-help')).toBe('/sign-in-help');
  });
});
