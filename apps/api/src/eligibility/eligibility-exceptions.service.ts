import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { CreateEligibilityExceptionRequest, EligibilityExceptionResponse } from '@renkei/contract';
import { validateException } from '@renkei/eligibility';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from './eligibility.constants';
import { asException, exceptionShapeIssues } from './definition-shape';
import { EligibilityErrorCode, EligibilityException } from './eligibility.exception';
import { EligibilityExceptionRecord } from './entities/eligibility-exception.entity';

/** Transitional measures granted by the JMSB: list, create (validated, audited), deactivate (audited). */
@Injectable()
export class EligibilityExceptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<EligibilityExceptionResponse[]> {
    const records = await this.dataSource.manager.find(EligibilityExceptionRecord, { order: { createdAt: 'ASC' } });
    return records.map(toResponse);
  }

  async create(
    request: CreateEligibilityExceptionRequest,
    actor: CurrentUserContext,
    ipAddress: string | null,
  ): Promise<EligibilityExceptionResponse> {
    const shape = exceptionShapeIssues(request.definition);
    const prefix = (issues: Record<string, string[]>) => Object.fromEntries(Object.entries(issues).map(([path, m]) => [`definition.${path}`, m]));
    if (Object.keys(shape).length > 0)
      throw new EligibilityException(EligibilityErrorCode.ExceptionInvalid, 'The exception is not valid.', prefix(shape));
    const id = randomUUID();
    const definition = asException(request.definition, id);
    const issues: Record<string, string[]> = {};
    for (const issue of validateException(definition)) (issues[issue.path] ??= []).push(`${issue.code}: ${issue.message}`);
    if (Object.keys(issues).length > 0)
      throw new EligibilityException(EligibilityErrorCode.ExceptionInvalid, 'The exception is not valid.', prefix(issues));
    return this.dataSource.transaction(async (manager) => {
      const record = manager.create(EligibilityExceptionRecord, {
        id,
        definition,
        active: true,
        sourceNote: definition.sourceNote,
        createdBy: actor.id,
        deactivatedAt: null,
      });
      await manager.save(record);
      await this.audit.record(
        {
          action: AUDIT_ACTIONS.exceptionCreated,
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'eligibility_exception',
          entityId: id,
          before: null,
          after: { active: true, definition },
          ipAddress,
        },
        manager,
      );
      return toResponse(record);
    });
  }

  async deactivate(id: string, actor: CurrentUserContext, ipAddress: string | null): Promise<EligibilityExceptionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(EligibilityExceptionRecord, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!record) throw new EligibilityException(EligibilityErrorCode.ExceptionNotFound, `Exception ${id} does not exist.`);
      if (!record.active) throw new EligibilityException(EligibilityErrorCode.ExceptionAlreadyInactive, `Exception ${id} is already inactive.`);
      const deactivatedAt = new Date();
      await manager.update(EligibilityExceptionRecord, { id }, { active: false, deactivatedAt });
      await this.audit.record(
        {
          action: AUDIT_ACTIONS.exceptionDeactivated,
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'eligibility_exception',
          entityId: id,
          before: { active: true },
          after: { active: false, deactivatedAt: deactivatedAt.toISOString() },
          ipAddress,
        },
        manager,
      );
      return toResponse({ ...record, active: false, deactivatedAt });
    });
  }
}

function toResponse(record: EligibilityExceptionRecord): EligibilityExceptionResponse {
  return {
    id: record.id,
    active: record.active,
    sourceNote: record.sourceNote,
    definition: record.definition,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
  };
}
