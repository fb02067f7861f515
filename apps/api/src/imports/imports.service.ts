import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ImportKind, ImportPreviewResponse, ImportSummaryResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { ValidationFailedException } from '../common/http/validation.exception';
import { TableIssue } from '../common/tabular/tabular-file';
import { ImportBatch } from './import-batch.entity';
import { Importer, IMPORTERS, ImportUpload } from './importer';
import { ImportsErrorCode, ImportsException } from './imports.exception';

/** Upload → preview (every issue, nothing changed) → commit (all rows in one transaction, or none). */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(IMPORTERS) private readonly importers: Importer[],
    private readonly audit: AuditService,
  ) {}

  async preview(kind: string, upload: ImportUpload, user: CurrentUserContext): Promise<ImportPreviewResponse> {
    const repeated = Object.entries(upload.fields as Record<string, unknown>).filter(([, value]) => typeof value !== 'string');
    if (repeated.length > 0) {
      throw new ValidationFailedException(Object.fromEntries(repeated.map(([name]) => [name, [`give ${name} once, as text`]])));
    }
    const importer = this.importerFor(kind, user);
    const plan = await importer.plan(upload, this.dataSource.manager, user);
    const batch = await this.dataSource.getRepository(ImportBatch).save({
      kind: importer.kind,
      fileName: upload.fileName,
      sha256: createHash('sha256').update(upload.content).digest('hex'),
      status: 'previewed',
      issues: plan.issues,
      summary: plan.summary,
      payload: plan.issues.length === 0 ? plan.payload : null,
      createdByUserId: user.id,
      committedAt: null,
    });
    return toResponse(batch);
  }

  async get(id: string, user: CurrentUserContext): Promise<ImportPreviewResponse> {
    return toResponse(await this.findVisible(id, user));
  }

  /** Applies a clean preview exactly once; committing it again changes nothing. */
  async commit(id: string, user: CurrentUserContext, ipAddress: string | null): Promise<ImportPreviewResponse> {
    await this.findVisible(id, user);
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOneOrFail(ImportBatch, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (batch.status === 'committed') {
        return toResponse(batch);
      }
      if (batch.issues.length > 0) {
        throw new ImportsException(ImportsErrorCode.HasIssues, 'This file has problems; fix them and upload it again. Nothing was imported.');
      }
      const importer = this.importerFor(batch.kind, user);
      const summary = await importer.commit(batch.payload ?? {}, manager, user);
      await manager.update(
        ImportBatch,
        { id },
        {
          status: 'committed',
          summary,
          committedAt: new Date(),
          payload: null,
        },
      );
      await this.audit.record(
        {
          action: 'import.committed',
          actorUserId: user.id,
          actorEmail: user.email,
          entityType: 'import',
          entityId: id,
          after: { kind: batch.kind, fileName: batch.fileName, ...summary },
          ipAddress,
        },
        manager,
      );
      return toResponse(await manager.findOneByOrFail(ImportBatch, { id }));
    });
  }

  private importerFor(kind: string, user: CurrentUserContext): Importer {
    const importer = this.importers.find((candidate) => candidate.kind === kind);
    if (!importer) {
      throw new ImportsException(ImportsErrorCode.UnknownKind, `There is no import of kind ${kind}.`);
    }
    if (!importer.mayImport(user)) {
      throw new ImportsException(ImportsErrorCode.NotAllowed, 'Your role cannot make this import.');
    }
    return importer;
  }

  /** Only the person who uploaded it (or the JMSB) sees an import; others get 404. */
  private async findVisible(id: string, user: CurrentUserContext): Promise<ImportBatch> {
    const batch = await this.dataSource.getRepository(ImportBatch).findOneBy({ id });
    if (!batch || (batch.createdByUserId !== user.id && !user.roles.some((role) => role.role === 'jmsb'))) {
      throw new ImportsException(ImportsErrorCode.NotFound, 'No such import.');
    }
    return batch;
  }
}

function toResponse(batch: ImportBatch): ImportPreviewResponse {
  return {
    id: batch.id,
    kind: batch.kind as ImportKind,
    fileName: batch.fileName,
    status: batch.status,
    issues: batch.issues as TableIssue[],
    summary: batch.summary as ImportSummaryResponse,
    createdAt: batch.createdAt.toISOString(),
    committedAt: batch.committedAt?.toISOString() ?? null,
  };
}
