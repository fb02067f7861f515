import { createEvaluator, diffDecisions, evaluateEligibility, evaluateMany, RULE_SET_2026, RULE_SET_2027, resultKey } from '../index';
import { areas, facility, input } from '../testing/fixtures';

const contexts = areas.flatMap((area) =>
  ['internal-medicine', 'pediatrics', 'neurosurgery', 'surgery'].map((specialtyCode) =>
    facility({
      secondaryAreaCode: area.code,
      specialtyCode,
      key: `${area.code}/${specialtyCode}`,
      nomination: { status: 'nominated', reason: '県の判断' },
    }),
  ),
);

describe('evaluateMany', () => {
  it('gives the same results as one-by-one evaluation, in order, with keys', () => {
    const many = evaluateMany(input(RULE_SET_2026), contexts);
    expect(many).toHaveLength(contexts.length);
    const sample = [0, 17, 501, contexts.length - 1];
    for (const i of sample) {
      const context = contexts[i];
      if (!context) throw new Error('missing context');
      expect(many[i]).toEqual(evaluateEligibility(input(RULE_SET_2026), context));
      expect(many[i]?.key).toBe(context.key);
    }
  });

  it('indexes datasets once: an evaluator keeps working on the data it was given', () => {
    const datasets = [...input(RULE_SET_2026).datasets];
    const evaluator = createEvaluator({ ...input(RULE_SET_2026), datasets });
    datasets.length = 0;
    const result = evaluator.evaluate(
      facility({
        secondaryAreaCode: '0204',
        specialtyCode: 'internal-medicine',
      }),
    );
    expect(result.categories.find((c) => c.categoryCode === 'prefecture-limited')?.status).toBe('eligible');
  });
});

describe('diffDecisions: 2026 ⇒ 2027', () => {
  const before = evaluateMany(input(RULE_SET_2026), contexts);
  const after = evaluateMany(input(RULE_SET_2027), contexts);
  const diff = diffDecisions(before, after);
  const change = (key: string, category: string) => diff.changes.find((c) => c.key === key && c.categoryCode === category);

  it('Chiba internal medicine gains the special regional category', () => {
    expect(change('1206/internal-medicine', 'special-regional')).toEqual({
      key: '1206/internal-medicine',
      categoryCode: 'special-regional',
      before: 'ineligible',
      after: 'eligible',
      kind: 'gained',
    });
    expect(diff.gained).toContainEqual(change('1206/internal-medicine', 'special-regional'));
  });

  it('Fukushima neurosurgery (≤ 0.7 ⇒ > 0.8) loses it', () => {
    expect(change('0707/neurosurgery', 'special-regional')).toMatchObject({
      before: 'eligible',
      after: 'ineligible',
      kind: 'lost',
    });
    expect(diff.lost).toContainEqual(change('0707/neurosurgery', 'special-regional'));
  });

  it('Aomori pediatrics (≤ 0.8 ⇒ > 0.8 at 0.9) becomes undetermined', () => {
    expect(change('0204/pediatrics', 'special-regional')).toMatchObject({
      before: 'eligible',
      after: 'undetermined',
      kind: 'became-undetermined',
    });
    expect(diff.becameUndetermined).toContainEqual(change('0204/pediatrics', 'special-regional'));
  });

  it('the dropped ② category shows as lost where it was eligible', () => {
    expect(change('0204/internal-medicine', 'prefecture-limited')).toMatchObject({ before: 'eligible', after: null, kind: 'lost' });
    expect(change('1308/internal-medicine', 'prefecture-limited')).toMatchObject({ before: 'ineligible', after: null, kind: 'changed' });
  });

  it('counts what did not change', () => {
    expect(diffDecisions(before, before)).toEqual({
      changes: [],
      gained: [],
      lost: [],
      becameUndetermined: [],
      unchanged: before.length * 3,
    });
    expect(diff.unchanged).toBeGreaterThan(0);
  });

  it('keys results without a caller key by facility, prefecture and specialty', () => {
    const result = evaluateEligibility(
      input(RULE_SET_2026),
      facility({
        secondaryAreaCode: '0204',
        specialtyCode: 'pediatrics',
        facilityCode: 'F1',
      }),
    );
    expect(resultKey(result)).toBe('F1|02|pediatrics');
  });
});
