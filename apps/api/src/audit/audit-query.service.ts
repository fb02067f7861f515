import { Injectable } from '@nestjs/common';
import { AuditEntryResponse, AuditQuery, PageResponse } from '@renkei/contract';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { toCsv } from '../common/tabular/csv-writer';
import { AuditEntry } from './audit-entry.entity';

const EXPORT_LIMIT = 50_000;

@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(viewer: CurrentUserContext, query: AuditQuery): Promise<PageResponse<AuditEntryResponse>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    const [entries, total] = await this.visibleEntries(viewer, query)
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: entries.map(toResponse), total, page, pageSize };
  }

  async exportCsv(viewer: CurrentUserContext, query: AuditQuery): Promise<string> {
    const entries = await this.visibleEntries(viewer, query).take(EXPORT_LIMIT).getMany();
    return toCsv(
      ['occurred_at_utc', 'actor', 'action', 'entity_type', 'entity_id', 'prefecture', 'specialty', 'facility', 'before', 'after'],
      entries.map((entry) => [
        entry.occurredAt.toISOString(),
        entry.actorEmail,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.prefectureCode,
        entry.specialtyCode,
        entry.facilityId,
        entry.before ? JSON.stringify(entry.before) : null,
        entry.after ? JSON.stringify(entry.after) : null,
      ]),
    );
  }

  /** The JMSB sees everything; everyone else the entries about their scopes plus their own actions. */
  private visibleEntries(viewer: CurrentUserContext, query: AuditQuery): SelectQueryBuilder<AuditEntry> {
    const builder = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('entry')
      .orderBy('entry.occurredAt', 'DESC')
      .addOrderBy('entry.id', 'DESC');
    if (query.action) {
      builder.andWhere(query.action.endsWith('.') ? 'entry.action LIKE :action' : 'entry.action = :action', {
        action: query.action.endsWith('.') ? `${query.action}%` : query.action,
      });
    }
    if (viewer.roles.some((role) => role.role === 'jmsb')) {
      return builder;
    }
    const scopes = (field: 'prefectureCode' | 'specialtyCode' | 'facilityId') => viewer.roles.flatMap((role) => (role[field] ? [role[field]] : []));
    return builder.andWhere(
      new Brackets((where) => {
        where.where('entry.actorUserId = :self', { self: viewer.id });
        for (const [field, values] of [
          ['prefectureCode', scopes('prefectureCode')],
          ['specialtyCode', scopes('specialtyCode')],
          ['facilityId', scopes('facilityId')],
        ] as const) {
          if (values.length > 0) {
            where.orWhere(`entry.${field} IN (:...${field})`, {
              [field]: values,
            });
          }
        }
      }),
    );
  }
}

function toResponse(entry: AuditEntry): AuditEntryResponse {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    actorEmail: entry.actorEmail,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before,
    after: entry.after,
    prefectureCode: entry.prefectureCode,
    specialtyCode: entry.specialtyCode,
    facilityId: entry.facilityId,
  };
}
