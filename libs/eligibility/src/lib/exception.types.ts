import type { CategoryCode, ConditionKind } from './rule-set.types';

/** Who an exception covers: every field given must match (an empty selector matches nothing). */
export interface ExceptionSelector {
  readonly facilityCodes?: readonly string[];
  readonly prefectureCodes?: readonly string[];
  readonly specialtyCodes?: readonly string[];
  /** Facilities that were hosts of any of these categories up to the previous year. */
  readonly previousHostOfCategories?: readonly CategoryCode[];
}

/** Treat the targeted conditions as met (whatever their outcome) for the covered facilities. */
export interface WaiveConditionsEffect {
  readonly kind: 'waive-conditions';
  readonly conditionKinds?: readonly ConditionKind[];
  readonly conditionIds?: readonly string[];
}

export type ExceptionEffect = WaiveConditionsEffect;

/** A transitional measure (経過措置) granted by the JMSB, stored as a record. */
export interface EligibilityException {
  readonly id: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly sourceNote: string;
  readonly recruitmentYears: readonly number[];
  /** Omitted: any rule set of those years. */
  readonly ruleSetIds?: readonly string[];
  readonly categoryCodes: readonly CategoryCode[];
  /** Any selector matching is enough; a context may also list the exception as granted. */
  readonly appliesTo: readonly ExceptionSelector[];
  readonly effect: ExceptionEffect;
}
