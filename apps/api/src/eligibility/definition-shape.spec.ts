import { RULE_SET_2026, validateRuleSet } from '@renkei/eligibility';
import { exceptionShapeIssues, normalizeRuleSet, ruleSetShapeIssues } from './definition-shape';

describe('rule set definition shape', () => {
  const { nameJa, nameEn, sourceNote, datasets, categories } = RULE_SET_2026;
  const body = {
    nameJa,
    nameEn,
    sourceNote,
    datasets,
    categories,
  } as unknown as Record<string, unknown>;

  it('accepts the default rule set and keeps it valid for the engine once identified', () => {
    expect(ruleSetShapeIssues(body)).toEqual({});
    const ruleSet = normalizeRuleSet(body, {
      id: 'recruitment-2026-v2',
      version: 2,
      recruitmentYear: 2026,
    });
    expect(ruleSet).toMatchObject({
      id: 'recruitment-2026-v2',
      version: 2,
      recruitmentYear: 2026,
    });
    expect(validateRuleSet(ruleSet)).toEqual([]);
  });

  it('names each malformed field by path', () => {
    const broken = {
      ...body,
      nameEn: '',
      datasets: { sufficiency: 'all' },
      categories: [
        {
          ...categories[0],
          code: 'other',
          conditions: [
            {
              id: 'x',
              nameJa: 'x',
              nameEn: 'x',
              level: 'prefecture',
              kind: 'sufficiency-at-most',
              threshold: '0.8',
            },
          ],
        },
      ],
    };
    expect(Object.keys(ruleSetShapeIssues(broken)).sort()).toEqual([
      'categories[0].code',
      'categories[0].conditions[0].threshold',
      'datasets.ceiling',
      'datasets.sufficiency',
      'nameEn',
    ]);
  });

  it('fills an omitted specialtyThresholds with {}', () => {
    const condition = {
      id: 'c',
      nameJa: 'c',
      nameEn: 'c',
      level: 'prefecture',
      kind: 'sufficiency-at-most',
      threshold: 0.8,
    };
    const category = { ...categories[0], conditions: [condition] };
    const input = { ...body, categories: [category] };
    expect(ruleSetShapeIssues(input)).toEqual({});
    const normalized = normalizeRuleSet(input, {
      id: 'r',
      version: 1,
      recruitmentYear: 2030,
    });
    expect(normalized.categories[0]?.conditions[0]).toMatchObject({
      specialtyThresholds: {},
    });
  });
});

describe('exception definition shape', () => {
  it('refuses unknown categories and condition kinds', () => {
    const issues = exceptionShapeIssues({
      nameJa: 'x',
      nameEn: 'x',
      sourceNote: 's',
      recruitmentYears: [2027],
      categoryCodes: ['everything'],
      appliesTo: [{ prefectureCodes: ['02'] }],
      effect: { kind: 'waive-conditions', conditionKinds: ['anything'] },
    });
    expect(Object.keys(issues).sort()).toEqual(['categoryCodes', 'effect.conditionKinds']);
  });
});
