import { RULE_SET_2027, type CategoryDecision, type ConditionResult } from '@renkei/eligibility';
import { eligibilityBreakReasons } from './eligibility-break-reasons';

const RULE = RULE_SET_2027.categories.find((category) => category.code === 'special-regional');
if (!RULE) throw new Error('2027 rules have no special-regional category');

const sufficiency = (outcome: ConditionResult['outcome']): ConditionResult => ({
  conditionId: 'special-regional.sufficiency',
  kind: 'sufficiency-at-most',
  level: 'prefecture',
  outcome,
  rawOutcome: outcome,
  reasons: [{ code: 'SUFFICIENCY_NOT_MET', messageJa: '充足率が0.8を超える', messageEn: 'Ratio above 0.8', datasetCode: '2022', value: '> 0.8' }],
});
const decision = (conditions: ConditionResult[]): CategoryDecision => ({
  categoryCode: 'special-regional',
  label: "②'",
  nameJa: '特別地域連携プログラム',
  nameEn: 'Special regional connection program',
  status: 'conditional',
  minRotationMonths: 12,
  conditions,
  reasons: [{ code: 'SUMMARY', messageJa: '', messageEn: '', ruleSetId: RULE_SET_2027.id }],
  exceptionIds: [],
});

describe('eligibilityBreakReasons', () => {
  it('names the prefecture-level condition that failed, with its dataset and value', () => {
    const reasons = eligibilityBreakReasons(decision([sufficiency('fail')]), RULE, { facilities: 5, undetermined: 0 });
    expect(reasons).toEqual([expect.objectContaining({ code: 'SUFFICIENCY_NOT_MET', datasetCode: '2022', value: '> 0.8' })]);
  });

  it('tells a prefecture without any facility that could host apart from one whose hosts fail the facility conditions', () => {
    const passed = decision([sufficiency('pass')]);
    expect(eligibilityBreakReasons(passed, RULE, { facilities: 0, undetermined: 0 })).toEqual([
      expect.objectContaining({ code: 'NO_HOST_FACILITY', ruleSetId: RULE_SET_2027.id, categoryCode: 'special-regional' }),
    ]);
    const none = eligibilityBreakReasons(passed, RULE, { facilities: 4, undetermined: 0 });
    expect(none).toEqual([expect.objectContaining({ code: 'NO_ELIGIBLE_HOST_FACILITY' })]);
    expect(none[0]?.messageEn).toContain('none of its 4 host facilities');
    // The facility-level conditions of the rule are named.
    for (const condition of RULE.conditions.filter((candidate) => candidate.level === 'facility')) {
      expect(none[0]?.messageJa).toContain(condition.nameJa);
    }
  });

  it('says when the facility-level conditions cannot be decided for some hosts', () => {
    const reasons = eligibilityBreakReasons(decision([sufficiency('pass')]), RULE, { facilities: 4, undetermined: 3 });
    expect(reasons).toEqual([expect.objectContaining({ code: 'FACILITY_CONDITIONS_UNDETERMINED' })]);
    expect(reasons[0]?.messageJa).toContain('受入施設3施設');
  });
});
