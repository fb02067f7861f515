import { Injectable } from '@nestjs/common';
import { CreateProgramRequest, ProgramListQuery, ProgramResponse } from '@renkei/contract';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { FacilityEvaluationService } from '../eligibility/facility-evaluation.service';
import { Facility } from '../facilities/facility.entity';
import { Candidate } from '../nominations/entities/candidate.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { Program } from './entities/program.entity';
import { ProgramNotifier } from './program-notifier.service';
import { isBaseUser, ProgramScope, programScopeOf } from './program-scope';
import { toProgramResponses } from './program-views';
import { invalidProgram, outOfScope, programNotFound } from './programs.exception';

/** Registers connection programs (one request per host) and shows them to whoever they concern. */
@Injectable()
export class ProgramsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evaluation: FacilityEvaluationService,
    private readonly notifier: ProgramNotifier,
  ) {}

  async create(actor: CurrentUserContext, body: CreateProgramRequest, ipAddress: string | null): Promise<ProgramResponse> {
    if (!isBaseUser(actor, body.baseFacilityId)) {
      throw outOfScope('You can register a program only in the name of your own base facility.');
    }
    return this.dataSource.transaction(async (manager) => {
      const base = await manager.findOneBy(Facility, { id: body.baseFacilityId });
      if (!base || !base.isBase) {
        throw invalidProgram({ baseFacilityId: ['This facility is not registered as a base facility, so it cannot register programs.'] });
      }
      const round = await manager.findOneBy(NominationRound, { recruitmentYear: body.recruitmentYear, status: 'published' });
      if (!round) {
        throw invalidProgram({
          recruitmentYear: [`The ${body.recruitmentYear} nomination round is not published yet: hosts can be asked once the JMSB publishes it.`],
        });
      }
      const hosts = await this.checkHosts(manager, round, base, body);
      const program = await manager.save(
        manager.create(Program, {
          roundId: round.id,
          baseFacilityId: base.id,
          recruitmentYear: round.recruitmentYear,
          specialtyCode: body.specialtyCode,
          categoryCode: body.categoryCode,
          places: body.places,
          decisions: hosts.map((host) => ({ hostFacilityId: host.published.facilityId, result: host.decision })),
          contactName: body.contactName.trim(),
          contactEmail: body.contactEmail?.trim() || null,
          contactPhone: body.contactPhone.trim(),
          recruited: null,
          createdBy: actor.id,
        }),
      );
      const requests = await manager.save(
        hosts.map((host) =>
          manager.create(ConnectionRequest, {
            programId: program.id,
            publishedHostId: host.published.id,
            hostFacilityId: host.published.facilityId,
            placesRequested: host.places,
            monthsRequested: host.months,
            status: 'pending',
          }),
        ),
      );
      await this.audit.record(
        {
          action: 'program.registered',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'program',
          entityId: program.id,
          after: { ...body, roundId: round.id },
          prefectureCode: base.prefectureCode,
          specialtyCode: program.specialtyCode,
          facilityId: base.id,
          ipAddress,
        },
        manager,
      );
      for (const request of requests) {
        await this.notifier.notify(manager, 'requested', program, request, actor);
      }
      const [response] = await toProgramResponses(manager, [program], actor);
      return response as ProgramResponse;
    });
  }

  async list(actor: CurrentUserContext, query: ProgramListQuery): Promise<ProgramResponse[]> {
    const scope = programScopeOf(actor);
    if (query.prefecture && !scope.all && !scope.prefectureCodes.includes(query.prefecture)) {
      throw outOfScope('You can list only the programs of your own prefecture.');
    }
    const manager = this.dataSource.manager;
    const builder = visiblePrograms(manager, scope).orderBy('program.createdAt', 'DESC').addOrderBy('program.id', 'ASC');
    if (query.year !== undefined) {
      builder.andWhere('program.recruitment_year = :year', { year: query.year });
    }
    if (query.specialty) {
      builder.andWhere('program.specialty_code = :specialty', { specialty: query.specialty });
    }
    if (query.prefecture) {
      builder.andWhere(touchesPrefectures(':...filterPrefectures'), { filterPrefectures: [query.prefecture] });
    }
    return toProgramResponses(manager, await builder.getMany(), actor);
  }

  async get(actor: CurrentUserContext, programId: string): Promise<ProgramResponse> {
    const manager = this.dataSource.manager;
    const program = await visibleProgram(manager, actor, programId);
    const [response] = await toProgramResponses(manager, [program], actor);
    return response as ProgramResponse;
  }

  /** Every host must be published for the program's specialty and category, and meet the minimum rotation. */
  private async checkHosts(manager: EntityManager, round: NominationRound, base: Facility, body: CreateProgramRequest) {
    const ids = body.hosts.map((host) => host.hostFacilityId);
    const published = await manager.findBy(PublishedHost, {
      roundId: round.id,
      specialtyCode: body.specialtyCode,
      categoryCode: body.categoryCode,
      facilityId: In(ids),
    });
    const facilities = await manager.findBy(Facility, { id: In(ids) });
    const evaluator = await this.evaluation.evaluatorFor(round.ruleSetId, manager);
    const candidates = await manager.findBy(Candidate, { id: In(published.map((row) => row.candidateId)) });
    const errors: Record<string, string[]> = {};
    const accepted: { published: PublishedHost; places: number; months: number; decision: ReturnType<typeof evaluator.facility>[number] }[] = [];
    for (const [index, host] of body.hosts.entries()) {
      const field = `hosts.${index}`;
      if (ids.indexOf(host.hostFacilityId) !== index) {
        errors[`${field}.hostFacilityId`] = ['This host is already listed: list each host once.'];
        continue;
      }
      if (host.hostFacilityId === base.id) {
        errors[`${field}.hostFacilityId`] = ['A base facility cannot be its own host.'];
        continue;
      }
      const row = published.find((item) => item.facilityId === host.hostFacilityId);
      const facility = facilities.find((item) => item.id === host.hostFacilityId);
      if (!row || !facility) {
        errors[`${field}.hostFacilityId`] = [
          `This facility is not a published host for ${body.specialtyCode} (${body.categoryCode}) in the ${round.recruitmentYear} round.`,
        ];
        continue;
      }
      const candidate = candidates.find((item) => item.id === row.candidateId);
      const scarceArea = await manager.existsBy(PhysicianScarceDesignation, { areaCode: facility.secondaryMedicalAreaCode, physicianScarce: true });
      const scarceSpot = await manager.existsBy(PhysicianScarceSpot, {
        prefectureCode: facility.prefectureCode,
        municipality: facility.municipality,
      });
      // Evaluated as the host pages do: being published is the nomination, with the prefecture's reason.
      const decision = evaluator
        .facility({
          key: row.id,
          facilityCode: facility.facilityCode,
          specialtyCode: body.specialtyCode,
          prefectureCode: facility.prefectureCode,
          secondaryAreaCode: facility.secondaryMedicalAreaCode,
          scarceArea,
          scarceSpot,
          nomination: { status: 'nominated', reason: candidate?.reasonOutsideScarce.trim() || null },
          previousHost: candidate?.previousHost ?? false,
        })
        .find((result) => result.category === body.categoryCode);
      if (!decision) {
        errors['categoryCode'] = [`The ${round.recruitmentYear} rules have no category ${body.categoryCode}.`];
        continue;
      }
      if (host.months < decision.minimumRotationMonths) {
        errors[`${field}.months`] = [
          `A ${decision.nameEn} rotation must be at least ${decision.minimumRotationMonths} months at the host; ${host.months} is too short.`,
        ];
        continue;
      }
      accepted.push({ published: row, places: host.places, months: host.months, decision });
    }
    const hostPlaces = body.hosts.reduce((sum, host) => sum + host.places, 0);
    if (hostPlaces < body.places) {
      errors['hosts'] = [`The hosts take ${hostPlaces} residents but the program recruits ${body.places}: every resident needs a host.`];
    }
    if (Object.keys(errors).length > 0) {
      throw invalidProgram(errors);
    }
    return accepted;
  }
}

