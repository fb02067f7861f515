import { ImportSummaryResponse } from '@renkei/contract';
import { ValidationFailedException } from '../common/http/validation.exception';

/** What the database already holds under an imported dataset's code. */
export type ExistingDataset = 'none' | 'same-figures' | 'other-figures';

/**
 * Datasets never change once imported: the same figures again are a no-op, other figures under an
 * existing code are refused (a new code is a new dataset). `label` names the new dataset for people.
 */
export function immutableDatasetSummary(code: string, rows: number, values: number, existing: ExistingDataset, label: string): ImportSummaryResponse {
  if (existing === 'other-figures') {
    throw new ValidationFailedException({
      code: [`dataset ${code} already exists with other figures; datasets do not change once imported: use a new code`],
    });
  }
  return existing === 'same-figures'
    ? {
        rows,
        created: 0,
        updated: 0,
        unchanged: values,
        description: `Dataset ${code} is already imported with these figures; committing changes nothing.`,
      }
    : { rows, created: values, updated: 0, unchanged: 0, description: label };
}

/** The answer to a commit that finds the dataset already there (e.g. the same preview committed twice). */
export function alreadyImported(code: string, values: number): ImportSummaryResponse {
  return { rows: values, created: 0, updated: 0, unchanged: values, description: `Dataset ${code} was already imported; nothing changed.` };
}

/** Compares two lists of rows as sets of keys. */
export function sameRows<T>(a: readonly T[], b: readonly T[], key: (row: T) => string): boolean {
  return a.map(key).sort().join('|') === b.map(key).sort().join('|');
}
