import type { ConditionOutcome, EligibilityStatus } from './result.types';

/** Any fail → ineligible; else any unknown → undetermined; else any pending → conditional; else eligible. */
export function combineOutcomes(outcomes: readonly ConditionOutcome[]): EligibilityStatus {
  if (outcomes.includes('fail')) return 'ineligible';
  if (outcomes.includes('unknown')) return 'undetermined';
  if (outcomes.includes('pending')) return 'conditional';
  return 'eligible';
}

/** Worst first, for a condition that gathers several sub-results. */
export function worstOutcome(outcomes: readonly ConditionOutcome[]): ConditionOutcome {
  const order: readonly ConditionOutcome[] = ['fail', 'unknown', 'pending', 'pass'];
  return order.find((o) => outcomes.includes(o)) ?? 'pass';
}
