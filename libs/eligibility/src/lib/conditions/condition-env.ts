import type { DatasetIndex } from '../dataset-index';
import type { ReasonScope } from '../messages';
import type { SpecialtyRecord } from '../reference.types';
import type { ConditionOutcome, Reason } from '../result.types';
import type { DatasetSelection, RuleSet } from '../rule-set.types';

/** What a condition evaluation may read besides its own record. */
export interface ConditionEnv {
  readonly ruleSet: RuleSet;
  readonly index: DatasetIndex;
  readonly selection: DatasetSelection;
  readonly specialties: ReadonlyMap<string, SpecialtyRecord>;
  readonly scope: ReasonScope;
}

export interface PrefectureTarget {
  readonly prefectureCode: string;
  readonly specialtyCode: string;
}

export interface ConditionEvaluation {
  readonly outcome: ConditionOutcome;
  readonly reasons: readonly Reason[];
}
