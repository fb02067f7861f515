import type { EligibilityResult, EligibilityStatus } from './result.types';
import type { CategoryCode } from './rule-set.types';

export type DecisionChangeKind = 'gained' | 'lost' | 'became-undetermined' | 'changed';

export interface DecisionChange {
  readonly key: string;
  readonly categoryCode: CategoryCode;
  /** null: the category or the key is absent on that side. */
  readonly before: EligibilityStatus | null;
  readonly after: EligibilityStatus | null;
  readonly kind: DecisionChangeKind;
}

export interface DecisionDiff {
  readonly changes: readonly DecisionChange[];
  readonly gained: readonly DecisionChange[];
  readonly lost: readonly DecisionChange[];
  readonly becameUndetermined: readonly DecisionChange[];
  readonly unchanged: number;
}

/** The caller's key, else facility × prefecture × specialty. */
export function resultKey(result: EligibilityResult): string {
  return result.key ?? `${result.facilityCode ?? ''}|${result.prefectureCode}|${result.specialtyCode}`;
}

const positive = (s: EligibilityStatus | null): boolean => s === 'eligible' || s === 'conditional';

function classify(before: EligibilityStatus | null, after: EligibilityStatus | null): DecisionChangeKind {
  if (after === 'undetermined') return 'became-undetermined';
  if (positive(after) && !positive(before)) return 'gained';
  if (positive(before) && !positive(after)) return 'lost';
  return 'changed';
}

function statuses(results: readonly EligibilityResult[]): Map<string, EligibilityStatus> {
  const map = new Map<string, EligibilityStatus>();
  for (const result of results) {
    for (const decision of result.categories) map.set(`${resultKey(result)}\u0000${decision.categoryCode}`, decision.status);
  }
  return map;
}

/**
 * Compares two sets of decisions per key and category (e.g. before and after a dataset update).
 * gained: now eligible or conditional; lost: no longer; became-undetermined: the data no longer decides.
 */
export function diffDecisions(before: readonly EligibilityResult[], after: readonly EligibilityResult[]): DecisionDiff {
  const a = statuses(before);
  const b = statuses(after);
  const changes: DecisionChange[] = [];
  let unchanged = 0;
  for (const id of new Set([...a.keys(), ...b.keys()])) {
    const [key = '', categoryCode] = id.split('\u0000') as [string, CategoryCode];
    const was = a.get(id) ?? null;
    const now = b.get(id) ?? null;
    if (was === now) {
      unchanged += 1;
      continue;
    }
    changes.push({
      key,
      categoryCode,
      before: was,
      after: now,
      kind: classify(was, now),
    });
  }
  return {
    changes,
    gained: changes.filter((c) => c.kind === 'gained'),
    lost: changes.filter((c) => c.kind === 'lost'),
    becameUndetermined: changes.filter((c) => c.kind === 'became-undetermined'),
    unchanged,
  };
}
