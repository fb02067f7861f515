import { evaluateEligibility, RULE_SET_2026, RULE_SET_2027, type EligibilityException } from '../index';
import { facility, input } from '../testing/fixtures';
import { category, reasonCodes } from '../testing/helpers';

// "Facilities that were ③ hosts up to 2026 stay eligible for ②' in 2027" (a sample measure, not one in the seeds).
const keepPriorSpecialRegional: EligibilityException = {
  id: 'transitional-2027-prior-special-regional',
  nameJa: '令和8年度までの特別地域連携プログラム連携先の経過措置',
  nameEn: 'Transitional measure for special regional hosts up to 2026',
  sourceNote: 'Seed 004 p. 46: 必要な経過措置を設ける等 (test sample)',
  recruitmentYears: [2027],
  categoryCodes: ['special-regional'],
  appliesTo: [{ previousHostOfCategories: ['special-regional'] }],
  effect: { kind: 'waive-conditions', conditionKinds: ['sufficiency-at-most'] },
};

// 福島 neurosurgery: ≤ 0.7 in 2016-2018 (a ③ host), > 0.8 in 2022.
const fukushimaNeuro = facility({
  secondaryAreaCode: '0707',
  specialtyCode: 'neurosurgery',
  facilityCode: 'F-0707-01',
  previousHost: true,
  previousHostCategories: ['special-regional'],
  nomination: { status: 'nominated' },
});

