// Test-only accessors for results.
import type { CategoryCode, CategoryDecision, EligibilityResult } from '../index';

export function category(result: EligibilityResult, code: CategoryCode): CategoryDecision {
  const found = result.categories.find((c) => c.categoryCode === code);
  if (!found) throw new Error(`no category ${code} in ${result.ruleSetId}`);
  return found;
}

export function reasonCodes(decision: CategoryDecision): string[] {
  return decision.reasons.map((r) => r.code);
}
