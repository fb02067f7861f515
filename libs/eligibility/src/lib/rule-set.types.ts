/** Category codes as used over HTTP. */
export type CategoryCode = 'connection' | 'prefecture-limited' | 'special-regional';

export const CATEGORY_CODES: readonly CategoryCode[] = ['connection', 'prefecture-limited', 'special-regional'];

/**
 * `prefecture`: decided by datasets for the prefecture × specialty (what p. 12 lists).
 * `facility`: depends on the facility (designation, nomination); only these may be pending.
 */
export type ConditionLevel = 'prefecture' | 'facility';

interface ConditionBase {
  /** Unique within the rule set. */
  readonly id: string;
  readonly level: ConditionLevel;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly sourceNote?: string;
}

/** The host's prefecture is not under the recruitment ceiling for the specialty. */
export interface NotUnderCeilingCondition extends ConditionBase {
  readonly kind: 'not-under-ceiling';
}

/** Ratio ≤ threshold in any of the rule set's sufficiency datasets. */
export interface SufficiencyAtMostCondition extends ConditionBase {
  readonly kind: 'sufficiency-at-most';
  readonly threshold: number;
  /** Per-specialty thresholds replacing the default, e.g. { pediatrics: 0.8 }. */
  readonly specialtyThresholds: Readonly<Record<string, number>>;
}

/** The facility lies in a physician-scarce area (医師少数区域) or, if allowed, a scarce spot. */
export interface ScarceLocationCondition extends ConditionBase {
  readonly kind: 'in-scarce-area-or-spot';
  readonly includeSpots: boolean;
}

/** The prefecture nominated the facility as a candidate host. */
export interface NominatedByPrefectureCondition extends ConditionBase {
  readonly kind: 'nominated-by-prefecture';
  /** Outside a scarce area the prefecture must record why it nominated the facility. */
  readonly reasonRequiredOutsideScarceArea: boolean;
  /** Whether a scarce spot counts as a scarce area for the reason requirement. */
  readonly spotsCountAsScarceArea: boolean;
  /** Prior hosts are default candidates: reported, but the nomination is still needed. */
  readonly priorHostsAreDefaultCandidates: boolean;
}

export type Condition = NotUnderCeilingCondition | SufficiencyAtMostCondition | ScarceLocationCondition | NominatedByPrefectureCondition;

export type ConditionKind = Condition['kind'];

export interface CategoryRule {
  readonly code: CategoryCode;
  /** ①, ②, ③, ①', ②' */
  readonly label: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly minRotationMonths: number;
  /** Table precedence: a prefecture is listed once, under the highest rank it reaches (③ before ②). */
  readonly rank: number;
  readonly conditions: readonly Condition[];
  readonly sourceNote: string;
}

/**
 * Dataset codes a rule set reads (the caller may override them for a round or a what-if).
 * Sufficiency: "any of" (e.g. the 2016-or-2018 rule). Ceiling: rows for the rule set's year.
 */
export interface DatasetSelection {
  readonly sufficiency: readonly string[];
  readonly ceiling: readonly string[];
}

export interface RuleSet {
  readonly id: string;
  readonly version: number;
  readonly recruitmentYear: number;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly sourceNote: string;
  readonly datasets: DatasetSelection;
  readonly categories: readonly CategoryRule[];
}
