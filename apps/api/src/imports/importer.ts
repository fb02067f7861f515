import { ImportKind, ImportSummaryResponse } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { TableIssue } from '../common/tabular/tabular-file';

export interface ImportUpload {
  fileName: string;
  content: Buffer;
  /** Form fields sent with the file (e.g. a dataset's code and names). */
  fields: Record<string, string>;
}

export interface ImportPlan<Payload extends object> {
  payload: Payload;
  issues: TableIssue[];
  summary: ImportSummaryResponse;
}

/**
 * One kind of import. `plan` validates everything and changes nothing; `commit` applies a clean
 * plan inside the caller's transaction, and must change nothing when the data is already there.
 */
export interface Importer<Payload extends object = object> {
  readonly kind: ImportKind;
  mayImport(user: CurrentUserContext): boolean;
  plan(upload: ImportUpload, manager: EntityManager, user: CurrentUserContext): Promise<ImportPlan<Payload>>;
  commit(payload: Payload, manager: EntityManager, user: CurrentUserContext): Promise<ImportSummaryResponse>;
}

export const IMPORTERS = Symbol('IMPORTERS');
