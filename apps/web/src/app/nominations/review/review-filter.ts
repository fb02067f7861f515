import { CandidateResponse, ReviewStatus } from '@renkei/contract';

export interface ReviewFilter {
  prefectureCode: string;
  status: ReviewStatus | '';
}

/** The rows matching the filter (empty values match everything). */
export function filterReviewRows(rows: readonly CandidateResponse[], filter: ReviewFilter): CandidateResponse[] {
  return rows.filter(
    (row) => (!filter.prefectureCode || row.prefectureCode === filter.prefectureCode) && (!filter.status || row.reviewStatus === filter.status),
  );
}

/** Rows a society can confirm: pending and eligible for at least one category. */
export function confirmable(row: CandidateResponse): boolean {
  return row.reviewStatus === 'pending' && row.eligibility.eligibleCategories.length > 0;
}

/** The selected rows that are still confirmable, as the bulk request lists them. */
export function bulkSelection(rows: readonly CandidateResponse[], selected: ReadonlySet<string>): { id: string; version: number }[] {
  return rows.filter((row) => selected.has(row.id) && confirmable(row)).map((row) => ({ id: row.id, version: row.version }));
}
