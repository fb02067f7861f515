import { compareSufficiencyDatasets, hostPrefectureTable, RULE_SET_2026, RULE_SET_2027, type NamedPrefecture } from '../index';
import { dataset2022, datasetLegacy, prefectures, specialties } from '../testing/fixtures';
import { codesOf } from '../testing/reference-data';

const codes = (list: readonly NamedPrefecture[]): string[] => list.map((p) => p.code);
const seed = (list: string): string[] => codesOf(list, prefectures);

/**
 * Seed 004 p. 11, transcribed: 2022 prefectures in (0.7, 0.8] and ≤ 0.7, and the counts 従来 ⇒ 2022.
 * [specialty, 2022 (0.7, 0.8], 2022 ≤ 0.7, [従来, 2022] at 0.8, [従来, 2022] at 0.7]
 */
const P11: readonly [string, string, string, [number, number], [number, number]][] = [
  ['internal-medicine', '岩手、福島、茨城、群馬、千葉、新潟、静岡', '青森、秋田、山形、埼玉', [7, 7], [9, 4]],
  ['pediatrics', '埼玉、千葉、愛知、高知', '山口', [12, 4], [0, 1]],
  ['dermatology', '青森、山形、群馬、千葉、新潟、山梨、岐阜、静岡、宮崎、鹿児島', '岩手、秋田、福島、茨城、長野、愛媛、高知', [15, 10], [5, 7]],
  ['psychiatry', '青森、栃木、千葉、静岡、滋賀', '茨城、埼玉、新潟、岐阜', [9, 5], [4, 4]],
  ['orthopedics', '青森、秋田、福島、茨城、千葉、新潟、岐阜、愛知', '岩手、埼玉', [7, 8], [3, 2]],
  ['ophthalmology', '北海道、岩手、秋田、福島、茨城、群馬、新潟、高知、大分', '青森', [11, 9], [5, 1]],
  ['otolaryngology', '群馬、埼玉、千葉、新潟、長野、高知、宮崎', '岩手、茨城', [10, 7], [5, 2]],
  ['urology', '宮城、茨城、栃木、長野、岐阜', '埼玉、新潟、愛知', [9, 5], [5, 3]],
  ['neurosurgery', '宮城、秋田、山形、群馬、千葉、神奈川、新潟、愛知、滋賀、長崎', '青森、栃木、埼玉、島根、宮崎', [12, 10], [11, 5]],
  ['radiology', '北海道、栃木', '青森、岩手、秋田、福島、茨城、埼玉、千葉、新潟、長野、岐阜、静岡', [2, 2], [13, 11]],
  ['anesthesiology', '埼玉、千葉、静岡、愛知', '青森、岩手、秋田、山形、福島、茨城、新潟、岐阜、三重', [2, 4], [12, 9]],
  [
    'plastic-surgery',
    '千葉、富山、愛媛、佐賀、大分',
    '北海道、青森、岩手、秋田、山形、福島、茨城、群馬、埼玉、新潟、福井、山梨、岐阜、愛知、三重、滋賀、和歌山、鳥取、島根、広島、山口、高知、熊本、宮崎、鹿児島',
    [7, 5],
    [24, 25],
  ],
  ['rehabilitation-medicine', '群馬、埼玉、長野、佐賀', '青森、岩手、秋田、山形、福島、茨城、新潟、岐阜、三重、香川、高知、宮崎', [3, 4], [12, 12]],
];

