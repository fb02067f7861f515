import { foldSearchText, searchTerms } from './search-text';

const matches = (indexed: string, query: string) => searchTerms(query).every((term) => foldSearchText(indexed).includes(term));

describe('directory search text folding', () => {
  it('folds katakana to hiragana and half-width katakana to full width', () => {
    expect(foldSearchText('サクラ病院')).toBe('さくら病院');
    expect(foldSearchText('ｻｸﾗ')).toBe('さくら');
    expect(foldSearchText('ｶﾞｽﾐ')).toBe('がすみ');
    expect(matches('さくら総合病院', 'サクラ')).toBe(true);
  });

  it('folds full-width letters and digits and ignores case', () => {
    expect(foldSearchText('ＡＢＣ病院　第２')).toBe('abc病院第2');
    expect(matches('Abc Clinic', 'abc')).toBe(true);
  });

  it('folds old and variant kanji of names to the everyday form', () => {
    expect(foldSearchText('髙橋')).toBe('高橋');
    expect(foldSearchText('﨑')).toBe('崎');
    expect(foldSearchText('渡邊')).toBe(foldSearchText('渡辺'));
    expect(foldSearchText('澤田')).toBe('沢田');
    expect(foldSearchText('\uFA10本')).toBe('塚本');
    expect(matches('高崎中央病院', '髙﨑')).toBe(true);
    expect(matches('齋藤記念病院', '斎藤')).toBe(true);
  });

  it('treats ヶ, ヵ, ケ and が between kanji as the same place-name particle', () => {
    const forms = ['霞ヶ関病院', '霞ケ関病院', '霞が関病院', '霞ヵ関病院', '霞ガ関病院'];
    expect(new Set(forms.map(foldSearchText)).size).toBe(1);
    expect(matches('霞ヶ関病院', '霞ケ')).toBe(true);
    expect(matches('霞が関病院', '霞ヶ')).toBe(true);
    // Outside a name the kana stay as written.
    expect(foldSearchText('けが')).toBe('けが');
  });

  it('drops spaces and separators so partial words and spaced names match', () => {
    expect(foldSearchText('西北五 さくら・病院（デモ）')).toBe('西北五さくら病院でも');
    expect(matches('西北五さくら病院', 'さくら')).toBe(true);
    expect(matches('西北五さくら病院', '北五')).toBe(true);
    expect(matches('西北五さくら病院', 'さくら 西北')).toBe(true);
    expect(matches('西北五さくら病院', 'さくら 弘前')).toBe(false);
  });

  it('splits the query into at most five folded words and ignores blank ones', () => {
    expect(searchTerms(undefined)).toEqual([]);
    expect(searchTerms('  　 ')).toEqual([]);
    expect(searchTerms('サクラ　ﾋﾞｮｳｲﾝ')).toEqual(['さくら', 'びょういん']);
    expect(searchTerms('a b c d e f g')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
