/**
 * Japanese-aware text folding for the host directory. The indexed text and the visitor's query go
 * through the same function, so a substring test on the results matches sensibly:
 * - NFKC: full-width letters and digits, half-width katakana and compatibility ideographs (塚 U+FA10)
 *   become their ordinary forms;
 * - lower case; katakana become hiragana (さくら finds サクラ);
 * - common old or variant kanji of names become the everyday form (髙→高, 﨑→崎, 澤→沢 …);
 * - the place-name particle ヶ/ヵ/ケ/が/ガ between kanji (霞ヶ関, 霞ケ関, 霞が関) becomes が; a small
 *   ヶ/ヵ anywhere becomes が too, so a query that stops right after it (霞ヶ) still matches;
 * - spaces and separators (・, hyphens, brackets, punctuation) are dropped.
 */

const KANJI_VARIANTS: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  碕: '崎',
  邊: '辺',
  邉: '辺',
  澤: '沢',
  濱: '浜',
  櫻: '桜',
  廣: '広',
  齋: '斎',
  齊: '斎',
  嶋: '島',
  嶌: '島',
  國: '国',
  會: '会',
  縣: '県',
  與: '与',
  龍: '竜',
  眞: '真',
  德: '徳',
  醫: '医',
  學: '学',
  條: '条',
  關: '関',
  驛: '駅',
  萬: '万',
  淺: '浅',
  壽: '寿',
  惠: '恵',
  榮: '栄',
  峯: '峰',
  冨: '富',
  槗: '橋',
  舘: '館',
  淵: '渕',
  鷗: '鴎',
  黑: '黒',
  瀨: '瀬',
  嶽: '岳',
  檜: '桧',
  圓: '円',
  戶: '戸',
};

const VARIANT_PATTERN = new RegExp(`[${Object.keys(KANJI_VARIANTS).join('')}]`, 'gu');
const KATAKANA = /[\u30a1-\u30f6]/gu;
const SEPARATORS = /[\s・·･\-‐‑‒–—―_/\\.,，、。「」『』()[\]{}【】〔〕〈〉《》"'“”‘’!?！？:;：；]/gu;
const KANJI = '\\p{Script=Han}々〆';
const PLACE_PARTICLE = new RegExp(`(?<=[${KANJI}])[けが](?=[${KANJI}]|$)`, 'gu');

/** The folded form of `text` (see the file comment); the same function serves the index and the query. */
export function foldSearchText(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60))
      .replace(VARIANT_PATTERN, (kanji) => KANJI_VARIANTS[kanji] ?? kanji)
      .replace(SEPARATORS, '')
      // Small ゖ/ゕ (from ヶ/ヵ after the kana folding) are always the particle in names.
      .replace(/[ゖゕ]/gu, 'が')
      .replace(PLACE_PARTICLE, 'が')
  );
}

/** The query's words (split on spaces), each folded; every one must appear in a matching host. */
export function searchTerms(query: string | undefined, maxTerms = 5): string[] {
  if (!query) {
    return [];
  }
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .map(foldSearchText)
    .filter((term) => term.length > 0)
    .slice(0, maxTerms);
}