/** Programs a person may see: JMSB all; facilities their own programs or requests; prefectures those touching them. */
export function visiblePrograms(manager: EntityManager, scope: ProgramScope): SelectQueryBuilder<Program> {
  const builder = manager.createQueryBuilder(Program, 'program');
  if (scope.all) {
    return builder;
  }
  const clauses: string[] = [];
  if (scope.baseFacilityIds.length) {
    clauses.push('program.base_facility_id IN (:...baseFacilityIds)');
  }
  if (scope.hostFacilityIds.length) {
    clauses.push('EXISTS (SELECT 1 FROM connection_request own WHERE own.program_id = program.id AND own.host_facility_id IN (:...hostFacilityIds))');
  }
  if (scope.prefectureCodes.length) {
    clauses.push(touchesPrefectures(':...prefectureCodes'));
  }
  return builder.where(clauses.length ? `(${clauses.join(' OR ')})` : 'FALSE', {
    baseFacilityIds: scope.baseFacilityIds,
    hostFacilityIds: scope.hostFacilityIds,
    prefectureCodes: scope.prefectureCodes,
  });
}

/** The base or any host of the program lies in one of the prefectures. */
function touchesPrefectures(parameter: string): string {
  return `(EXISTS (SELECT 1 FROM facility base WHERE base.id = program.base_facility_id AND base.prefecture_code IN (${parameter}))
    OR EXISTS (SELECT 1 FROM connection_request asked JOIN facility host ON host.id = asked.host_facility_id
      WHERE asked.program_id = program.id AND host.prefecture_code IN (${parameter})))`;
}

/** The program if the person may see it; otherwise 404, so ids of others’ programs reveal nothing. */
export async function visibleProgram(manager: EntityManager, actor: CurrentUserContext, programId: string): Promise<Program> {
  const program = await visiblePrograms(manager, programScopeOf(actor)).andWhere('program.id = :programId', { programId }).getOne();
  if (!program) {
    throw programNotFound();
  }
  return program;
}
