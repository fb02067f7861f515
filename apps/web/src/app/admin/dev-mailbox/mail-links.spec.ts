import { mailLinks } from './mail-links';

describe('mailLinks', () => {
  const token = 'Ab_-'.repeat(10) + 'xyz';

  it('finds invitation and reset links and maps them to this app’s routes', () => {
    const text = `招待を承諾する：\nhttp://localhost:3300/ja/invitation/${token}\n\nReset: https://renkei.example.jp/en/reset-password/${token}\n`;

    expect(mailLinks(text)).toEqual([
      { url: `http://localhost:3300/ja/invitation/${token}`, appPath: `/invitation/${token}` },
      { url: `https://renkei.example.jp/en/reset-password/${token}`, appPath: `/reset-password/${token}` },
    ]);
  });

  it('lists other links once, without an app route', () => {
    expect(mailLinks('see https://example.jp/help and https://example.jp/help')).toEqual([{ url: 'https://example.jp/help', appPath: null }]);
    expect(mailLinks('no links')).toEqual([]);
  });
});
