import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: string;
  actorUserId?: string | null;
  actorEmail?: string | null;
  entityType?: string;
  entityId?: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  prefectureCode?: string | null;
  specialtyCode?: string | null;
  facilityId?: string | null;
  ipAddress?: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes in the caller's transaction when given its manager, so the entry commits with the change. */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const values = {
      action: entry.action,
      actorUserId: entry.actorUserId ?? null,
      actorEmail: entry.actorEmail ?? null,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
      prefectureCode: entry.prefectureCode ?? null,
      specialtyCode: entry.specialtyCode ?? null,
      facilityId: entry.facilityId ?? null,
      ipAddress: entry.ipAddress ?? null,
    };
    // jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
    await manager.insert(AuditEntry, values as QueryDeepPartialEntity<AuditEntry>);
  }
}
