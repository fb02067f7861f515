import { Injectable } from '@nestjs/common';
import {
  AcceptConnectionRequest,
  ConnectionCommentRequest,
  DeclineConnectionRequest,
  ProgramResponse,
  RecruitmentResultRequest,
  RotationRecordRequest,
} from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditRecord, AuditService } from '../audit/audit.service';
import { Facility } from '../facilities/facility.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { placesAccepted } from './capacity';
import { ConnectionComment } from './entities/connection-comment.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { ProgramNotifier } from './program-notifier.service';
import { Program } from './entities/program.entity';
import { RotationRecord } from './entities/rotation-record.entity';
import { isBaseUser, isHostUser, isPrefectureOfficer } from './program-scope';
import { toProgramResponses } from './program-views';
import { visibleProgram } from './programs.service';
import {
  illegalTransition,
  invalidProgram,
  outOfScope,
  programNotFound,
  ProgramsErrorCode,
  ProgramsException,
  versionConflict,
} from './programs.exception';

interface Step {
  manager: EntityManager;
  program: Program;
  request: ConnectionRequest;
}

/**
 * The steps of a connection request after registration: the host answers, the base withdraws,
 * anyone concerned comments, the base records rotations. Each step is one audited transaction.
 */
@Injectable()
export class ConnectionRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: ProgramNotifier,
  ) {}

  accept(actor: CurrentUserContext, programId: string, requestId: string, body: AcceptConnectionRequest, ip: string | null) {
    return this.step(actor, programId, requestId, ip, async ({ manager, program, request }) => {
      if (!isHostUser(actor, request.hostFacilityId)) {
        throw outOfScope('Only the host facility asked can accept this request.');
      }
      // The published host row is the ledger's lock: concurrent accepts for one host queue here.
      const ledger = await manager.findOneOrFail(PublishedHost, { where: { id: request.publishedHostId }, lock: { mode: 'pessimistic_write' } });
      const current = await lockRequest(manager, request.id, body.version);
      if (current.status !== 'pending') {
        throw illegalTransition(`This request is ${current.status}: only a pending request can be accepted.`);
      }
      const minimum = program.decisions.find((decision) => decision.hostFacilityId === current.hostFacilityId)?.result.minimumRotationMonths ?? 0;
      const errors: Record<string, string[]> = {};
      if (body.places > current.placesRequested) {
        errors['places'] = [`You can accept at most the ${current.placesRequested} places requested.`];
      }
      if (body.months < minimum) {
        errors['months'] = [`Each resident must stay at least ${minimum} months in this category; ${body.months} is too short.`];
      }
      if (Object.keys(errors).length > 0) {
        throw invalidProgram(errors);
      }
      const taken = await placesAccepted(manager, ledger.id);
      if (taken + body.places > ledger.acceptableNumber) {
        throw new ProgramsException(
          ProgramsErrorCode.NoCapacityLeft,
          `No capacity left (${taken} of ${ledger.acceptableNumber} places taken): this host cannot accept ${body.places} more.`,
        );
      }
      const before = snapshot(current);
      Object.assign(current, { status: 'accepted', placesAccepted: body.places, monthsAccepted: body.months, respondedAt: new Date() });
      await manager.save(current);
      await this.notifier.notify(manager, 'accepted', program, current, actor);
      return { action: 'connection-request.accepted', before, after: snapshot(current) };
    });
  }

  decline(actor: CurrentUserContext, programId: string, requestId: string, body: DeclineConnectionRequest, ip: string | null) {
    return this.step(actor, programId, requestId, ip, async ({ manager, program, request }) => {
      if (!isHostUser(actor, request.hostFacilityId)) {
        throw outOfScope('Only the host facility asked can decline this request.');
      }
      const current = await lockRequest(manager, request.id, body.version);
      if (current.status !== 'pending') {
        throw illegalTransition(`This request is ${current.status}: only a pending request can be declined.`);
      }
      const before = snapshot(current);
      Object.assign(current, { status: 'declined', declineReason: body.reason.trim(), respondedAt: new Date() });
      await manager.save(current);
      await this.notifier.notify(manager, 'declined', program, current, actor);
      return { action: 'connection-request.declined', before, after: snapshot(current) };
    });
  }

  withdraw(actor: CurrentUserContext, programId: string, requestId: string, version: number, ip: string | null) {
    return this.step(actor, programId, requestId, ip, async ({ manager, program, request }) => {
      if (!isBaseUser(actor, program.baseFacilityId)) {
        throw outOfScope('Only the base facility of the program can withdraw its requests.');
      }
      // Same lock order as accepting (ledger row, then request), so the two never deadlock.
      await manager.findOneOrFail(PublishedHost, { where: { id: request.publishedHostId }, lock: { mode: 'pessimistic_write' } });
      const current = await lockRequest(manager, request.id, version);
      if (current.status !== 'pending' && current.status !== 'accepted') {
        throw illegalTransition(`This request is ${current.status}: only a pending or accepted request can be withdrawn.`);
      }
      const before = snapshot(current);
      current.status = 'withdrawn';
      await manager.save(current);
      return { action: 'connection-request.withdrawn', before, after: snapshot(current) };
    });
  }

  comment(actor: CurrentUserContext, programId: string, requestId: string, body: ConnectionCommentRequest, ip: string | null) {
    return this.step(actor, programId, requestId, ip, async ({ manager, program, request }) => {
      const base = await manager.findOneByOrFail(Facility, { id: program.baseFacilityId });
      const host = await manager.findOneByOrFail(Facility, { id: request.hostFacilityId });
      const concerned =
        isBaseUser(actor, base.id) ||
        isHostUser(actor, host.id) ||
        isPrefectureOfficer(actor, base.prefectureCode) ||
        isPrefectureOfficer(actor, host.prefectureCode);
      if (!concerned) {
        throw outOfScope('Only the two facilities and their prefectures can comment on this request.');
      }
      const saved = await manager.save(
        manager.create(ConnectionComment, { requestId: request.id, authorUserId: actor.id, authorEmail: actor.email, comment: body.comment.trim() }),
      );
      await this.notifier.notify(manager, 'commented', program, request, actor, { comment: saved.comment });
      return { action: 'connection-request.commented', before: null, after: { commentId: saved.id, comment: saved.comment } };
    });
  }

  recordRotation(actor: CurrentUserContext, programId: string, requestId: string, body: RotationRecordRequest, ip: string | null) {
    return this.step(actor, programId, requestId, ip, async ({ manager, program, request }) => {
      if (!isBaseUser(actor, program.baseFacilityId)) {
        throw outOfScope('Only the base facility of the program can record rotations.');
      }
      const current = await manager.findOneOrFail(ConnectionRequest, { where: { id: request.id }, lock: { mode: 'pessimistic_write' } });
      if (current.status !== 'accepted') {
        throw illegalTransition(`This request is ${current.status}: rotations are recorded only on accepted requests.`);
      }
      const errors: Record<string, string[]> = {};
      if (!isDate(body.startedOn)) {
        errors['startedOn'] = ['startedOn must be a real date such as 2027-04-01'];
      }
      if (body.endedOn && !isDate(body.endedOn)) {
        errors['endedOn'] = ['endedOn must be a real date such as 2028-03-31'];
      } else if (body.endedOn && body.endedOn < body.startedOn) {
        errors['endedOn'] = ['endedOn must not be before startedOn'];
      }
      if (Object.keys(errors).length > 0) {
        throw invalidProgram(errors);
      }
      const recorded = await manager.countBy(RotationRecord, { requestId: current.id });
      if (recorded >= (current.placesAccepted ?? 0)) {
        throw illegalTransition(`All ${current.placesAccepted ?? 0} accepted places already have a rotation recorded.`);
      }
      const saved = await manager.save(
        manager.create(RotationRecord, {
          requestId: current.id,
          residentLabel: body.residentLabel.trim(),
          startedOn: body.startedOn,
          endedOn: body.endedOn ?? null,
          recordedBy: actor.id,
        }),
      );
      return { action: 'rotation.recorded', before: null, after: { rotationId: saved.id, ...body } };
    });
  }

  recordResult(actor: CurrentUserContext, programId: string, body: RecruitmentResultRequest, ip: string | null): Promise<ProgramResponse> {
    return this.dataSource.transaction(async (manager) => {
      const visible = await visibleProgram(manager, actor, programId);
      if (!isBaseUser(actor, visible.baseFacilityId)) {
        throw outOfScope('Only the base facility of the program can record its recruitment result.');
      }
      const program = await manager.findOneOrFail(Program, { where: { id: programId }, lock: { mode: 'pessimistic_write' } });
      if (program.version !== body.version) {
        throw versionConflict('program');
      }
      if (body.recruited > program.places) {
        throw invalidProgram({ recruited: [`The program recruits at most ${program.places} residents.`] });
      }
      const before = { recruited: program.recruited };
      program.recruited = body.recruited;
      await manager.save(program);
      await this.audit.record(
        {
          ...(await auditScope(manager, actor, program, ip)),
          action: 'program.result-recorded',
          entityType: 'program',
          entityId: program.id,
          before,
          after: { recruited: body.recruited },
        },
        manager,
      );
      return this.response(manager, program.id, actor);
    });
  }

  private step(
    actor: CurrentUserContext,
    programId: string,
    requestId: string,
    ip: string | null,
    change: (step: Step) => Promise<{ action: string; before: Record<string, unknown> | null; after: Record<string, unknown> }>,
  ): Promise<ProgramResponse> {
    return this.dataSource.transaction(async (manager) => {
      const program = await visibleProgram(manager, actor, programId);
      const request = await manager.findOneBy(ConnectionRequest, { id: requestId, programId: program.id });
      if (!request) {
        throw programNotFound();
      }
      const { action, before, after } = await change({ manager, program, request });
      await this.audit.record(
        {
          ...(await auditScope(manager, actor, program, ip)),
          action,
          entityType: 'connection-request',
          entityId: request.id,
          facilityId: request.hostFacilityId,
          before,
          after,
        },
        manager,
      );
      return this.response(manager, program.id, actor);
    });
  }

  private async response(manager: EntityManager, programId: string, viewer: CurrentUserContext): Promise<ProgramResponse> {
    const [response] = await toProgramResponses(manager, [await manager.findOneByOrFail(Program, { id: programId })], viewer);
    return response as ProgramResponse;
  }
}

async function lockRequest(manager: EntityManager, requestId: string, version: number): Promise<ConnectionRequest> {
  const request = await manager.findOneOrFail(ConnectionRequest, { where: { id: requestId }, lock: { mode: 'pessimistic_write' } });
  if (request.version !== version) {
    throw versionConflict('request');
  }
  return request;
}

function snapshot(request: ConnectionRequest): Record<string, unknown> {
  const { status, placesAccepted, monthsAccepted, declineReason } = request;
  return { status, placesAccepted, monthsAccepted, declineReason };
}

async function auditScope(
  manager: EntityManager,
  actor: CurrentUserContext,
  program: Program,
  ipAddress: string | null,
): Promise<Omit<AuditRecord, 'action'>> {
  const base = await manager.findOneByOrFail(Facility, { id: program.baseFacilityId });
  return {
    actorUserId: actor.id,
    actorEmail: actor.email,
    prefectureCode: base.prefectureCode,
    specialtyCode: program.specialtyCode,
    facilityId: base.id,
    ipAddress,
  };
}

function isDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
