import { Injectable } from '@nestjs/common';
import {
  AcceptablePeriod,
  CompilationResponse,
  EligibilityCategoryCode,
  ExpectedPlacesRequest,
  OpenRoundRequest,
  RoundResponse,
  SubmissionOverview,
} from '@renkei/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { EligibilityDataService } from '../eligibility/eligibility-data.service';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { FacilityEvaluationService } from '../eligibility/facility-evaluation.service';
import { Facility } from '../facilities/facility.entity';
import { HostAlertsService } from '../host-alerts/host-alerts.service';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { CandidateViewsService, NOMINATED_CATEGORY } from './candidate-views.service';
import { Candidate } from './entities/candidate.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PrefectureSubmission } from './entities/prefecture-submission.entity';
import { PublishedHost } from './entities/published-host.entity';
import { NOMINATION_PATHS, NominationNotifier } from './nomination-notifier.service';
import { illegalTransition, NominationsErrorCode, NominationsException, versionConflict } from './nominations.exception';
import { toRoundResponse } from './round-response';

/** The JMSB's side of a round: open, expected places, compilation, sending to societies, publication. */
@Injectable()
export class RoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: NominationNotifier,
    private readonly eligibilityData: EligibilityDataService,
    private readonly evaluation: FacilityEvaluationService,
    private readonly candidateViews: CandidateViewsService,
    private readonly hostAlerts: HostAlertsService,
    private readonly listings: HostListingIndexer,
  ) {}

  async list(): Promise<RoundResponse[]> {
    const rounds = await this.dataSource.getRepository(NominationRound).find({ relations: { ruleSet: true }, order: { recruitmentYear: 'DESC' } });
    return rounds.map((round) => toRoundResponse(round, round.ruleSet as RuleSetRecord));
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<RoundResponse> {
    const round = await findRound(manager, id);
    return toRoundResponse(round, await manager.findOneByOrFail(RuleSetRecord, { id: round.ruleSetId }));
  }

  /**
   * Opens the year's round under the active rule set version, creates every prefecture's draft list
   * (pre-filled with last round's hosts and host facilities in scarce areas), and asks prefectures
   * and societies by e-mail.
   */
  async open(actor: CurrentUserContext, request: OpenRoundRequest, ipAddress: string | null): Promise<RoundResponse> {
    const prefectureDeadline = new Date(request.prefectureDeadline);
    const societyDeadline = new Date(request.societyDeadline);
    const errors: Record<string, string[]> = {};
    if (prefectureDeadline.getTime() <= Date.now()) errors['prefectureDeadline'] = ['the prefectures’ deadline must be in the future'];
    if (societyDeadline <= prefectureDeadline) errors['societyDeadline'] = ['the societies’ deadline must come after the prefectures’ deadline'];
    if (Object.keys(errors).length > 0) {
      throw new NominationsException(NominationsErrorCode.InvalidDeadlines, 'Check the deadlines.', errors);
    }
    return this.dataSource.transaction(async (manager) => {
      const ruleSet = await this.eligibilityData.findActiveRuleSet(request.recruitmentYear, manager);
      if (!ruleSet) {
        throw new NominationsException(NominationsErrorCode.NoActiveRuleSet, `No rule set is active for ${request.recruitmentYear}.`, {
          recruitmentYear: [`activate a rule set for ${request.recruitmentYear} before opening its round`],
        });
      }
      if (await manager.existsBy(NominationRound, { recruitmentYear: request.recruitmentYear })) {
        throw new NominationsException(NominationsErrorCode.RoundExists, `The ${request.recruitmentYear} round is already open.`, {
          recruitmentYear: [`a round for ${request.recruitmentYear} already exists`],
        });
      }
      const round = await manager.save(
        manager.create(NominationRound, {
          recruitmentYear: request.recruitmentYear,
          ruleSetId: ruleSet.id,
          status: 'collecting',
          prefectureDeadline,
          societyDeadline,
          message: request.message.trim(),
          expectedPlaces: {},
          openedBy: actor.id,
        }),
      );
      const prefectures = await manager.find(Prefecture, { order: { code: 'ASC' } });
      const submissions = await manager.save(
        prefectures.map((prefecture) =>
          manager.create(PrefectureSubmission, { roundId: round.id, prefectureCode: prefecture.code, status: 'draft' }),
        ),
      );
      const prefilled = await this.prefill(manager, round, submissions);
      await this.audit.record(
        {
          action: 'nomination-round.opened',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'nomination-round',
          entityId: round.id,
          after: {
            recruitmentYear: round.recruitmentYear,
            ruleSetId: ruleSet.id,
            prefectureDeadline,
            societyDeadline,
            prefilledCandidates: prefilled,
          },
          ipAddress,
        },
        manager,
      );
      await this.notifyOpened(manager, round, prefectures);
      return toRoundResponse(round, ruleSet);
    });
  }

  async setExpectedPlaces(actor: CurrentUserContext, id: string, request: ExpectedPlacesRequest, ipAddress: string | null): Promise<RoundResponse> {
    return this.dataSource.transaction(async (manager) => {
      const round = await findRound(manager, id, 'update');
      if (round.version !== request.version) throw versionConflict('round');
      if (round.status === 'published') throw illegalTransition('The round is published: its expected places can no longer change.');
      const known = new Set((await manager.find(Specialty)).map((specialty) => specialty.code));
      const unknown = request.places.filter((item) => !known.has(item.specialtyCode));
      if (unknown.length > 0) {
        throw new NominationsException(NominationsErrorCode.UnknownSpecialty, 'Unknown specialty codes.', {
          places: unknown.map((item) => `${item.specialtyCode} is not a known specialty`),
        });
      }
      const before = round.expectedPlaces;
      round.expectedPlaces = Object.fromEntries(request.places.map((item) => [item.specialtyCode, item.places]));
      await manager.save(round);
      await this.audit.record(
        {
          action: 'nomination-round.expected-places-set',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'nomination-round',
          entityId: round.id,
          before,
          after: round.expectedPlaces,
          ipAddress,
        },
        manager,
      );
      return this.get(round.id, manager);
    });
  }

  /** Which prefectures submitted, and acceptable numbers per specialty × prefecture against the expected places. */
  async compilation(id: string): Promise<CompilationResponse> {
    const manager = this.dataSource.manager;
    const round = await this.get(id);
    const submissions = await manager.find(PrefectureSubmission, { where: { roundId: id }, order: { prefectureCode: 'ASC' } });
    const candidates = await manager.find(Candidate, { where: { roundId: id } });
    const submitted = new Set(submissions.filter((submission) => submission.status === 'submitted').map((submission) => submission.id));
    const overview: SubmissionOverview[] = submissions.map((submission) => {
      const rows = candidates.filter((candidate) => candidate.submissionId === submission.id);
      return {
        prefectureCode: submission.prefectureCode,
        status: submission.status,
        submittedAt: submission.submittedAt?.toISOString() ?? null,
        candidateCount: rows.length,
        acceptableTotal: rows.reduce((sum, row) => sum + (row.acceptableNumber ?? 0), 0),
        version: submission.version,
      };
    });
    const specialties = await manager.find(Specialty, { order: { displayOrder: 'ASC' } });
    const capacity = specialties.map((specialty) => {
      const offeredRows = candidates.filter(
        (candidate) => candidate.specialtyCode === specialty.code && submitted.has(candidate.submissionId) && candidate.reviewStatus !== 'returned',
      );
      const byPrefecture = new Map<string, number>();
      for (const row of offeredRows) {
        byPrefecture.set(row.prefectureCode, (byPrefecture.get(row.prefectureCode) ?? 0) + (row.acceptableNumber ?? 0));
      }
      const offered = [...byPrefecture.values()].reduce((sum, value) => sum + value, 0);
      const expectedPlaces = round.expectedPlaces.find((item) => item.specialtyCode === specialty.code)?.places ?? null;
      return {
        specialtyCode: specialty.code,
        expectedPlaces,
        offered,
        short: expectedPlaces !== null && offered < expectedPlaces,
        byPrefecture: [...byPrefecture.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([prefectureCode, value]) => ({ prefectureCode, offered: value })),
      };
    });
    return { round, submissions: overview, capacity };
  }

  /** Asks each society with submitted candidates to review them (collecting → reviewing). */
  async sendToSocieties(actor: CurrentUserContext, id: string, version: number, ipAddress: string | null): Promise<RoundResponse> {
    return this.dataSource.transaction(async (manager) => {
      const round = await findRound(manager, id, 'update');
      if (round.version !== version) throw versionConflict('round');
      if (round.status !== 'collecting') throw illegalTransition(`The round is ${round.status}: candidates were already sent to the societies.`);
      const submitted = await manager.findBy(PrefectureSubmission, { roundId: id, status: 'submitted' });
      if (submitted.length === 0) {
        throw new NominationsException(NominationsErrorCode.NotReady, 'No prefecture has submitted its list yet: there is nothing to send.');
      }
      const candidates = await manager.findBy(Candidate, { submissionId: In(submitted.map((submission) => submission.id)) });
      round.status = 'reviewing';
      round.sentToSocietiesAt = new Date();
      await manager.save(round);
      const perSpecialty = countBy(candidates.map((candidate) => candidate.specialtyCode));
      for (const [specialtyCode, count] of perSpecialty) {
        await this.notifier.notify(manager, round, {
          step: 'candidates-sent-to-society',
          audience: { role: 'society', specialtyCode },
          about: { specialtyCode },
          path: NOMINATION_PATHS.review(round.id, specialtyCode),
          deadline: round.societyDeadline,
          facts: (language) => [[language === 'ja' ? '候補数' : 'Candidates', String(count)]],
        });
      }
      await this.audit.record(
        {
          action: 'nomination-round.sent-to-societies',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'nomination-round',
          entityId: round.id,
          after: { submittedPrefectures: submitted.map((submission) => submission.prefectureCode), candidates: candidates.length },
          ipAddress,
        },
        manager,
      );
      return this.get(round.id, manager);
    });
  }

  /**
   * Publishes the confirmed candidates (reviewing → published): one frozen row per candidate, under
   * the category it was nominated for, as the round's rules decide it now.
   */
  async publish(actor: CurrentUserContext, id: string, version: number, ipAddress: string | null): Promise<RoundResponse> {
    return this.dataSource.transaction(async (manager) => {
      const round = await findRound(manager, id, 'update');
      if (round.version !== version) throw versionConflict('round');
      if (round.status !== 'reviewing') {
        throw illegalTransition(
          round.status === 'published' ? 'The round is already published.' : 'Send the candidates to the societies before publishing.',
        );
      }
      const submitted = await manager.findBy(PrefectureSubmission, { roundId: id, status: 'submitted' });
      const confirmed = await manager.find(Candidate, {
        where: { submissionId: In(submitted.map((submission) => submission.id)), reviewStatus: 'confirmed' },
        order: { prefectureCode: 'ASC', specialtyCode: 'ASC' },
      });
      if (confirmed.length === 0) {
        throw new NominationsException(NominationsErrorCode.NotReady, 'No candidate is confirmed yet: there is nothing to publish.');
      }
      const views = await this.candidateViews.toResponses(manager, round, confirmed);
      const noLongerEligible = views.filter((view) => view.eligibility.eligibleCategories.length === 0);
      if (noLongerEligible.length > 0) {
        throw new NominationsException(
          NominationsErrorCode.NotReady,
          `${noLongerEligible.length} confirmed candidates are no longer eligible (${noLongerEligible
            .map((view) => `${view.facility.facilityCode} ${view.specialtyCode}`)
            .join(', ')}): return them to their prefectures first.`,
        );
      }
      const rows = views.flatMap((view) =>
        view.eligibility.results
          .filter((result) => view.eligibility.eligibleCategories.includes(result.category as EligibilityCategoryCode))
          .map((result) =>
            manager.create(PublishedHost, {
              roundId: round.id,
              candidateId: view.id,
              facilityId: view.facility.id,
              facilityCode: view.facility.facilityCode,
              facilityName: view.facility.name,
              prefectureCode: view.facility.prefectureCode,
              address: view.facility.address,
              specialtyCode: view.specialtyCode,
              categoryCode: result.category,
              categoryNameJa: result.nameJa,
              categoryNameEn: result.nameEn,
              acceptableNumber: view.acceptableNumber ?? 0,
              acceptablePeriods: view.acceptablePeriods,
              sample: view.facility.sample,
            }),
          ),
      );
      await manager.save(rows, { chunk: 500 });
      round.status = 'published';
      round.publishedAt = new Date();
      await manager.save(round);
      await this.listings.indexRound(manager, round.id);
      for (const prefectureCode of new Set(confirmed.map((candidate) => candidate.prefectureCode))) {
        await this.notifier.notify(manager, round, {
          step: 'hosts-published',
          audience: { role: 'prefecture', prefectureCode },
          about: null,
          path: NOMINATION_PATHS.published(round.id),
        });
      }
      for (const specialtyCode of new Set(confirmed.map((candidate) => candidate.specialtyCode))) {
        await this.notifier.notify(manager, round, {
          step: 'hosts-published',
          audience: { role: 'society', specialtyCode },
          about: null,
          path: NOMINATION_PATHS.published(round.id),
        });
      }
      // Seed step 3: the prefecture informs its facilities; here each published host hears it directly.
      const specialties = new Map((await manager.find(Specialty)).map((specialty) => [specialty.code, specialty]));
      const placesByFacility = new Map<string, PublishedHost[]>();
      for (const row of rows) placesByFacility.set(row.facilityId, [...(placesByFacility.get(row.facilityId) ?? []), row]);
      for (const [facilityId, places] of placesByFacility) {
        await this.notifier.notify(manager, round, {
          step: 'host-published',
          audience: { role: 'host-facility', facilityId },
          about: { facilityId },
          path: NOMINATION_PATHS.hostProfile,
          facts: (language) =>
            places.map((place): [string, string] => {
              const specialty = specialties.get(place.specialtyCode);
              const name = (language === 'ja' ? specialty?.nameJa : specialty?.nameEn) ?? place.specialtyCode;
              return [name, language === 'ja' ? `受入可能数 ${place.acceptableNumber}名` : `${place.acceptableNumber} acceptable`];
            }),
        });
      }
      await this.hostAlerts.notifyRoundPublished(manager, round);
      await this.audit.record(
        {
          action: 'nomination-round.published',
          actorUserId: actor.id,
          actorEmail: actor.email,
          entityType: 'nomination-round',
          entityId: round.id,
          after: { confirmedCandidates: confirmed.length, publishedRows: rows.length },
          ipAddress,
        },
        manager,
      );
      return this.get(round.id, manager);
    });
  }

  /** Draft rows: last round's published hosts, then host facilities in scarce areas or spots for specialties the prefecture can host. */
  private async prefill(manager: EntityManager, round: NominationRound, submissions: PrefectureSubmission[]): Promise<number> {
    const submissionByPrefecture = new Map(submissions.map((submission) => [submission.prefectureCode, submission]));
    const rows = new Map<string, Partial<Candidate>>();
    const add = (row: Partial<Candidate>) => {
      const key = `${row.facilityId}|${row.specialtyCode}`;
      if (!rows.has(key)) rows.set(key, row);
    };

    const previousRound = await manager.findOneBy(NominationRound, { recruitmentYear: round.recruitmentYear - 1, status: 'published' });
    if (previousRound) {
      const previousHosts = await manager.find(PublishedHost, { where: { roundId: previousRound.id }, order: { facilityCode: 'ASC' } });
      const previousCandidates = new Map(
        (await manager.findBy(Candidate, { id: In(previousHosts.map((host) => host.candidateId)) })).map((candidate) => [candidate.id, candidate]),
      );
      const facilities = new Map(
        (await manager.findBy(Facility, { id: In([...new Set(previousHosts.map((host) => host.facilityId))]) })).map((facility) => [
          facility.id,
          facility,
        ]),
      );
      for (const host of previousHosts) {
        const previous = previousCandidates.get(host.candidateId);
        const facility = facilities.get(host.facilityId);
        const submission = facility && submissionByPrefecture.get(facility.prefectureCode);
        if (!facility || !submission) continue;
        // Last year's answers, one year on: the prefecture mostly confirms them.
        add({
          facilityId: facility.id,
          specialtyCode: host.specialtyCode,
          prefectureCode: facility.prefectureCode,
          submissionId: submission.id,
          origin: 'previous-host',
          previousHost: true,
          // The published row holds the figures as last revised by the host or its prefecture.
          acceptableNumber: host.acceptableNumber,
          acceptablePeriods: host.acceptablePeriods.map(oneYearLater),
          contactName: previous?.contactName ?? '',
          contactEmail: previous?.contactEmail ?? null,
          contactPhone: previous?.contactPhone ?? '',
          reasonOutsideScarce: previous?.reasonOutsideScarce ?? '',
          councilNote: previous?.councilNote ?? '',
          universityNote: previous?.universityNote ?? '',
        });
      }
    }

    const evaluator = await this.evaluation.evaluatorFor(round.ruleSetId, manager);
    const hosts = await manager.find(Facility, { where: { isHost: true }, order: { facilityCode: 'ASC' } });
    const designations = await manager.findBy(PhysicianScarceDesignation, { physicianScarce: true });
    const spots = await manager.find(PhysicianScarceSpot);
    const specialties = await manager.find(Specialty, { order: { displayOrder: 'ASC' } });
    const scarceAreas = new Set(designations.map((designation) => designation.areaCode));
    const spotKeys = new Set(spots.map((spot) => `${spot.prefectureCode}/${spot.municipality}`));
    const hostableSpecialties = new Map<string, string[]>();
    for (const prefectureCode of submissionByPrefecture.keys()) {
      hostableSpecialties.set(
        prefectureCode,
        specialties
          .filter((specialty) =>
            evaluator
              .prefecture(prefectureCode, specialty.code)
              .some((result) => result.category === NOMINATED_CATEGORY && (result.status === 'eligible' || result.status === 'conditional')),
          )
          .map((specialty) => specialty.code),
      );
    }
    for (const facility of hosts) {
      const inScarcePlace = scarceAreas.has(facility.secondaryMedicalAreaCode) || spotKeys.has(`${facility.prefectureCode}/${facility.municipality}`);
      const submission = submissionByPrefecture.get(facility.prefectureCode);
      if (!inScarcePlace || !submission) continue;
      for (const specialtyCode of hostableSpecialties.get(facility.prefectureCode) ?? []) {
        add({
          facilityId: facility.id,
          specialtyCode,
          prefectureCode: facility.prefectureCode,
          submissionId: submission.id,
          origin: 'scarce-area',
          previousHost: false,
          acceptablePeriods: [],
        });
      }
    }
    const values = [...rows.values()].map((row) => ({ ...row, roundId: round.id }));
    // In slices: one INSERT has at most 65,535 parameters.
    for (let start = 0; start < values.length; start += 1000) {
      await manager.insert(Candidate, values.slice(start, start + 1000));
    }
    return values.length;
  }

  private async notifyOpened(manager: EntityManager, round: NominationRound, prefectures: Prefecture[]): Promise<void> {
    const facilities = await manager.find(Facility, { where: [{ isHost: true }, { isBase: true }], order: { facilityCode: 'ASC' } });
    for (const prefecture of prefectures) {
      const own = facilities.filter((facility) => facility.prefectureCode === prefecture.code);
      await this.notifier.notify(manager, round, {
        step: 'round-opened-prefecture',
        audience: { role: 'prefecture', prefectureCode: prefecture.code },
        about: { prefectureCode: prefecture.code },
        path: NOMINATION_PATHS.prefectureList(round.id, prefecture.code),
        deadline: round.prefectureDeadline,
        comment: round.message,
        facts: (language) =>
          own.map((facility) => [
            facility.facilityCode,
            `${facility.name}（${[
              facility.isBase && (language === 'ja' ? '基幹施設' : 'base'),
              facility.isHost && (language === 'ja' ? '連携先施設' : 'host'),
            ]
              .filter(Boolean)
              .join(language === 'ja' ? '・' : ', ')}）`,
          ]),
      });
    }
    const specialties = await manager.find(Specialty, { order: { displayOrder: 'ASC' } });
    for (const specialty of specialties) {
      await this.notifier.notify(manager, round, {
        step: 'round-opened-society',
        audience: { role: 'society', specialtyCode: specialty.code },
        about: { specialtyCode: specialty.code },
        path: NOMINATION_PATHS.round(round.id),
        deadline: round.societyDeadline,
        comment: round.message,
      });
    }
  }
}

/**
 * The round, optionally locked: `update` for the JMSB's round steps (send, publish, places), `share` for
 * every step inside a round, so no step commits against a round that is being sent or published.
 */
export async function findRound(manager: EntityManager, id: string, lock: 'none' | 'share' | 'update' = 'none'): Promise<NominationRound> {
  const mode = lock === 'update' ? ('pessimistic_write' as const) : lock === 'share' ? ('pessimistic_read' as const) : null;
  const round = await manager.findOne(NominationRound, { where: { id }, ...(mode ? { lock: { mode } } : {}) });
  if (!round) {
    throw new NominationsException(NominationsErrorCode.RoundNotFound, `Round ${id} does not exist.`);
  }
  return round;
}

function oneYearLater(period: AcceptablePeriod): AcceptablePeriod {
  const [year = '', month = ''] = period.startMonth.split('-');
  return { startMonth: `${Number(year) + 1}-${month}`, months: period.months };
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
