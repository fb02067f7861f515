import { evaluatePrefecture, exactRatio, ratioBand, RULE_SET_2026, withDatasetSelection, type SufficiencyDataset } from '../index';
import { specialties } from '../testing/fixtures';

function dataset(code: string, rows: [string, SufficiencyDataset['rows'][number]['value']][]): SufficiencyDataset {
  return {
    kind: 'sufficiency',
    code,
    nameJa: `${code}年足下充足率`,
    nameEn: `${code} ratios`,
    sourceNote: 'test',
    specialtyCodes: ['internal-medicine'],
    unlistedValue: null,
    rows: rows.map(([prefectureCode, value]) => ({
      prefectureCode,
      specialtyCode: 'internal-medicine',
      value,
    })),
  };
}

// The 2016-or-2018 rule as two exact-value datasets read "any of".
const d2016 = dataset('2016', [
  ['01', exactRatio(0.69)],
  ['02', exactRatio(0.75)],
  ['03', ratioBand(0.8, null)],
  ['04', exactRatio(0.7)],
]);
const d2018 = dataset('2018', [
  ['01', exactRatio(0.72)],
  ['02', exactRatio(0.71)],
  ['03', ratioBand(0.6, 0.8)],
]);
const ruleSet = withDatasetSelection(RULE_SET_2026, {
  sufficiency: ['2016', '2018'],
});
const third = (prefectureCode: string) => {
  const result = evaluatePrefecture({ ruleSet, datasets: [d2016, d2018], specialties }, { prefectureCode, specialtyCode: 'internal-medicine' });
  const decision = result.categories.find((c) => c.categoryCode === 'special-regional');
  if (!decision) throw new Error('missing ③');
  return decision;
};

describe('sufficiency-at-most reading "any of" several datasets', () => {
  it('holds when it holds in one dataset and names only the dataset that decided', () => {
    const decision = third('01');
    expect(decision.status).toBe('conditional');
    const sufficiency = decision.conditions[0];
    expect(sufficiency?.outcome).toBe('pass');
    expect(sufficiency?.reasons.map((r) => [r.datasetCode, r.value])).toEqual([['2016', '0.69']]);
  });

  it('fails only when it fails in every dataset, naming all of them', () => {
    const decision = third('02');
    expect(decision.status).toBe('ineligible');
    expect(decision.conditions[0]?.reasons.map((r) => [r.code, r.datasetCode])).toEqual([
      ['SUFFICIENCY_NOT_MET', '2016'],
      ['SUFFICIENCY_NOT_MET', '2018'],
    ]);
  });

  it('is unknown when one fails and the other straddles the threshold', () => {
    const decision = third('03');
    expect(decision.status).toBe('undetermined');
    expect(decision.conditions[0]?.reasons.map((r) => r.code)).toEqual(['SUFFICIENCY_NOT_MET', 'SUFFICIENCY_UNDETERMINED']);
  });

  it('an exact value equal to the threshold holds; a dataset without the prefecture (and no unlisted rule) has no value', () => {
    const decision = third('04');
    expect(decision.conditions[0]?.outcome).toBe('pass');
    const none = third('05');
    expect(none.status).toBe('undetermined');
    expect(none.conditions[0]?.reasons.map((r) => r.code)).toEqual(['SUFFICIENCY_NO_VALUE', 'SUFFICIENCY_NO_VALUE']);
  });

  it('is unknown when the rule set selects no dataset at all', () => {
    const none = withDatasetSelection(RULE_SET_2026, { sufficiency: [] });
    const result = evaluatePrefecture({ ruleSet: none, datasets: [d2016] }, { prefectureCode: '01', specialtyCode: 'internal-medicine' });
    const second = result.categories.find((c) => c.categoryCode === 'prefecture-limited');
    expect(second?.status).toBe('undetermined');
    expect(second?.reasons.map((r) => r.code)).toContain('SUFFICIENCY_NO_DATASET_SELECTED');
  });
});

describe('prefecture-level evaluation', () => {
  it('leaves facility-level conditions pending: a host prefecture is "conditional"', () => {
    const decision = third('01');
    expect(decision.conditions.map((c) => [c.conditionId, c.level, c.outcome])).toEqual([
      ['special-regional.sufficiency', 'prefecture', 'pass'],
      ['special-regional.scarce-location', 'facility', 'pending'],
    ]);
    expect(decision.reasons.map((r) => r.code)).toContain('FACILITY_CONDITION_REMAINS');
  });
});
