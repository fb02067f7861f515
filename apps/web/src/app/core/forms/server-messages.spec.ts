import { localizeFieldMessage } from './server-messages';

describe('localizeFieldMessage', () => {
  it('translates the rule and round messages people meet in forms', () => {
    expect(localizeFieldMessage('threshold must be > 0')).toBe('しきい値は 0 より大きい数にしてください。');
    expect(localizeFieldMessage('definition.categories[1].conditions[0].threshold must be ≤ 10')).toBe('しきい値は 10 以下にしてください。');
    expect(localizeFieldMessage('a round for 2027 already exists')).toBe('2027年度の募集はすでに開始されています。');
    expect(localizeFieldMessage('places must be at least 0')).toContain('0');
  });

  it('translates the host profile messages', () => {
    expect(localizeFieldMessage('nameReading must be written in kana')).toBe('ひらがな・カタカナで入力してください。');
    expect(localizeFieldMessage('supervisingDoctors must be a whole number')).toBe('整数で入力してください。');
    expect(localizeFieldMessage('websiteUrl must be an https:// address')).toBe('https:// で始まるアドレスを入力してください。');
  });

  it('shows a message it does not know as the API wrote it', () => {
    expect(localizeFieldMessage('something entirely new')).toBe('something entirely new');
  });
});
