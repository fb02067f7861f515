import { RULE_SET_2026, whatIfHostTable, withThresholds, type NamedPrefecture } from '../index';
import { dataset2022, datasetLegacy, prefectures, specialties } from '../testing/fixtures';
import { codesOf } from '../testing/reference-data';

const names = (list: readonly NamedPrefecture[]): string[] => list.map((p) => p.code);
const seed = (list: string): string[] => codesOf(list, prefectures).sort();

// The p. 46 proposal tried on the 2026 ③ rule: 0.7 → 0.8, pediatrics 0.8 → 0.9, with the 2022 ratios.
const raise = [
  {
    categoryCode: 'special-regional' as const,
    threshold: 0.8,
    specialtyThresholds: { pediatrics: 0.9 },
  },
];

describe('what-if: threshold changes without saving', () => {
  const frozen = JSON.stringify(RULE_SET_2026);
  const result = whatIfHostTable({
    ruleSet: RULE_SET_2026,
    datasets: [datasetLegacy, dataset2022],
    specialties,
    prefectures,
    categoryCodes: ['special-regional'],
    datasetSelection: { sufficiency: ['2022'] },
    scenario: { thresholdOverrides: raise },
  });
  const row = (specialty: string) => {
    const found = result.rows.find((r) => r.specialtyCode === specialty)?.categories[0];
    if (!found) throw new Error(`no row ${specialty}`);
    return found;
  };

  it('moves internal medicine from 4 to 11 prefectures, naming the 7 gained', () => {
    expect(row('internal-medicine')).toMatchObject({
      before: { reached: 4, undetermined: 0 },
      after: { reached: 11, undetermined: 0 },
      delta: 7,
    });
    expect(names(row('internal-medicine').gained)).toEqual(seed('岩手、福島、茨城、群馬、千葉、新潟、静岡'));
    expect(row('internal-medicine').lost).toEqual([]);
  });

  it('moves every specialty by its (0.7, 0.8] column of p. 11', () => {
    expect(result.rows.filter((r) => r.specialtyCode !== 'pediatrics').map((r) => [r.specialtyCode, r.categories[0]?.delta])).toEqual([
      ['internal-medicine', 7],
      ['dermatology', 10],
      ['psychiatry', 5],
      ['orthopedics', 8],
      ['ophthalmology', 9],
      ['otolaryngology', 7],
      ['urology', 5],
      ['neurosurgery', 10],
      ['radiology', 2],
      ['anesthesiology', 4],
      ['plastic-surgery', 5],
      ['rehabilitation-medicine', 4],
    ]);
  });

  it('pediatrics at 0.9: the 5 known prefectures stay, the other 42 become undetermined (bands cannot tell)', () => {
    expect(row('pediatrics')).toMatchObject({
      before: { reached: 5, undetermined: 0 },
      after: { reached: 5, undetermined: 42 },
      delta: 0,
    });
    expect(row('pediatrics').becameUndetermined).toHaveLength(42);
    expect(row('pediatrics').lost).toEqual([]);
  });

  it('does not mutate the rule set and returns the modified copy', () => {
    expect(JSON.stringify(RULE_SET_2026)).toBe(frozen);
    const condition = result.scenarioRuleSet.categories.find((c) => c.code === 'special-regional')?.conditions[0];
    expect(condition).toMatchObject({
      threshold: 0.8,
      specialtyThresholds: { pediatrics: 0.9 },
    });
    expect(result.baseline.length).toBe(13);
  });

  it('can lower a threshold too, and the dataset can change in the scenario', () => {
    const lower = whatIfHostTable({
      ruleSet: RULE_SET_2026,
      datasets: [datasetLegacy, dataset2022],
      specialties,
      prefectures,
      categoryCodes: ['special-regional'],
      specialtyCodes: ['internal-medicine'],
      scenario: { datasetSelection: { sufficiency: ['2022'] } },
    });
    const im = lower.rows[0]?.categories[0];
    expect(im?.before.reached).toBe(9);
    expect(im?.after.reached).toBe(4);
    expect(names(im?.lost ?? [])).toEqual(seed('岩手、福島、茨城、新潟、静岡'));
    expect(names(im?.gained ?? [])).toEqual([]);
  });
});

describe('withThresholds', () => {
  it('touches only the named condition when conditionId is given', () => {
    const changed = withThresholds(RULE_SET_2026, [
      {
        categoryCode: 'special-regional',
        conditionId: 'other',
        threshold: 0.9,
      },
    ]);
    const third = changed.categories.find((c) => c.code === 'special-regional')?.conditions[0];
    expect(third).toMatchObject({ threshold: 0.7 });
    const second = withThresholds(RULE_SET_2026, [{ categoryCode: 'prefecture-limited', threshold: 0.85 }]);
    expect(second.categories.find((c) => c.code === 'prefecture-limited')?.conditions[0]).toMatchObject({ threshold: 0.85 });
    expect(second.categories.find((c) => c.code === 'special-regional')).toBe(RULE_SET_2026.categories.find((c) => c.code === 'special-regional'));
  });
});
