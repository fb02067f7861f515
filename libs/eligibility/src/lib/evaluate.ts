import { combineOutcomes } from './combine';
import { evaluateCondition, needsFacility } from './conditions/evaluate-condition';
import type { ConditionEnv, ConditionEvaluation, PrefectureTarget } from './conditions/condition-env';
import type { FacilityContext } from './context.types';
import { indexDatasets, type DatasetIndex } from './dataset-index';
import type { Dataset } from './dataset.types';
import type { EligibilityException } from './exception.types';
import { exceptionReason, findWaiver, namedFacilityCodes } from './exceptions';
import { makeReason, summaryReason, type ReasonScope } from './messages';
import type { SpecialtyRecord } from './reference.types';
import type { CategoryDecision, ConditionResult, EligibilityResult, Reason } from './result.types';
import type { CategoryRule, Condition, DatasetSelection, RuleSet } from './rule-set.types';

export type { PrefectureTarget } from './conditions/condition-env';

export interface EvaluationInput {
  readonly ruleSet: RuleSet;
  /** Sufficiency and ceiling datasets; the rule set (or `datasetSelection`) picks by code. */
  readonly datasets: readonly Dataset[];
  /** Needed for ceiling exemptions and specialty names in messages. */
  readonly specialties?: readonly SpecialtyRecord[];
  readonly exceptions?: readonly EligibilityException[];
  /** Overrides the rule set's dataset codes (e.g. a round that reads another dataset). */
  readonly datasetSelection?: Partial<DatasetSelection>;
}

/** Prefecture-level decision: what p. 12 lists. Facility-level conditions are left pending. */
export interface PrefectureResult {
  readonly ruleSetId: string;
  readonly recruitmentYear: number;
  readonly prefectureCode: string;
  readonly specialtyCode: string;
  readonly categories: readonly CategoryDecision[];
}

export interface Evaluator {
  readonly evaluate: (context: FacilityContext) => EligibilityResult;
  /** Exceptions are facility-specific and are not applied here. */
  readonly evaluatePrefecture: (target: PrefectureTarget) => PrefectureResult;
}

function decide(
  ruleSet: RuleSet,
  category: CategoryRule,
  results: readonly ConditionResult[],
  exceptionReasons: readonly Reason[],
): CategoryDecision {
  const status = combineOutcomes(results.map((r) => r.outcome));
  return {
    categoryCode: category.code,
    label: category.label,
    nameJa: category.nameJa,
    nameEn: category.nameEn,
    status,
    minRotationMonths: category.minRotationMonths,
    conditions: results,
    reasons: [summaryReason(ruleSet, category, status), ...results.flatMap((r) => r.reasons), ...exceptionReasons],
    exceptionIds: results.flatMap((r) => (r.waivedByExceptionId ? [r.waivedByExceptionId] : [])),
  };
}

function conditionResult(condition: Condition, evaluation: ConditionEvaluation, waivedBy?: string): ConditionResult {
  return {
    conditionId: condition.id,
    kind: condition.kind,
    level: condition.level,
    outcome: waivedBy ? 'pass' : evaluation.outcome,
    rawOutcome: evaluation.outcome,
    ...(waivedBy ? { waivedByExceptionId: waivedBy } : {}),
    reasons: evaluation.reasons,
  };
}

/** Memo entries an evaluator keeps before starting afresh, so a long-lived one stays bounded. */
const MEMO_LIMIT = 50_000;

/** Length-prefixed, so free text (a nomination reason, an exception id) cannot make two memo keys collide. */
function text(value: string | null | undefined): string {
  return value == null ? '-' : `${value.length}:${value}`;
}

function list(values: readonly string[] | undefined): string {
  return values ? `${values.length}[${values.map(text).join('')}]` : '-';
}

function flag(value: boolean | null | undefined): string {
  return value === true ? 't' : value === false ? 'f' : 'n';
}

function memoised<T>(memo: Map<string, T>, key: string, compute: () => T): T {
  const found = memo.get(key);
  if (found) return found;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const value = deepFreeze(compute());
  memo.set(key, value);
  return value;
}

