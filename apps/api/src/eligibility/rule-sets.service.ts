import { Injectable } from '@nestjs/common';
import { CreateRuleSetRequest, RuleSetResponse } from '@renkei/contract';
import { validateRuleSet } from '@renkei/eligibility';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { AUDIT_ACTIONS } from './eligibility.constants';
import { EligibilityDataService } from './eligibility-data.service';
import { EligibilityErrorCode, EligibilityException, unknownReference } from './eligibility.exception';
import { normalizeRuleSet, ruleSetShapeIssues } from './definition-shape';
import { RuleSetRecord } from './entities/rule-set.entity';

const UNIQUE_VIOLATION = '23505';

/** Rule set versions: list, read, create drafts, activate (one active per year). */
@Injectable()
export class RuleSetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly data: EligibilityDataService,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<RuleSetResponse[]> {
    const records = await this.dataSource.manager.find(RuleSetRecord, {
      order: { recruitmentYear: 'ASC', version: 'ASC' },
    });
    return records.map(toResponse);
  }

  async get(id: string): Promise<RuleSetResponse> {
    return toResponse(await this.findOrFail(id, this.dataSource.manager));
  }

  /** A new draft version for the year, checked for shape, then by the engine's `validateRuleSet`, then for known datasets. */
  async createDraft(request: CreateRuleSetRequest, actor: CurrentUserContext, ipAddress: string | null): Promise<RuleSetResponse> {
    const shape = ruleSetShapeIssues(request.definition);
    if (Object.keys(shape).length > 0) throw invalid(shape);
    return this.dataSource.transaction(async (manager) => {
      // Serialise version numbering per year.
      await manager.query('SELECT pg_advisory_xact_lock($1, $2)', [7_324_502, request.recruitmentYear]);
      const latest = await manager.findOne(RuleSetRecord, {
        where: { recruitmentYear: request.recruitmentYear },
        order: { version: 'DESC' },
      });
      const version = (latest?.version ?? 0) + 1;
      const definition = normalizeRuleSet(request.definition, {
        id: `recruitment-${request.recruitmentYear}-v${version}`,
        version,
        recruitmentYear: request.recruitmentYear,
      });
      const issues: Record<string, string[]> = {};
      for (const issue of validateRuleSet(definition)) (issues[`definition.${issue.path}`] ??= []).push(`${issue.code}: ${issue.message}`);
      if (Object.keys(issues).length > 0) throw new EligibilityException(EligibilityErrorCode.RuleSetInvalid, 'The rule set is not valid.', issues);
      const missing: Record<string, string[]> = {};
      for (const code of definition.datasets.sufficiency)
        if (!(await this.data.sufficiencyDatasetExists(code)))
          (missing['definition.datasets.sufficiency'] ??= []).push(`${code} is not a known sufficiency dataset`);
      for (const code of definition.datasets.ceiling)
        if (!(await this.data.ceilingDatasetExists(code)))
          (missing['definition.datasets.ceiling'] ??= []).push(`${code} is not a known ceiling dataset`);
      if (Object.keys(missing).length > 0) throw unknownReference(missing);

      const record = manager.create(RuleSetRecord, {
        recruitmentYear: request.recruitmentYear,
        version,
        status: 'draft',
        definition,
        sourceNote: definition.sourceNote,
        createdBy: actor.id,
        activatedAt: null,
      });
      await manager.save(record);
      await this.audit.record(
        {
          action: AUDIT_ACTIONS.ruleSetCreated,
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'rule_set',
          entityId: record.id,
          before: null,
          after: snapshot(record),
          ipAddress,
        },
        manager,
      );
      return toResponse(record);
    });
  }

  /** In one transaction: retire the year's active version, activate this one, audit before → after. */
  async activate(id: string, actor: CurrentUserContext, ipAddress: string | null): Promise<RuleSetResponse> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const target = await this.findOrFail(id, manager, true);
        if (target.status === 'active')
          throw new EligibilityException(EligibilityErrorCode.RuleSetAlreadyActive, `Rule set ${id} is already active.`);
        const previous = await manager.findOne(RuleSetRecord, {
          where: { recruitmentYear: target.recruitmentYear, status: 'active' },
          lock: { mode: 'pessimistic_write' },
        });
        if (previous) await manager.update(RuleSetRecord, { id: previous.id }, { status: 'retired' });
        const activatedAt = new Date();
        await manager.update(RuleSetRecord, { id: target.id }, { status: 'active', activatedAt });
        const after = { ...target, status: 'active' as const, activatedAt };
        await this.audit.record(
          {
            action: AUDIT_ACTIONS.ruleSetActivated,
            actorUserId: actor.id,
            actorEmail: actor.email,
            entityType: 'rule_set',
            entityId: target.id,
            before: {
              previousActive: previous ? snapshot(previous) : null,
              target: snapshot(target),
            },
            after: {
              active: snapshot(after),
              retired: previous ? { ...snapshot(previous), status: 'retired' } : null,
            },
            ipAddress,
          },
          manager,
        );
        return toResponse(after);
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new EligibilityException(
          EligibilityErrorCode.ActivationConflict,
          'Another rule set of this year was activated at the same time; reload and retry.',
        );
      }
      throw error;
    }
  }

  private async findOrFail(id: string, manager: EntityManager, lock = false): Promise<RuleSetRecord> {
    const record = await manager.findOne(RuleSetRecord, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!record) throw new EligibilityException(EligibilityErrorCode.RuleSetNotFound, `Rule set ${id} does not exist.`);
    return record;
  }
}

function invalid(issues: Record<string, string[]>): EligibilityException {
  const prefixed = Object.fromEntries(
    Object.entries(issues).map(([path, messages]) => [`definition${path.startsWith('[') ? '' : '.'}${path}`, messages]),
  );
  return new EligibilityException(EligibilityErrorCode.RuleSetInvalid, 'The rule set is not valid.', prefixed);
}

function snapshot(record: RuleSetRecord): Record<string, unknown> {
  return {
    id: record.id,
    recruitmentYear: record.recruitmentYear,
    version: record.version,
    status: record.status,
    definitionId: record.definition.id,
    activatedAt: record.activatedAt?.toISOString() ?? null,
  };
}

function toResponse(record: RuleSetRecord): RuleSetResponse {
  return {
    id: record.id,
    definitionId: record.definition.id,
    recruitmentYear: record.recruitmentYear,
    version: record.version,
    nameJa: record.definition.nameJa,
    nameEn: record.definition.nameEn,
    sourceNote: record.sourceNote,
    status: record.status,
    definition: record.definition,
    createdAt: record.createdAt.toISOString(),
    createdBy: record.createdBy,
    activatedAt: record.activatedAt?.toISOString() ?? null,
  };
}
