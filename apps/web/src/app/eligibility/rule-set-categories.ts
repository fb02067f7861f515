import { EligibilityCategoryCode, RuleSetResponse } from '@renkei/contract';

/** A category as the rule set names it, with its sufficiency threshold(s) when it has such a condition. */
export interface RuleSetCategory {
  code: EligibilityCategoryCode;
  label: string;
  nameJa: string;
  nameEn: string;
  /** Default threshold of the `sufficiency-at-most` condition, or null when the category has none. */
  threshold: number | null;
  /** Per-specialty thresholds replacing the default (e.g. pediatrics). */
  specialtyThresholds: Record<string, number>;
}

interface DefinitionCategory {
  code: EligibilityCategoryCode;
  label: string;
  nameJa: string;
  nameEn: string;
  conditions: { kind: string; threshold?: number; specialtyThresholds?: Record<string, number> }[];
}

/** The categories of the year's active rule set, in rule-set order (empty while none is known). */
export function ruleSetCategories(ruleSets: readonly RuleSetResponse[], year: number): RuleSetCategory[] {
  const active = ruleSets.find((ruleSet) => ruleSet.recruitmentYear === year && ruleSet.status === 'active');
  const categories = (active?.definition as { categories?: DefinitionCategory[] } | undefined)?.categories ?? [];
  return categories.map((category) => {
    const sufficiency = category.conditions.find((condition) => condition.kind === 'sufficiency-at-most');
    return {
      code: category.code,
      label: category.label,
      nameJa: category.nameJa,
      nameEn: category.nameEn,
      threshold: sufficiency?.threshold ?? null,
      specialtyThresholds: { ...(sufficiency?.specialtyThresholds ?? {}) },
    };
  });
}
