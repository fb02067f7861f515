import { Injectable } from '@nestjs/common';
import { AcceptablePeriod, EligibilityCategoryCode, HostPlaceResponse, UpdateHostPlaceRequest } from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { Facility } from '../facilities/facility.entity';
import { HostAlertsService } from '../host-alerts/host-alerts.service';
import { HostListingIndexer } from './directory/host-listing.indexer';
import { NOMINATED_CATEGORY } from '../nominations/candidate-views.service';
import { Candidate } from '../nominations/entities/candidate.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { findRound } from '../nominations/rounds.service';
import { placesAccepted } from '../programs/capacity';
import { assertCandidateEditable, candidateEditable, candidateSnapshot, changeCandidate } from '../nominations/submissions.service';
import { HostProfilesErrorCode, HostProfilesException } from './host-profiles.exception';
import { mayEdit } from './host-profile-access';

/**
 * A host's acceptable number and periods per specialty, in the most recent round that names it.
 * The profile has no copy of its own: it reads and writes the candidate row (while the round is
 * collecting or reviewing) or the published host row (once published), so the two cannot disagree.
 */
@Injectable()
export class HostPlacesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly hostAlerts: HostAlertsService,
    private readonly listings: HostListingIndexer,
  ) {}

  async placesOf(manager: EntityManager, facilityId: string): Promise<HostPlaceResponse[]> {
    const published = await this.latestRound(manager, facilityId, 'published');
    const collecting = await this.latestRound(manager, facilityId, 'unpublished');
    const places: HostPlaceResponse[] = [];
    if (published) {
      const rows = await manager.find(PublishedHost, { where: { roundId: published.id, facilityId }, order: { specialtyCode: 'ASC' } });
      places.push(...rows.map((row) => publishedPlace(published, row)));
    }
    if (collecting && collecting.recruitmentYear > (published?.recruitmentYear ?? 0)) {
      const candidates = await manager.find(Candidate, { where: { roundId: collecting.id, facilityId }, order: { specialtyCode: 'ASC' } });
      const submissions = new Map((await manager.findBy(PrefectureSubmission, { roundId: collecting.id })).map((item) => [item.id, item]));
      places.push(
        ...candidates.map((candidate) => {
          const submission = submissions.get(candidate.submissionId);
          return candidatePlace(collecting, candidate, !!submission && candidateEditable(collecting, submission.status, candidate));
        }),
      );
    }
    return places;
  }

  async update(
    actor: CurrentUserContext,
    facilityId: string,
    specialtyCode: string,
    request: UpdateHostPlaceRequest,
    ipAddress: string | null,
  ): Promise<HostPlaceResponse> {
    return this.dataSource.transaction(async (manager) => {
      const facility = await manager.findOneBy(Facility, { id: facilityId });
      if (!facility || !facility.isHost) throw notFound();
      if (!mayEdit(actor, facility)) {
        throw new HostProfilesException(
          HostProfilesErrorCode.OutOfScope,
          'You can change only your own facility’s places (or your prefecture’s hosts).',
        );
      }
      const roundId = request.roundId ?? (await this.latestRound(manager, facilityId, 'any'))?.id;
      if (!roundId) throw notFound();
      const round = await findRound(manager, roundId, 'share');
      const change = { acceptableNumber: request.acceptableNumber, acceptablePeriods: periods(request.acceptablePeriods) };
      const audit = { actorUserId: actor.id, actorEmail: actor.email, prefectureCode: facility.prefectureCode, specialtyCode, facilityId, ipAddress };

      if (round.status === 'published') {
        const row = await manager.findOne(PublishedHost, {
          where: { roundId: round.id, facilityId, specialtyCode },
          lock: { mode: 'pessimistic_write' },
        });
        if (!row) throw notFound();
        if (row.version !== request.version) throw versionConflict();
        const accepted = await placesAccepted(manager, row.id);
        if (change.acceptableNumber < accepted) {
          throw new HostProfilesException(
            HostProfilesErrorCode.IllegalTransition,
            `This host has already accepted ${accepted} places in connection requests: the acceptable number cannot go below ${accepted}.`,
            { acceptableNumber: [`must be at least ${accepted} (places already accepted)`] },
          );
        }
        const before = { acceptableNumber: row.acceptableNumber, acceptablePeriods: row.acceptablePeriods };
        const saved = await manager.save(Object.assign(row, change));
        await this.audit.record(
          { ...audit, action: 'published-host.updated', entityType: 'published-host', entityId: row.id, before, after: change },
          manager,
        );
        await this.listings.refreshFacility(manager, facilityId);
        await this.hostAlerts.notifyAcceptableNumberChanged(manager, facilityId, specialtyCode, before.acceptableNumber, change.acceptableNumber);
        return publishedPlace(round, saved);
      }

      const found = await manager.findOneBy(Candidate, { roundId: round.id, facilityId, specialtyCode });
      if (!found) throw notFound();
      const submission = await manager.findOneOrFail(PrefectureSubmission, {
        where: { id: found.submissionId },
        lock: { mode: 'pessimistic_write' },
      });
      const candidate = await manager.findOneOrFail(Candidate, { where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (candidate.version !== request.version) throw versionConflict();
      assertCandidateEditable(round, submission.status, candidate);
      const before = candidateSnapshot(candidate);
      changeCandidate(candidate, change);
      const saved = await manager.save(candidate);
      await this.audit.record(
        { ...audit, action: 'candidate.updated', entityType: 'candidate', entityId: saved.id, before, after: candidateSnapshot(saved) },
        manager,
      );
      return candidatePlace(round, saved, true);
    });
  }

  /** The round with the greatest recruitment year in which the facility is a candidate (published or not, or either). */
  private latestRound(manager: EntityManager, facilityId: string, status: 'published' | 'unpublished' | 'any'): Promise<NominationRound | null> {
    const query = manager
      .createQueryBuilder(NominationRound, 'round')
      .where('EXISTS (SELECT 1 FROM candidate WHERE candidate.round_id = round.id AND candidate.facility_id = :facilityId)', { facilityId })
      .orderBy('round.recruitmentYear', 'DESC');
    if (status === 'published') query.andWhere("round.status = 'published'");
    if (status === 'unpublished') query.andWhere("round.status <> 'published'");
    return query.getOne();
  }
}

function periods(list: AcceptablePeriod[]): AcceptablePeriod[] {
  return list.map(({ startMonth, months }) => ({ startMonth, months }));
}

function publishedPlace(round: NominationRound, row: PublishedHost): HostPlaceResponse {
  return {
    roundId: round.id,
    recruitmentYear: round.recruitmentYear,
    specialtyCode: row.specialtyCode,
    categoryCode: row.categoryCode as EligibilityCategoryCode,
    acceptableNumber: row.acceptableNumber,
    acceptablePeriods: row.acceptablePeriods,
    stage: 'published',
    editable: true,
    version: row.version,
  };
}

function candidatePlace(round: NominationRound, candidate: Candidate, editable: boolean): HostPlaceResponse {
  return {
    roundId: round.id,
    recruitmentYear: round.recruitmentYear,
    specialtyCode: candidate.specialtyCode,
    categoryCode: NOMINATED_CATEGORY,
    acceptableNumber: candidate.acceptableNumber,
    acceptablePeriods: candidate.acceptablePeriods,
    stage: 'candidate',
    editable,
    version: candidate.version,
  };
}

function notFound(): HostProfilesException {
  return new HostProfilesException(HostProfilesErrorCode.NotFound, 'This facility has no place for that specialty in the current round.');
}

function versionConflict(): HostProfilesException {
  return new HostProfilesException(
    HostProfilesErrorCode.VersionConflict,
    'Someone else changed these places after you opened them. Reload to see their changes, then edit again.',
  );
}
