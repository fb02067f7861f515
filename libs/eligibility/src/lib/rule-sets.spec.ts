import {
  DEFAULT_RULE_SETS,
  evaluateEligibility,
  RULE_SET_2026,
  RULE_SET_2027,
  validateException,
  validateRuleSet,
  type EligibilityException,
  type RuleSet,
} from '../index';
import { facility, input } from '../testing/fixtures';

describe('default rule sets', () => {
  it('are valid, JSON-serialisable data that evaluate the same after a round trip', () => {
    for (const ruleSet of DEFAULT_RULE_SETS) {
      expect(validateRuleSet(ruleSet)).toEqual([]);
      const copy = JSON.parse(JSON.stringify(ruleSet)) as RuleSet;
      expect(copy).toEqual(ruleSet);
      const context = facility({
        secondaryAreaCode: '0201',
        specialtyCode: 'pediatrics',
      });
      expect(evaluateEligibility(input(copy), context)).toEqual(evaluateEligibility(input(ruleSet), context));
    }
  });

  it('read 2016-2018 (2026) and 2022 (2027), cite seed 004 and mark levels explicitly', () => {
    expect(RULE_SET_2026.datasets.sufficiency).toEqual(['2016-2018']);
    expect(RULE_SET_2027.datasets.sufficiency).toEqual(['2022']);
    expect(RULE_SET_2026.sourceNote).toContain('p. 47');
    expect(RULE_SET_2027.sourceNote).toContain('pp. 46–47');
    const levels = (r: RuleSet) => r.categories.flatMap((c) => c.conditions.map((k) => `${c.code}:${k.kind}:${k.level}`));
    expect(levels(RULE_SET_2026)).toEqual([
      'connection:not-under-ceiling:prefecture',
      'prefecture-limited:sufficiency-at-most:prefecture',
      'special-regional:sufficiency-at-most:prefecture',
      'special-regional:in-scarce-area-or-spot:facility',
    ]);
    expect(levels(RULE_SET_2027)).toEqual([
      'connection:not-under-ceiling:prefecture',
      'special-regional:sufficiency-at-most:prefecture',
      'special-regional:nominated-by-prefecture:facility',
    ]);
  });
});

describe('validateRuleSet', () => {
  it('reports duplicate ids, wrong levels, bad thresholds and missing datasets', () => {
    const [connection, limited, special] = RULE_SET_2026.categories;
    if (!connection || !limited || !special) throw new Error('missing categories');
    const broken: RuleSet = {
      ...RULE_SET_2026,
      datasets: { sufficiency: [], ceiling: [] },
      categories: [
        connection,
        {
          ...limited,
          conditions: limited.conditions.map((c) => ({
            ...c,
            id: 'special-regional.sufficiency',
            threshold: 0,
            specialtyThresholds: { pediatrics: -1 },
          })),
        },
        {
          ...special,
          minRotationMonths: 0,
          conditions: special.conditions.map((c) => ({
            ...c,
            level: c.level === 'facility' ? 'prefecture' : c.level,
          })),
        },
        connection,
      ],
    };
    expect(validateRuleSet(broken).map((i) => `${i.path}:${i.code}`)).toEqual([
      'categories[1].conditions[0].threshold:INVALID',
      'categories[1].conditions[0].specialtyThresholds.pediatrics:INVALID',
      'datasets.sufficiency:REQUIRED',
      'categories[2].minRotationMonths:INVALID',
      'categories[2].conditions[0].id:DUPLICATE',
      'datasets.sufficiency:REQUIRED',
      'categories[2].conditions[1].level:LEVEL_MISMATCH',
      'categories[3].code:DUPLICATE',
      'categories[3].conditions[0].id:DUPLICATE',
    ]);
  });
});

describe('validateException', () => {
  const valid: EligibilityException = {
    id: 'x',
    nameJa: '経過措置',
    nameEn: 'Measure',
    sourceNote: 'note',
    recruitmentYears: [2027],
    categoryCodes: ['special-regional'],
    appliesTo: [{ facilityCodes: ['F1'] }],
    effect: {
      kind: 'waive-conditions',
      conditionKinds: ['sufficiency-at-most'],
    },
  };

  it('accepts a complete exception and reports what is missing', () => {
    expect(validateException(valid)).toEqual([]);
    const empty = {
      ...valid,
      sourceNote: '',
      recruitmentYears: [],
      appliesTo: [{ facilityCodes: [] }],
      effect: { kind: 'waive-conditions' as const },
    };
    expect(validateException(empty).map((i) => i.path)).toEqual(['sourceNote', 'recruitmentYears', 'effect', 'appliesTo[0]']);
  });
});
