export const IMPORT_KINDS = ['sufficiency-dataset', 'ceiling-dataset', 'facilities'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type ImportStatus = 'previewed' | 'committed';

export interface ImportIssueResponse {
  file: string;
  line: number;
  column: number;
  columnName?: string;
  message: string;
}

/** What committing would do (preview) or did (committed). */
export interface ImportSummaryResponse {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** One line for people, e.g. "New dataset 2024: 611 values for 13 specialties". */
  description: string;
}

export interface ImportPreviewResponse {
  id: string;
  kind: ImportKind;
  fileName: string;
  status: ImportStatus;
  /** Every problem found; the import can be committed only when this is empty. */
  issues: ImportIssueResponse[];
  summary: ImportSummaryResponse;
  createdAt: string;
  committedAt: string | null;
}
