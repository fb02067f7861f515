import {
  createEvaluator,
  evaluateEligibility,
  evaluatePrefecture,
  RULE_SET_2026,
  RULE_SET_2027,
  type CategoryCode,
  type EligibilityException,
  type FacilityContext,
  type Nomination,
  type RuleSet,
} from '../index';
import { facility, input } from '../testing/fixtures';
import { category } from '../testing/helpers';

const waiveSufficiency = { kind: 'waive-conditions', conditionKinds: ['sufficiency-at-most'] } as const;
const exceptions: EligibilityException[] = [
  {
    id: 'prior-special-regional',
    nameJa: '前年度までの特別地域連携先',
    nameEn: 'Prior special regional hosts',
    sourceNote: 'test sample',
    recruitmentYears: [2026, 2027],
    categoryCodes: ['special-regional'],
    appliesTo: [{ previousHostOfCategories: ['special-regional'] }],
    effect: waiveSufficiency,
  },
  {
    id: 'named-facility',
    nameJa: '指定施設',
    nameEn: 'Named facility',
    sourceNote: 'test sample',
    recruitmentYears: [2026, 2027],
    categoryCodes: ['special-regional'],
    appliesTo: [{ facilityCodes: ['F-NAMED'] }],
    effect: { kind: 'waive-conditions', conditionKinds: ['in-scarce-area-or-spot', 'nominated-by-prefecture'] },
  },
  {
    id: 'granted-only',
    nameJa: '個別付与',
    nameEn: 'Granted one by one',
    sourceNote: 'test sample',
    recruitmentYears: [2026, 2027],
    categoryCodes: ['prefecture-limited', 'special-regional'],
    appliesTo: [],
    effect: waiveSufficiency,
  },
];

// Tokyo (many), Aomori scarce and not scarce, Chiba, Fukushima.
const areaCodes = ['1308', '0204', '0201', '1206', '0707'];
const prefectureCodes = ['02', '12', '13'];
const specialtyCodes = ['internal-medicine', 'pediatrics', 'neurosurgery', 'surgery'];
const flags = [true, false, null];
const nominations: (Nomination | undefined)[] = [
  undefined,
  { status: 'pending' },
  { status: 'nominated' },
  { status: 'nominated', reason: '地域の拠点' },
  { status: 'nominated', reason: '救急の受け入れ' },
  { status: 'declined' },
];
const priorCategories: (CategoryCode[] | undefined)[] = [undefined, ['special-regional'], ['prefecture-limited']];
const granted: (string[] | undefined)[] = [undefined, ['granted-only'], ['other']];
const facilityCodes = [undefined, 'F-NAMED', 'F-OTHER-1', 'F-OTHER-2'];

/** Deterministic batch from small value sets, so many contexts differ from another in a single field. */
function batch(size: number): FacilityContext[] {
  let state = 7;
  const pick = <T>(values: readonly T[]): T => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return values[Math.floor((state / 2 ** 32) * values.length)] as T;
  };
  return Array.from({ length: size }, (_, i) => {
    const located = facility({ secondaryAreaCode: pick(areaCodes), specialtyCode: pick(specialtyCodes) });
    const prefectureOnly = pick([false, true]);
    return {
      ...located,
      ...(prefectureOnly ? { secondaryAreaCode: null, prefectureCode: pick(prefectureCodes) } : {}),
      key: `row-${i}`,
      facilityCode: pick(facilityCodes),
      scarceArea: pick(flags),
      scarceSpot: pick(flags),
      nomination: pick(nominations),
      previousHost: pick([true, false]),
      previousHostCategories: pick(priorCategories),
      grantedExceptionIds: pick(granted),
    };
  });
}

