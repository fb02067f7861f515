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

  it('maps the nomination workflow’s links too', () => {
    const round = '6f1c7a52-3b1e-4a8e-9a43-0d6f4f3c2b11';
    const text = [
      `http://localhost:3000/ja/nominations/rounds/${round}/prefectures/02`,
      `http://localhost:3000/en/nominations/rounds/${round}/review/internal-medicine`,
      `http://localhost:3000/ja/nominations/rounds/${round}`,
      `http://localhost:3000/ja/hosts/lists/${round}`,
      `http://localhost:3000/ja/nominations/rounds/${round}/prefectures/tokyo`,
    ].join('\n');

    expect(mailLinks(text).map((link) => link.appPath)).toEqual([
      `/nominations/rounds/${round}/prefectures/02`,
      `/nominations/rounds/${round}/review/internal-medicine`,
      `/nominations/rounds/${round}`,
      `/hosts/lists/${round}`,
      null,
    ]);
  });

  it('lists other links once, without an app route', () => {
    expect(mailLinks('see https://example.jp/help and https://example.jp/help')).toEqual([{ url: 'https://example.jp/help', appPath: null }]);
    expect(mailLinks('no links')).toEqual([]);
  });
});