/** Memoised decisions are shared by every context with the same key, so nobody may change them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Indexes the datasets once; the returned functions evaluate any number of contexts. */
export function createEvaluator(input: EvaluationInput): Evaluator {
  const { ruleSet } = input;
  const index: DatasetIndex = indexDatasets(input.datasets);
  const selection: DatasetSelection = {
    sufficiency: input.datasetSelection?.sufficiency ?? ruleSet.datasets.sufficiency,
    ceiling: input.datasetSelection?.ceiling ?? ruleSet.datasets.ceiling,
  };
  const specialties = new Map((input.specialties ?? []).map((s) => [s.code, s]));
  const exceptions = input.exceptions ?? [];
  const plans = ruleSet.categories.map((category) => ({
    category,
    steps: category.conditions.map((condition) => {
      const scope: ReasonScope = {
        ruleSetId: ruleSet.id,
        categoryCode: category.code,
        conditionId: condition.id,
      };
      const env: ConditionEnv = { ruleSet, index, selection, specialties, scope };
      return { condition, scope, env };
    }),
  }));
  // The facility code changes a decision only through an exception selector that names it.
  const namedFacilities = new Set(namedFacilityCodes(exceptions));
  const facilityMemo = new Map<string, readonly CategoryDecision[]>();
  const prefectureMemo = new Map<string, PrefectureResult>();

  /** Everything the conditions and exceptions read from a context, except its key. */
  const facilityMemoKey = (context: FacilityContext): string =>
    `${text(context.specialtyCode)}${text(context.prefectureCode)}${text(context.secondaryAreaCode)}` +
    `${flag(context.scarceArea)}${flag(context.scarceSpot)}${flag(context.previousHost)}` +
    `${text(context.nomination?.status)}${text(context.nomination?.reason)}` +
    `${list(context.previousHostCategories)}${list(context.grantedExceptionIds)}` +
    (context.facilityCode && namedFacilities.has(context.facilityCode) ? text(context.facilityCode) : '-');

  const decideFacility = (context: FacilityContext): CategoryDecision[] =>
    plans.map(({ category, steps }) => {
      const exceptionReasons: Reason[] = [];
      const results = steps.map(({ condition, scope, env }) => {
        const evaluation = evaluateCondition(condition, env, context, context);
        if (evaluation.outcome === 'pass') return conditionResult(condition, evaluation);
        const waiver = findWaiver(exceptions, ruleSet, category, condition, context);
        if (!waiver) return conditionResult(condition, evaluation);
        exceptionReasons.push(exceptionReason(scope, waiver, condition));
        return conditionResult(condition, evaluation, waiver.id);
      });
      return decide(ruleSet, category, results, exceptionReasons);
    });

  const evaluate = (context: FacilityContext): EligibilityResult => ({
    key: context.key ?? null,
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    recruitmentYear: ruleSet.recruitmentYear,
    datasets: selection,
    facilityCode: context.facilityCode ?? null,
    prefectureCode: context.prefectureCode,
    specialtyCode: context.specialtyCode,
    categories: memoised(facilityMemo, facilityMemoKey(context), () => decideFacility(context)),
  });

  const decidePrefecture = (target: PrefectureTarget): PrefectureResult => ({
    ruleSetId: ruleSet.id,
    recruitmentYear: ruleSet.recruitmentYear,
    prefectureCode: target.prefectureCode,
    specialtyCode: target.specialtyCode,
    categories: plans.map(({ category, steps }) => {
      const results = steps.map(({ condition, scope, env }) => {
        if (condition.level === 'facility') {
          return conditionResult(condition, {
            outcome: 'pending',
            reasons: [
              makeReason(
                scope,
                'FACILITY_CONDITION_REMAINS',
                `施設単位の条件「${condition.nameJa}」は施設ごとに判定する`,
                `Facility-level condition "${condition.nameEn}" is decided per facility`,
              ),
            ],
          });
        }
        if (needsFacility(condition)) {
          return conditionResult(condition, {
            outcome: 'unknown',
            reasons: [
              makeReason(
                scope,
                'CONDITION_NEEDS_FACILITY',
                `条件「${condition.nameJa}」は施設の情報が必要なため都道府県単位では判定できない`,
                `Condition "${condition.nameEn}" needs facility data and cannot be decided per prefecture`,
              ),
            ],
          });
        }
        const blank: FacilityContext = {
          ...target,
          scarceArea: null,
          scarceSpot: null,
        };
        return conditionResult(condition, evaluateCondition(condition, env, target, blank));
      });
      return decide(ruleSet, category, results, []);
    }),
  });

  const evaluatePrefecture = (target: PrefectureTarget): PrefectureResult =>
    memoised(prefectureMemo, `${text(target.prefectureCode)}${text(target.specialtyCode)}`, () =>
      decidePrefecture({ prefectureCode: target.prefectureCode, specialtyCode: target.specialtyCode }),
    );

  return { evaluate, evaluatePrefecture };
}

export function evaluateEligibility(input: EvaluationInput, context: FacilityContext): EligibilityResult {
  return createEvaluator(input).evaluate(context);
}

/** Evaluates many contexts with the datasets indexed once. */
export function evaluateMany(input: EvaluationInput, contexts: readonly FacilityContext[]): EligibilityResult[] {
  const { evaluate } = createEvaluator(input);
  return contexts.map(evaluate);
}

export function evaluatePrefecture(input: EvaluationInput, target: PrefectureTarget): PrefectureResult {
  return createEvaluator(input).evaluatePrefecture(target);
}