describe.each<[string, RuleSet]>([
  ['2026', RULE_SET_2026],
  ['2027', RULE_SET_2027],
])('memoised evaluation (%s)', (_year, ruleSet) => {
  const evaluation = input(ruleSet, { exceptions });

  it('gives the same result as a fresh evaluator for every context of a varied batch', () => {
    const contexts = batch(3_000);
    const evaluator = createEvaluator(evaluation);
    const memoised = contexts.map(evaluator.evaluate);
    const distinct = new Set(memoised.map((r) => r.categories));
    // The batch repeats decisions (the memo is used) but not so much that it hides a missing key field.
    expect(distinct.size).toBeLessThan(contexts.length);
    expect(distinct.size).toBeGreaterThan(500);
    contexts.forEach((context, i) => expect(memoised[i]).toEqual(evaluateEligibility(evaluation, context)));
  });

  it('shares one frozen decision between contexts that differ only in key and unnamed facility code', () => {
    const evaluator = createEvaluator(evaluation);
    const first = evaluator.evaluate(facility({ key: 'a', facilityCode: 'F-OTHER-1', secondaryAreaCode: '0204', specialtyCode: 'pediatrics' }));
    const second = evaluator.evaluate(facility({ key: 'b', facilityCode: 'F-OTHER-2', secondaryAreaCode: '0204', specialtyCode: 'pediatrics' }));
    expect(second.categories).toBe(first.categories);
    expect([first.key, first.facilityCode]).toEqual(['a', 'F-OTHER-1']);
    expect([second.key, second.facilityCode]).toEqual(['b', 'F-OTHER-2']);
    expect(Object.isFrozen(first.categories[0]?.reasons[0])).toBe(true);
  });
});

describe('memo key', () => {
  it('applies a facility-code exception only to the named facility, whichever is evaluated first', () => {
    const evaluator = createEvaluator(input(RULE_SET_2026, { exceptions }));
    const inTsugaru = (facilityCode: string, key: string) =>
      evaluator.evaluate(facility({ key, facilityCode, secondaryAreaCode: '0201', specialtyCode: 'internal-medicine' }));
    const before = inTsugaru('F-OTHER-1', 'before');
    const named = inTsugaru('F-NAMED', 'named');
    const after = inTsugaru('F-OTHER-2', 'after');
    expect(category(named, 'special-regional')).toMatchObject({ status: 'eligible', exceptionIds: ['named-facility'] });
    for (const other of [before, after]) expect(category(other, 'special-regional')).toMatchObject({ status: 'ineligible', exceptionIds: [] });
  });

  it('gives each nomination reason its own reason text', () => {
    const evaluator = createEvaluator(input(RULE_SET_2027));
    const nominated = (reason: string) =>
      evaluator.evaluate(facility({ secondaryAreaCode: '0201', specialtyCode: 'internal-medicine', nomination: { status: 'nominated', reason } }));
    const texts = ['地域の拠点', '救急の受け入れ'].map((reason) =>
      category(nominated(reason), 'special-regional').reasons.find((r) => r.code === 'NOMINATION_REASON_RECORDED'),
    );
    expect(texts.map((r) => r?.messageJa)).toEqual(['選定理由を記録済み: 地域の拠点', '選定理由を記録済み: 救急の受け入れ']);
  });

  it('keeps the secondary area in the reason text', () => {
    const evaluator = createEvaluator(input(RULE_SET_2026));
    const messages = ['0201', '0202'].map(
      (secondaryAreaCode) =>
        category(evaluator.evaluate(facility({ secondaryAreaCode, specialtyCode: 'internal-medicine', scarceArea: false })), 'special-regional')
          .reasons[2]?.messageEn,
    );
    expect(messages).toEqual([
      'Not located in a physician-scarce area or spot (secondary medical area 0201)',
      'Not located in a physician-scarce area or spot (secondary medical area 0202)',
    ]);
  });
});

describe('memoised evaluatePrefecture', () => {
  it('answers per prefecture × specialty as a fresh evaluator does', () => {
    const evaluator = createEvaluator(input(RULE_SET_2026));
    const targets = ['02', '12', '13'].flatMap((prefectureCode) => specialtyCodes.map((specialtyCode) => ({ prefectureCode, specialtyCode })));
    for (const target of [...targets, ...targets])
      expect(evaluator.evaluatePrefecture(target)).toEqual(evaluatePrefecture(input(RULE_SET_2026), target));
    expect(evaluator.evaluatePrefecture({ prefectureCode: '02', specialtyCode: 'pediatrics' })).toBe(
      evaluator.evaluatePrefecture({ prefectureCode: '02', specialtyCode: 'pediatrics' }),
    );
  });
});
