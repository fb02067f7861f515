import { RuleSetResponse } from '@renkei/contract';
import type { RuleSet } from '@renkei/eligibility';

/** The engine's rule set stored in a version (the API validated it on creation). */
export function definitionOf(ruleSet: RuleSetResponse): RuleSet {
  return ruleSet.definition as RuleSet;
}

export interface RuleSetYear {
  year: number;
  versions: RuleSetResponse[];
}

/** Versions per recruitment year: latest year first, versions newest first. */
export function groupByYear(ruleSets: readonly RuleSetResponse[]): RuleSetYear[] {
  const years = [...new Set(ruleSets.map((ruleSet) => ruleSet.recruitmentYear))].sort((a, b) => b - a);
  return years.map((year) => ({
    year,
    versions: ruleSets.filter((ruleSet) => ruleSet.recruitmentYear === year).sort((a, b) => b.version - a.version),
  }));
}

export const STATUS_CHIP_CLASS: Record<RuleSetResponse['status'], string> = {
  active: 'rk-status rk-status--active',
  draft: 'rk-status rk-status--pending',
  retired: 'rk-status rk-status--inactive',
};
