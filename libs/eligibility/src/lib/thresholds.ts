import type { CategoryCode, Condition, DatasetSelection, RuleSet } from './rule-set.types';

/** Replaces thresholds of a category's sufficiency conditions (all of them unless conditionId is given). */
export interface ThresholdOverride {
  readonly categoryCode: CategoryCode;
  readonly conditionId?: string;
  readonly threshold?: number;
  /** Merged over the existing per-specialty thresholds. */
  readonly specialtyThresholds?: Readonly<Record<string, number>>;
}

function applyOverride(condition: Condition, override: ThresholdOverride): Condition {
  if (condition.kind !== 'sufficiency-at-most') return condition;
  if (override.conditionId && override.conditionId !== condition.id) return condition;
  return {
    ...condition,
    threshold: override.threshold ?? condition.threshold,
    specialtyThresholds: {
      ...condition.specialtyThresholds,
      ...override.specialtyThresholds,
    },
  };
}

/** A copy of the rule set with thresholds overridden; the input is not touched. */
export function withThresholds(ruleSet: RuleSet, overrides: readonly ThresholdOverride[]): RuleSet {
  return {
    ...ruleSet,
    categories: ruleSet.categories.map((category) => {
      const mine = overrides.filter((o) => o.categoryCode === category.code);
      if (mine.length === 0) return category;
      return {
        ...category,
        conditions: category.conditions.map((c) => mine.reduce(applyOverride, c)),
      };
    }),
  };
}

/** A copy of the rule set reading other datasets. */
export function withDatasetSelection(ruleSet: RuleSet, selection: Partial<DatasetSelection>): RuleSet {
  return { ...ruleSet, datasets: { ...ruleSet.datasets, ...selection } };
}