/** Seed 004 p. 12, transcribed: [specialty, 都道府県限定分 (② only), 特別地域連携プログラム (③)] under the 2026 rules. */
const P12: readonly [string, string, string][] = [
  ['internal-medicine', '群馬、千葉、福井、山梨、長野、山口、宮崎', '青森、岩手、秋田、山形、福島、茨城、埼玉、新潟、静岡'],
  ['pediatrics', '', '青森、岩手、福島、茨城、栃木、埼玉、千葉、静岡、愛知、三重、宮崎、鹿児島'],
  ['dermatology', '青森、宮城、山形、茨城、埼玉、千葉、新潟、山梨、岐阜、静岡、滋賀、愛媛、大分、宮崎、鹿児島', '岩手、秋田、福島、群馬、長野'],
  ['psychiatry', '岩手、福島、埼玉、千葉、静岡、愛知、滋賀、和歌山、愛媛', '茨城、栃木、新潟、岐阜'],
  ['orthopedics', '宮城、秋田、福島、茨城、新潟、岐阜、静岡', '青森、岩手、埼玉'],
  ['ophthalmology', '北海道、山形、茨城、栃木、群馬、長野、静岡、島根、山口、大分、宮崎', '青森、岩手、秋田、福島、新潟'],
  ['otolaryngology', '秋田、福島、埼玉、千葉、新潟、長野、島根、熊本、宮崎、鹿児島', '青森、岩手、茨城、群馬、大分'],
  ['urology', '宮城、福島、埼玉、千葉、富山、愛知、三重、広島、沖縄', '茨城、栃木、新潟、長野、岐阜'],
  [
    'neurosurgery',
    '秋田、茨城、神奈川、富山、長野、岐阜、静岡、三重、長崎、熊本、宮崎、沖縄',
    '青森、宮城、山形、福島、栃木、群馬、埼玉、千葉、新潟、鳥取、島根',
  ],
  ['radiology', '宮城、山形', '北海道、青森、岩手、秋田、福島、茨城、栃木、埼玉、千葉、新潟、長野、岐阜、静岡'],
  ['anesthesiology', '福井、愛媛', '青森、岩手、秋田、山形、福島、茨城、埼玉、千葉、新潟、岐阜、静岡、三重'],
  [
    'plastic-surgery',
    '北海道、栃木、埼玉、千葉、滋賀、愛媛、大分',
    '青森、岩手、秋田、山形、福島、茨城、群馬、新潟、富山、福井、山梨、岐阜、愛知、三重、奈良、和歌山、鳥取、島根、広島、山口、佐賀、熊本、宮崎、鹿児島',
  ],
  ['rehabilitation-medicine', '栃木、長野、大分', '青森、岩手、山形、福島、茨城、埼玉、新潟、岐阜、三重、香川、長崎、宮崎'],
];

describe('p. 11: 2016-2018 ⇒ 2022 dataset comparison', () => {
  const table = compareSufficiencyDatasets({
    datasets: [datasetLegacy, dataset2022],
    thresholds: [0.7, 0.8],
    prefectures,
    specialties,
  });
  const column = (specialtyCode: string, datasetCode: string, threshold: number) => {
    const found = table
      .find((r) => r.specialtyCode === specialtyCode)
      ?.datasets.find((d) => d.datasetCode === datasetCode)
      ?.columns.find((c) => c.threshold === threshold);
    if (!found) throw new Error(`no column ${specialtyCode} ${datasetCode} ${threshold}`);
    return found;
  };

  it('covers the 13 specialties of p. 11 in the order of the specialty list', () => {
    expect(table.map((r) => r.specialtyCode)).toEqual(P11.map(([s]) => s));
    expect(table[0]?.specialtyNameJa).toBe('内科');
    expect(table[0]?.datasets[0]?.columns.map((c) => [c.labelJa, c.labelEn])).toEqual([
      ['0.8以下', '(0.7, 0.8]'],
      ['0.7以下', '≤ 0.7'],
    ]);
  });

  it.each(P11)('%s: 2022 names and 従来 ⇒ 2022 counts', (specialty, band78, le07, [old08, new08], [old07, new07]) => {
    expect(codes(column(specialty, '2022', 0.8).prefectures)).toEqual(seed(band78).sort());
    expect(codes(column(specialty, '2022', 0.7).prefectures)).toEqual(seed(le07).sort());
    expect([column(specialty, '2016-2018', 0.8).count, column(specialty, '2022', 0.8).count]).toEqual([old08, new08]);
    expect([column(specialty, '2016-2018', 0.7).count, column(specialty, '2022', 0.7).count]).toEqual([old07, new07]);
  });

  it.each(P12)('%s: the 従来 (2016-2018) names are the p. 12 lists', (specialty, limited, special) => {
    const isPediatrics = specialty === 'pediatrics';
    // Pediatrics has one ≤ 0.8 list, which p. 11 counts in the 0.8 column (12 ⇒ 4, 0 ⇒ 1).
    const at08 = isPediatrics ? special : limited;
    expect(codes(column(specialty, '2016-2018', 0.8).prefectures)).toEqual(seed(at08).sort());
    expect(codes(column(specialty, '2016-2018', 0.7).prefectures)).toEqual(isPediatrics ? [] : seed(special).sort());
  });

  it('flags the legacy pediatrics list as not separable at 0.7, and nothing else', () => {
    expect(column('pediatrics', '2016-2018', 0.8).notSeparable).toHaveLength(12);
    const others = table.flatMap((r) =>
      r.datasets.flatMap((d) => d.columns.filter((c) => c.notSeparable.length > 0).map(() => `${r.specialtyCode}/${d.datasetCode}`)),
    );
    expect(others).toEqual(['pediatrics/2016-2018']);
    expect(table.every((r) => r.datasets.every((d) => d.covered && d.undetermined.length === 0))).toBe(true);
  });
});

