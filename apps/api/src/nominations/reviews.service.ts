import { Injectable } from '@nestjs/common';
import { BulkConfirmRequest, CandidateResponse, ReturnRequest, ReviewListResponse, ReviewStatus } from '@renkei/contract';
import { DataSource, EntityManager, In } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { Facility } from '../facilities/facility.entity';
import { CandidateViewsService } from './candidate-views.service';
import { Candidate } from './entities/candidate.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PrefectureSubmission } from './entities/prefecture-submission.entity';
import { isJmsb, mayEditPrefectureList, mayReviewSpecialty, outOfScope } from './nomination-scope';
import { NOMINATION_PATHS, NominationNotifier } from './nomination-notifier.service';
import { illegalTransition, NominationsErrorCode, NominationsException, versionConflict } from './nominations.exception';
import { toRoundResponse } from './round-response';
import { findRound } from './rounds.service';

/** The societies' review: confirm or return each candidate of their specialty; the prefecture resubmits a fixed row. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: NominationNotifier,
    private readonly candidateViews: CandidateViewsService,
  ) {}

  /** The specialty's candidates nationwide from submitted lists, once the JMSB has sent them. */
  async list(viewer: CurrentUserContext, roundId: string, specialtyCode: string): Promise<ReviewListResponse> {
    if (!isJmsb(viewer) && !mayReviewSpecialty(viewer, specialtyCode)) {
      throw outOfScope('You can review only your own specialty’s candidates.');
    }
    const manager = this.dataSource.manager;
    const round = await findRound(manager, roundId);
    const ruleSet = await manager.findOneByOrFail(RuleSetRecord, { id: round.ruleSetId });
    const candidates = round.status === 'collecting' ? [] : await this.reviewable(manager, roundId, { specialtyCode });
    const views = await this.candidateViews.toResponses(manager, round, candidates);
    return {
      round: toRoundResponse(round, ruleSet),
      specialtyCode,
      candidates: views.sort(
        (a, b) => a.prefectureCode.localeCompare(b.prefectureCode) || a.facility.facilityCode.localeCompare(b.facility.facilityCode),
      ),
    };
  }

  async confirm(actor: CurrentUserContext, candidateId: string, version: number, ipAddress: string | null): Promise<CandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { round, candidates } = await this.lockForReview(manager, actor, [{ id: candidateId, version }]);
      const [response] = await this.confirmAll(manager, actor, round, candidates, ipAddress);
      return response as CandidateResponse;
    });
  }

  /** Confirms every listed candidate or none (one transaction; any conflict or refusal cancels all). */
  async bulkConfirm(
    actor: CurrentUserContext,
    roundId: string,
    specialtyCode: string,
    request: BulkConfirmRequest,
    ipAddress: string | null,
  ): Promise<CandidateResponse[]> {
    if (!mayReviewSpecialty(actor, specialtyCode)) {
      throw outOfScope('You can review only your own specialty’s candidates.');
    }
    return this.dataSource.transaction(async (manager) => {
      const { round, candidates } = await this.lockForReview(manager, actor, request.candidates, { roundId, specialtyCode });
      return this.confirmAll(manager, actor, round, candidates, ipAddress);
    });
  }

  async returnCandidate(
    actor: CurrentUserContext,
    candidateId: string,
    request: ReturnRequest,
    ipAddress: string | null,
  ): Promise<CandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { round, candidates } = await this.lockForReview(manager, actor, [{ id: candidateId, version: request.version }]);
      const candidate = candidates[0] as Candidate;
      if (candidate.reviewStatus === 'returned') throw illegalTransition('The candidate is already returned to its prefecture.');
      const previous = candidate.reviewStatus;
      candidate.reviewStatus = 'returned';
      candidate.reviewComment = request.comment.trim();
      candidate.reviewedAt = new Date();
      candidate.reviewedBy = actor.id;
      await manager.save(candidate);
      await this.record(manager, actor, 'candidate.returned', candidate, previous, ipAddress);
      await this.notifier.notify(manager, round, {
        step: 'candidate-returned',
        audience: { role: 'prefecture', prefectureCode: candidate.prefectureCode },
        about: { specialtyCode: candidate.specialtyCode },
        path: NOMINATION_PATHS.prefectureList(round.id, candidate.prefectureCode),
        comment: candidate.reviewComment,
        facts: (language) => [[language === 'ja' ? '施設' : 'Facility', candidateLabel(candidate)]],
      });
      const [response] = await this.candidateViews.toResponses(manager, round, [candidate]);
      return response as CandidateResponse;
    });
  }

  /** The prefecture sends a fixed row back to the society (returned → pending). */
  async resubmit(actor: CurrentUserContext, candidateId: string, version: number, ipAddress: string | null): Promise<CandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(Candidate, { id: candidateId });
      if (!found || !mayEditPrefectureList(actor, found.prefectureCode)) {
        throw new NominationsException(NominationsErrorCode.CandidateNotFound, 'No such candidate.');
      }
      const round = await findRound(manager, found.roundId, 'share');
      await manager.findOneOrFail(PrefectureSubmission, { where: { id: found.submissionId }, lock: { mode: 'pessimistic_read' } });
      const candidate = await manager.findOneOrFail(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
      if (candidate.version !== version) throw versionConflict('candidate');
      candidate.facility = await manager.findOneByOrFail(Facility, { id: candidate.facilityId });
      if (candidate.reviewStatus !== 'returned')
        throw illegalTransition(`The candidate is ${candidate.reviewStatus}: only a returned candidate can be resubmitted.`);
      if (round.status === 'published') throw illegalTransition('The round is published.');
      const [view] = await this.candidateViews.toResponses(manager, round, [candidate]);
      if (view && view.eligibility.problems.length > 0) {
        throw new NominationsException(
          NominationsErrorCode.NotReady,
          `The row is not ready: ${view.eligibility.problems.map((problem) => problem.messageEn).join(' ')}`,
          Object.fromEntries(
            view.eligibility.problems.filter((problem) => problem.field).map((problem) => [problem.field as string, [problem.messageEn]]),
          ),
        );
      }
      candidate.reviewStatus = 'pending';
      await manager.save(candidate);
      await this.record(manager, actor, 'candidate.resubmitted', candidate, 'returned', ipAddress);
      await this.notifier.notify(manager, round, {
        step: 'candidate-resubmitted',
        audience: { role: 'society', specialtyCode: candidate.specialtyCode },
        about: { specialtyCode: candidate.specialtyCode },
        path: NOMINATION_PATHS.review(round.id, candidate.specialtyCode),
        facts: (language) => [[language === 'ja' ? '施設' : 'Facility', candidateLabel(candidate)]],
      });
      const [response] = await this.candidateViews.toResponses(manager, round, [candidate]);
      return response as CandidateResponse;
    });
  }

  /** Candidates of submitted lists (what societies review and what gets published). */
  async reviewable(
    manager: EntityManager,
    roundId: string,
    where: { specialtyCode?: string; reviewStatus?: ReviewStatus } = {},
  ): Promise<Candidate[]> {
    const submitted = await manager.findBy(PrefectureSubmission, { roundId, status: 'submitted' });
    if (submitted.length === 0) return [];
    return manager.find(Candidate, {
      where: { submissionId: In(submitted.map((submission) => submission.id)), ...where },
      relations: { facility: true },
    });
  }

  /**
   * Locks candidates for a review step: the round shared (no publication meanwhile), their lists shared
   * (no return meanwhile), the rows for update; checks scope, versions and that the lists are with the society.
   */
  private async lockForReview(
    manager: EntityManager,
    actor: CurrentUserContext,
    items: readonly { id: string; version: number }[],
    expected?: { roundId: string; specialtyCode: string },
  ): Promise<{ round: NominationRound; candidates: Candidate[] }> {
    const versions = new Map<string, number>();
    for (const item of items) {
      if (versions.has(item.id) && versions.get(item.id) !== item.version) throw versionConflict('candidate');
      versions.set(item.id, item.version);
    }
    const ids = [...versions.keys()];
    const found = await manager.findBy(Candidate, { id: In(ids) });
    if (found.length !== ids.length) throw new NominationsException(NominationsErrorCode.CandidateNotFound, 'No such candidate.');
    if (found.some((candidate) => !mayReviewSpecialty(actor, candidate.specialtyCode))) {
      throw outOfScope('You can review only your own specialty’s candidates.');
    }
    const roundIds = new Set(found.map((candidate) => candidate.roundId));
    const roundId = expected?.roundId ?? found[0]?.roundId ?? '';
    if (
      roundIds.size !== 1 ||
      !roundIds.has(roundId) ||
      (expected && found.some((candidate) => candidate.specialtyCode !== expected.specialtyCode))
    ) {
      throw new NominationsException(
        NominationsErrorCode.CandidateNotFound,
        `Every candidate must be in this round’s ${expected?.specialtyCode ?? ''} list.`,
      );
    }
    const round = await findRound(manager, roundId, 'share');
    if (round.status !== 'reviewing') {
      throw illegalTransition(
        round.status === 'published' ? 'The round is published: reviews are closed.' : 'The JMSB has not sent the candidates to the societies yet.',
      );
    }
    const submissions = await manager.find(PrefectureSubmission, {
      where: { id: In([...new Set(found.map((candidate) => candidate.submissionId))]) },
      lock: { mode: 'pessimistic_read' },
    });
    if (submissions.some((submission) => submission.status !== 'submitted')) {
      throw illegalTransition('The prefecture’s list is not submitted at the moment: wait for it to be resubmitted.');
    }
    const candidates = await manager.find(Candidate, { where: { id: In(ids) }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    if (candidates.some((candidate) => candidate.version !== versions.get(candidate.id))) throw versionConflict('candidate');
    const facilities = new Map(
      (await manager.findBy(Facility, { id: In([...new Set(candidates.map((candidate) => candidate.facilityId))]) })).map((facility) => [
        facility.id,
        facility,
      ]),
    );
    for (const candidate of candidates) candidate.facility = facilities.get(candidate.facilityId);
    return { round, candidates };
  }

  /** Confirms pending, eligible candidates (evaluated together); any refusal throws and the transaction confirms none. */
  private async confirmAll(
    manager: EntityManager,
    actor: CurrentUserContext,
    round: NominationRound,
    candidates: Candidate[],
    ipAddress: string | null,
  ): Promise<CandidateResponse[]> {
    for (const candidate of candidates) {
      if (candidate.reviewStatus !== 'pending') {
        throw illegalTransition(
          candidate.reviewStatus === 'confirmed'
            ? `${candidateLabel(candidate)} is already confirmed.`
            : `${candidateLabel(candidate)} is returned: wait for the prefecture to resubmit it.`,
        );
      }
    }
    const views = await this.candidateViews.toResponses(manager, round, candidates);
    const blocked = views.filter((view) => view.eligibility.eligibleCategories.length === 0 || view.eligibility.problems.length > 0);
    if (blocked.length > 0) {
      throw new NominationsException(
        NominationsErrorCode.NotReady,
        `Not ready to confirm, return instead: ${blocked.map((view) => `${view.facility.name} / ${view.specialtyCode}`).join(', ')}.`,
      );
    }
    const reviewedAt = new Date();
    await manager
      .createQueryBuilder()
      .update(Candidate)
      .set({
        reviewStatus: 'confirmed',
        reviewComment: null,
        reviewedAt,
        reviewedBy: actor.id,
        version: () => 'version + 1',
        updatedAt: () => 'now()',
      })
      .whereInIds(candidates.map((candidate) => candidate.id))
      .execute();
    for (const candidate of candidates) {
      Object.assign(candidate, { reviewStatus: 'confirmed', reviewComment: null, reviewedAt, reviewedBy: actor.id, version: candidate.version + 1 });
      await this.record(manager, actor, 'candidate.confirmed', candidate, 'pending', ipAddress);
    }
    return views.map((view, index) => ({
      ...view,
      reviewStatus: 'confirmed' as const,
      reviewComment: null,
      reviewedAt: reviewedAt.toISOString(),
      version: candidates[index]?.version ?? view.version,
    }));
  }

  private record(
    manager: EntityManager,
    actor: CurrentUserContext,
    action: string,
    candidate: Candidate,
    previous: ReviewStatus,
    ipAddress: string | null,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor.id,
        actorEmail: actor.email,
        entityType: 'candidate',
        entityId: candidate.id,
        before: { reviewStatus: previous },
        after: { reviewStatus: candidate.reviewStatus, ...(candidate.reviewComment ? { comment: candidate.reviewComment } : {}) },
        prefectureCode: candidate.prefectureCode,
        specialtyCode: candidate.specialtyCode,
        facilityId: candidate.facilityId,
        ipAddress,
      },
      manager,
    );
  }
}

function candidateLabel(candidate: Candidate): string {
  return `${candidate.facility?.name ?? candidate.facilityId} / ${candidate.specialtyCode}`;
}