describe('transitional exceptions', () => {
  it("without the exception, a former ③ host whose ratio rose above 0.8 fails ②'", () => {
    const second = category(evaluateEligibility(input(RULE_SET_2027), fukushimaNeuro), 'special-regional');
    expect(second.status).toBe('ineligible');
    expect(second.exceptionIds).toEqual([]);
  });

  it("keeps the former ③ host eligible for ②' in 2027 and says which exception did it", () => {
    const evaluation = input(RULE_SET_2027, {
      exceptions: [keepPriorSpecialRegional],
    });
    const second = category(evaluateEligibility(evaluation, fukushimaNeuro), 'special-regional');
    expect(second.status).toBe('eligible');
    expect(second.exceptionIds).toEqual(['transitional-2027-prior-special-regional']);
    const waived = second.conditions.find((c) => c.kind === 'sufficiency-at-most');
    expect(waived).toMatchObject({
      outcome: 'pass',
      rawOutcome: 'fail',
      waivedByExceptionId: 'transitional-2027-prior-special-regional',
    });
    const reason = second.reasons.find((r) => r.code === 'EXCEPTION_APPLIED');
    expect(reason).toMatchObject({
      exceptionId: 'transitional-2027-prior-special-regional',
      sourceNote: keepPriorSpecialRegional.sourceNote,
    });
    expect(reason?.messageJa).toContain('令和8年度までの特別地域連携プログラム連携先の経過措置');
    expect(reason?.messageJa).toContain('出典: Seed 004 p. 46');
    // The failed reading stays visible next to the exception.
    expect(reasonCodes(second)).toContain('SUFFICIENCY_NOT_MET');
  });

  it('waives an undetermined reading too (Aomori pediatrics, > 0.8 at the 0.9 threshold)', () => {
    const aomoriPed = {
      ...fukushimaNeuro,
      prefectureCode: '02',
      secondaryAreaCode: '0204',
      specialtyCode: 'pediatrics',
    };
    const evaluation = input(RULE_SET_2027, {
      exceptions: [keepPriorSpecialRegional],
    });
    const second = category(evaluateEligibility(evaluation, aomoriPed), 'special-regional');
    expect(second.status).toBe('eligible');
    expect(second.conditions[0]?.rawOutcome).toBe('unknown');
  });

  it('does not apply to facilities that were not ③ hosts, to other years, or to other categories', () => {
    const evaluation = input(RULE_SET_2027, {
      exceptions: [keepPriorSpecialRegional],
    });
    const priorSecond = {
      ...fukushimaNeuro,
      previousHostCategories: ['prefecture-limited' as const],
    };
    expect(category(evaluateEligibility(evaluation, priorSecond), 'special-regional').status).toBe('ineligible');
    const notPrior = {
      ...fukushimaNeuro,
      previousHost: false,
      previousHostCategories: [],
    };
    expect(category(evaluateEligibility(evaluation, notPrior), 'special-regional').status).toBe('ineligible');
    const in2026 = input(RULE_SET_2026, {
      exceptions: [
        {
          ...keepPriorSpecialRegional,
          recruitmentYears: [2026],
          categoryCodes: ['prefecture-limited'],
        },
      ],
    });
    const tokyo = facility({
      secondaryAreaCode: '1308',
      specialtyCode: 'internal-medicine',
      previousHostCategories: ['special-regional'],
    });
    const result = evaluateEligibility(in2026, tokyo);
    expect(category(result, 'prefecture-limited').status).toBe('eligible');
    expect(category(result, 'special-regional').status).toBe('ineligible');
    const in2028 = input({ ...RULE_SET_2027, id: 'recruitment-2028', recruitmentYear: 2028 }, { exceptions: [keepPriorSpecialRegional] });
    expect(category(evaluateEligibility(in2028, fukushimaNeuro), 'special-regional').status).toBe('ineligible');
    const scarceTokyo = { ...tokyo, scarceArea: true };
    const year2026 = input(RULE_SET_2026, {
      exceptions: [keepPriorSpecialRegional],
    });
    expect(category(evaluateEligibility(year2026, scarceTokyo), 'special-regional').status).toBe('ineligible');
    const wrongRuleSet = input(RULE_SET_2027, {
      exceptions: [{ ...keepPriorSpecialRegional, ruleSetIds: ['recruitment-2027-v2'] }],
    });
    expect(category(evaluateEligibility(wrongRuleSet, fukushimaNeuro), 'special-regional').status).toBe('ineligible');
  });

  it('keeps named facilities as ③ hosts in 2026 despite the area, when granted by facility code', () => {
    const keepNamed: EligibilityException = {
      id: 'keep-named-2026',
      nameJa: '指定施設の連携先継続',
      nameEn: 'Named facilities stay hosts',
      sourceNote: 'test sample',
      recruitmentYears: [2026],
      categoryCodes: ['special-regional'],
      appliesTo: [{ facilityCodes: ['F-0201-01'] }],
      effect: {
        kind: 'waive-conditions',
        conditionIds: ['special-regional.scarce-location'],
      },
    };
    const evaluation = input(RULE_SET_2026, { exceptions: [keepNamed] });
    const named = facility({
      secondaryAreaCode: '0201',
      specialtyCode: 'internal-medicine',
      facilityCode: 'F-0201-01',
    });
    const third = category(evaluateEligibility(evaluation, named), 'special-regional');
    expect(third.status).toBe('eligible');
    expect(reasonCodes(third)).toEqual(['CATEGORY_ELIGIBLE', 'SUFFICIENCY_MET', 'NOT_IN_SCARCE_AREA_OR_SPOT', 'EXCEPTION_APPLIED']);
    const other = { ...named, facilityCode: 'F-0201-02' };
    expect(category(evaluateEligibility(evaluation, other), 'special-regional').status).toBe('ineligible');
    // The exception waives only the area: a failed ratio is still a failure.
    const chiba = { ...named, prefectureCode: '12', secondaryAreaCode: '1201' };
    expect(category(evaluateEligibility(evaluation, chiba), 'special-regional').status).toBe('ineligible');
  });

  it('matches prefecture × specialty selectors, and applies when the context lists it as granted', () => {
    const byPrefecture: EligibilityException = {
      id: 'chiba-im-2026',
      nameJa: '千葉県内科の経過措置',
      nameEn: 'Chiba internal medicine measure',
      sourceNote: 'test sample',
      recruitmentYears: [2026],
      categoryCodes: ['special-regional'],
      appliesTo: [{ prefectureCodes: ['12'], specialtyCodes: ['internal-medicine'] }],
      effect: {
        kind: 'waive-conditions',
        conditionKinds: ['sufficiency-at-most'],
      },
    };
    const evaluation = input(RULE_SET_2026, { exceptions: [byPrefecture] });
    const chibaIm = facility({
      secondaryAreaCode: '1206',
      specialtyCode: 'internal-medicine',
    });
    expect(category(evaluateEligibility(evaluation, chibaIm), 'special-regional').status).toBe('eligible');
    const chibaDerm = {
      ...chibaIm,
      specialtyCode: 'psychiatry',
      prefectureCode: '12',
    };
    expect(category(evaluateEligibility(evaluation, chibaDerm), 'special-regional').status).toBe('ineligible');

    const grantedOnly = input(RULE_SET_2026, {
      exceptions: [{ ...byPrefecture, appliesTo: [] }],
    });
    expect(category(evaluateEligibility(grantedOnly, chibaIm), 'special-regional').status).toBe('ineligible');
    const granted = { ...chibaIm, grantedExceptionIds: ['chiba-im-2026'] };
    expect(category(evaluateEligibility(grantedOnly, granted), 'special-regional').status).toBe('eligible');
  });

  it('can waive the nomination itself (named prior hosts kept for one more year)', () => {
    const keepWithoutNomination: EligibilityException = {
      ...keepPriorSpecialRegional,
      id: 'keep-prior-without-nomination',
      effect: {
        kind: 'waive-conditions',
        conditionKinds: ['sufficiency-at-most', 'nominated-by-prefecture'],
      },
    };
    const notNominated = { ...fukushimaNeuro, nomination: null };
    const evaluation = input(RULE_SET_2027, {
      exceptions: [keepWithoutNomination],
    });
    const second = category(evaluateEligibility(evaluation, notNominated), 'special-regional');
    expect(second.status).toBe('eligible');
    expect(second.conditions.map((c) => c.rawOutcome)).toEqual(['fail', 'pending']);
  });

  it('an empty selector matches nothing', () => {
    const empty = input(RULE_SET_2027, {
      exceptions: [{ ...keepPriorSpecialRegional, appliesTo: [{}] }],
    });
    expect(category(evaluateEligibility(empty, fukushimaNeuro), 'special-regional').status).toBe('ineligible');
  });
});