describe('p. 12: host prefectures per category under the 2026 rules (2016-2018)', () => {
  const table = hostPrefectureTable({
    ruleSet: RULE_SET_2026,
    datasets: [datasetLegacy, dataset2022],
    specialties,
    prefectures,
    categoryCodes: ['special-regional', 'prefecture-limited'],
  });
  const cell = (specialty: string, category: string) => {
    const found = table.find((r) => r.specialtyCode === specialty)?.categories.find((c) => c.categoryCode === category);
    if (!found) throw new Error(`no cell ${specialty} ${category}`);
    return found;
  };

  it('orders categories ③ before ②', () => {
    expect(table[0]?.categories.map((c) => c.label)).toEqual(['③', '②']);
    expect(table.map((r) => r.specialtyCode)).toEqual(P12.map(([s]) => s));
  });

  it.each(P12)('%s: ② and ③ name by name', (specialty, limited, special) => {
    expect(codes(cell(specialty, 'special-regional').listed)).toEqual(seed(special).sort());
    expect(codes(cell(specialty, 'prefecture-limited').listed)).toEqual(seed(limited).sort());
    expect(cell(specialty, 'special-regional').undetermined).toEqual([]);
  });

  it('lists each prefecture once, though a ≤ 0.7 prefecture also reaches ② by the rule text', () => {
    const second = cell('internal-medicine', 'prefecture-limited');
    expect(second.counts).toEqual({ listed: 7, reached: 16, undetermined: 0 });
    expect(codes(second.reached)).toEqual(expect.arrayContaining(seed('青森、岩手、秋田、山形、福島、茨城、埼玉、新潟、静岡')));
  });

  it('① is undetermined everywhere without ceiling data', () => {
    const withConnection = hostPrefectureTable({
      ruleSet: RULE_SET_2026,
      datasets: [datasetLegacy],
      specialties,
      prefectures,
      specialtyCodes: ['internal-medicine'],
    });
    const first = withConnection[0]?.categories.find((c) => c.categoryCode === 'connection');
    expect(first?.counts).toEqual({ listed: 0, reached: 0, undetermined: 47 });
  });
});

describe('2027 host prefectures (2022)', () => {
  const table = hostPrefectureTable({
    ruleSet: RULE_SET_2027,
    datasets: [dataset2022],
    specialties,
    prefectures,
    categoryCodes: ['special-regional'],
  });
  const cell = (specialty: string) => table.find((r) => r.specialtyCode === specialty)?.categories[0];

  it("②' at ≤ 0.8 is the union of p. 11's two 2022 columns", () => {
    for (const [specialty, band78, le07] of P11.filter(([s]) => s !== 'pediatrics')) {
      expect(codes(cell(specialty)?.reached ?? [])).toEqual(seed(`${band78}、${le07}`).sort());
    }
  });

  it('pediatrics at ≤ 0.9: five prefectures reach it, the other 42 are undetermined', () => {
    expect(cell('pediatrics')?.counts).toEqual({
      listed: 5,
      reached: 5,
      undetermined: 42,
    });
  });
});
