import type { CategoryCode, ConditionKind, ConditionLevel, DatasetSelection } from './rule-set.types';

export type EligibilityStatus = 'eligible' | 'conditional' | 'ineligible' | 'undetermined';

/** pending: a facility-level step is left (e.g. the prefecture's nomination). */
export type ConditionOutcome = 'pass' | 'fail' | 'unknown' | 'pending';

export interface Reason {
  /** UPPER_SNAKE machine code. */
  readonly code: string;
  readonly messageJa: string;
  readonly messageEn: string;
  readonly ruleSetId?: string;
  readonly categoryCode?: CategoryCode;
  readonly conditionId?: string;
  readonly datasetCode?: string;
  readonly threshold?: number;
  /** Value or band as text: "≤ 0.7", "(0.7, 0.8]", "> 0.8", "0.73". */
  readonly value?: string;
  readonly exceptionId?: string;
  readonly sourceNote?: string;
}

export interface ConditionResult {
  readonly conditionId: string;
  readonly kind: ConditionKind;
  readonly level: ConditionLevel;
  /** After exceptions. */
  readonly outcome: ConditionOutcome;
  /** Before exceptions. */
  readonly rawOutcome: ConditionOutcome;
  readonly waivedByExceptionId?: string;
  readonly reasons: readonly Reason[];
}

export interface CategoryDecision {
  readonly categoryCode: CategoryCode;
  readonly label: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly status: EligibilityStatus;
  readonly minRotationMonths: number;
  readonly conditions: readonly ConditionResult[];
  /** Summary first, then each condition's reasons, then exceptions used. */
  readonly reasons: readonly Reason[];
  readonly exceptionIds: readonly string[];
}

export interface EligibilityResult {
  readonly key: string | null;
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
  readonly recruitmentYear: number;
  /** The dataset codes the decision read (after the caller's overrides). */
  readonly datasets: DatasetSelection;
  readonly facilityCode: string | null;
  readonly prefectureCode: string;
  readonly specialtyCode: string;
  readonly categories: readonly CategoryDecision[];
}
