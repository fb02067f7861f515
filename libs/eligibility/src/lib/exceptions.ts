import type { FacilityContext } from './context.types';
import type { EligibilityException, ExceptionSelector } from './exception.types';
import { makeReason, type ReasonScope } from './messages';
import type { Reason } from './result.types';
import type { CategoryRule, Condition, RuleSet } from './rule-set.types';

/** Facility codes some exception names: the only facility codes that can change a decision. */
export function namedFacilityCodes(exceptions: readonly EligibilityException[]): string[] {
  return [...new Set(exceptions.flatMap((exception) => exception.appliesTo.flatMap((selector) => selector.facilityCodes ?? [])))];
}

function selectorMatches(selector: ExceptionSelector, context: FacilityContext): boolean {
  const checks: boolean[] = [];
  if (selector.facilityCodes) checks.push(!!context.facilityCode && selector.facilityCodes.includes(context.facilityCode));
  if (selector.prefectureCodes) checks.push(selector.prefectureCodes.includes(context.prefectureCode));
  if (selector.specialtyCodes) checks.push(selector.specialtyCodes.includes(context.specialtyCode));
  if (selector.previousHostOfCategories) {
    const held = context.previousHostCategories ?? [];
    checks.push(selector.previousHostOfCategories.some((c) => held.includes(c)));
  }
  return checks.length > 0 && checks.every(Boolean);
}

export function exceptionCovers(exception: EligibilityException, ruleSet: RuleSet, category: CategoryRule, context: FacilityContext): boolean {
  if (!exception.recruitmentYears.includes(ruleSet.recruitmentYear)) return false;
  if (exception.ruleSetIds && !exception.ruleSetIds.includes(ruleSet.id)) return false;
  if (!exception.categoryCodes.includes(category.code)) return false;
  if (context.grantedExceptionIds?.includes(exception.id)) return true;
  return exception.appliesTo.some((s) => selectorMatches(s, context));
}

function waives(exception: EligibilityException, condition: Condition): boolean {
  const effect = exception.effect;
  return !!effect.conditionKinds?.includes(condition.kind) || !!effect.conditionIds?.includes(condition.id);
}

/** The first exception (in list order) that covers the context and waives the condition. */
export function findWaiver(
  exceptions: readonly EligibilityException[],
  ruleSet: RuleSet,
  category: CategoryRule,
  condition: Condition,
  context: FacilityContext,
): EligibilityException | undefined {
  return exceptions.find((e) => waives(e, condition) && exceptionCovers(e, ruleSet, category, context));
}

export function exceptionReason(scope: ReasonScope, exception: EligibilityException, condition: Condition): Reason {
  return makeReason(
    scope,
    'EXCEPTION_APPLIED',
    `経過措置「${exception.nameJa}」（${exception.id}、出典: ${exception.sourceNote}）により、条件「${condition.nameJa}」を満たすものとして扱う`,
    `Transitional exception "${exception.nameEn}" (${exception.id}; source: ${exception.sourceNote}) treats the condition "${condition.nameEn}" as met`,
    { exceptionId: exception.id, sourceNote: exception.sourceNote },
  );
}
