import { Injectable } from '@nestjs/common';
import {
  CandidateFields,
  CandidateResponse,
  CreateCandidateRequest,
  ReturnRequest,
  SubmissionResponse,
  SubmissionStatus,
  UpdateCandidateRequest,
} from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { AuditService } from '../audit/audit.service';
import { Facility } from '../facilities/facility.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { CandidateViewsService } from './candidate-views.service';
import { Candidate } from './entities/candidate.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PrefectureSubmission } from './entities/prefecture-submission.entity';
import { mayEditPrefectureList, mayReadPrefecture, outOfScope } from './nomination-scope';
import { NOMINATION_PATHS, NominationNotifier } from './nomination-notifier.service';
import { illegalTransition, NominationsErrorCode, NominationsException, versionConflict } from './nominations.exception';
import { submissionEditable } from './round-response';
import { findRound } from './rounds.service';

/** A prefecture's candidate list: rows, submit, withdraw; and the JMSB returning it. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifier: NominationNotifier,
    private readonly candidateViews: CandidateViewsService,
  ) {}

  async get(
    viewer: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SubmissionResponse> {
    if (!mayReadPrefecture(viewer, prefectureCode)) {
      throw outOfScope('You can see only your own prefecture’s candidate list.');
    }
    const round = await findRound(manager, roundId);
    const submission = await this.findSubmission(manager, roundId, prefectureCode);
    const candidates = await manager.find(Candidate, {
      where: { submissionId: submission.id },
      order: { specialtyCode: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    return {
      id: submission.id,
      roundId,
      prefectureCode,
      status: submission.status,
      submittedAt: submission.submittedAt?.toISOString() ?? null,
      returnComment: submission.returnComment,
      editable: submissionEditable(round, submission.status, new Date()),
      candidates: sortByFacility(await this.candidateViews.toResponses(manager, round, candidates)),
      version: submission.version,
    };
  }

  async addCandidate(
    actor: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
    request: CreateCandidateRequest,
    ipAddress: string | null,
  ): Promise<CandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { round, submission } = await this.lockForEditing(manager, actor, roundId, prefectureCode);
      const facility = await manager.findOneBy(Facility, { id: request.facilityId });
      if (!facility || facility.prefectureCode !== prefectureCode) {
        throw new NominationsException(NominationsErrorCode.FacilityNotFound, 'Choose a facility of this prefecture.', {
          facilityId: ['no such facility in this prefecture'],
        });
      }
      if (!(await manager.existsBy(Specialty, { code: request.specialtyCode }))) {
        throw new NominationsException(NominationsErrorCode.UnknownSpecialty, `${request.specialtyCode} is not a known specialty.`, {
          specialtyCode: [`${request.specialtyCode} is not a known specialty`],
        });
      }
      if (await manager.existsBy(Candidate, { roundId, facilityId: facility.id, specialtyCode: request.specialtyCode })) {
        throw new NominationsException(NominationsErrorCode.DuplicateCandidate, 'This facility is already on the list for this specialty.', {
          specialtyCode: ['this facility is already on the list for this specialty'],
        });
      }
      const candidate = await manager.save(
        manager.create(Candidate, {
          ...candidateFields(request),
          roundId,
          submissionId: submission.id,
          prefectureCode,
          facilityId: facility.id,
          specialtyCode: request.specialtyCode,
          origin: 'added',
          previousHost: false,
        }),
      );
      await this.recordCandidate(manager, actor, 'candidate.added', candidate, null, ipAddress);
      const [response] = await this.candidateViews.toResponses(manager, round, [candidate]);
      return response as CandidateResponse;
    });
  }

  /**
   * Edits a row while its list is editable, or a row a society returned (which the prefecture
   * fixes and resubmits on its own).
   */
  async updateCandidate(
    actor: CurrentUserContext,
    candidateId: string,
    request: UpdateCandidateRequest,
    ipAddress: string | null,
  ): Promise<CandidateResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { round, candidate } = await this.lockCandidate(manager, actor, candidateId);
      if (candidate.version !== request.version) throw versionConflict('candidate');
      const before = candidateSnapshot(candidate);
      changeCandidate(candidate, candidateFields(request));
      const saved = await manager.save(candidate);
      await this.recordCandidate(manager, actor, 'candidate.updated', saved, before, ipAddress);
      const [response] = await this.candidateViews.toResponses(manager, round, [saved]);
      return response as CandidateResponse;
    });
  }

  async removeCandidate(actor: CurrentUserContext, candidateId: string, version: number, ipAddress: string | null): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { candidate, submission } = await this.lockCandidate(manager, actor, candidateId);
      if (candidate.version !== version) throw versionConflict('candidate');
      if (submission.status === 'submitted' && candidate.reviewStatus !== 'returned') {
        throw illegalTransition('The list is submitted: withdraw it before removing rows.');
      }
      await manager.delete(Candidate, { id: candidate.id });
      await this.recordCandidate(manager, actor, 'candidate.removed', candidate, candidateSnapshot(candidate), ipAddress, true);
    });
  }

  /** Submits the list when every row is complete and eligible (draft/returned → submitted). */
  async submit(
    actor: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
    version: number,
    ipAddress: string | null,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const { round, submission } = await this.lockForEditing(manager, actor, roundId, prefectureCode);
      if (submission.version !== version) throw versionConflict('candidate list');
      const candidates = await manager.findBy(Candidate, { submissionId: submission.id });
      const views = await this.candidateViews.toResponses(manager, round, candidates);
      const blocked = views.filter((view) => view.eligibility.problems.length > 0);
      if (blocked.length > 0) {
        throw new NominationsException(
          NominationsErrorCode.NotReady,
          `${blocked.length} rows are not ready to submit: ${blocked
            .map(
              (view) => `${view.facility.name} (${view.specialtyCode}): ${view.eligibility.problems.map((problem) => problem.messageEn).join(' ')}`,
            )
            .join('; ')}`,
          Object.fromEntries(blocked.map((view) => [`candidates.${view.id}`, view.eligibility.problems.map((problem) => problem.messageEn)])),
        );
      }
      const previousStatus = submission.status;
      submission.status = 'submitted';
      submission.submittedAt = new Date();
      submission.submittedBy = actor.id;
      await manager.save(submission);
      // A resubmitted list goes back to the societies as a whole.
      await manager.update(Candidate, { submissionId: submission.id, reviewStatus: 'returned' }, { reviewStatus: 'pending', reviewComment: null });
      await this.recordSubmission(manager, actor, 'submission.submitted', submission, previousStatus, null, ipAddress, {
        candidates: candidates.length,
      });
      if (round.status === 'reviewing') {
        // The societies already review this round: tell each whose candidates (re)arrive.
        for (const specialtyCode of new Set(candidates.map((candidate) => candidate.specialtyCode))) {
          await this.notifier.notify(manager, round, {
            step: 'candidates-sent-to-society',
            audience: { role: 'society', specialtyCode },
            about: { specialtyCode },
            path: NOMINATION_PATHS.review(roundId, specialtyCode),
            deadline: round.societyDeadline,
            facts: (language) => [[language === 'ja' ? '都道府県' : 'Prefecture', prefectureCode]],
          });
        }
      }
      await this.notifier.notify(manager, round, {
        step: 'submission-submitted',
        audience: { role: 'jmsb' },
        about: { prefectureCode },
        path: NOMINATION_PATHS.round(roundId),
        facts: (language) => [[language === 'ja' ? '候補数' : 'Candidates', String(candidates.length)]],
      });
      return this.get(actor, roundId, prefectureCode, manager);
    });
  }

  /** Takes a submitted list back to change it, before the deadline and before the societies have it. */
  async withdraw(
    actor: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
    version: number,
    ipAddress: string | null,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (manager) => {
      if (!mayEditPrefectureList(actor, prefectureCode)) throw outOfScope('Only the prefecture’s officers can withdraw its list.');
      const round = await findRound(manager, roundId, 'share');
      const submission = await this.findSubmission(manager, roundId, prefectureCode, true);
      if (submission.version !== version) throw versionConflict('candidate list');
      if (submission.status !== 'submitted')
        throw illegalTransition(`The list is ${submission.status}, not submitted: there is nothing to withdraw.`);
      if (round.status !== 'collecting')
        throw illegalTransition('The candidates are already with the societies: ask the JMSB to return the list instead.');
      if (new Date() > round.prefectureDeadline) throw illegalTransition('The deadline has passed: only the JMSB can reopen the list now.');
      submission.status = 'draft';
      submission.submittedAt = null;
      submission.submittedBy = null;
      await manager.save(submission);
      await this.recordSubmission(manager, actor, 'submission.withdrawn', submission, 'submitted', null, ipAddress);
      await this.notifier.notify(manager, round, {
        step: 'submission-withdrawn',
        audience: { role: 'jmsb' },
        about: { prefectureCode },
        path: NOMINATION_PATHS.round(roundId),
      });
      return this.get(actor, roundId, prefectureCode, manager);
    });
  }

  /** The JMSB returns a submitted list (or reopens a draft after the deadline) with a comment. */
  async returnToPrefecture(
    actor: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
    request: ReturnRequest,
    ipAddress: string | null,
  ): Promise<SubmissionResponse> {
    return this.dataSource.transaction(async (manager) => {
      const round = await findRound(manager, roundId, 'share');
      const submission = await this.findSubmission(manager, roundId, prefectureCode, true);
      if (submission.version !== request.version) throw versionConflict('candidate list');
      if (round.status === 'published') throw illegalTransition('The round is published: lists can no longer be returned.');
      if (submission.status === 'returned') throw illegalTransition('The list is already returned to the prefecture.');
      if (submission.status === 'draft' && submissionEditable(round, 'draft', new Date())) {
        throw illegalTransition('The list is still a draft the prefecture can edit: there is nothing to return before the deadline.');
      }
      const previousStatus = submission.status;
      submission.status = 'returned';
      submission.returnComment = request.comment.trim();
      await manager.save(submission);
      await this.recordSubmission(manager, actor, 'submission.returned', submission, previousStatus, submission.returnComment, ipAddress);
      await this.notifier.notify(manager, round, {
        step: 'submission-returned',
        audience: { role: 'prefecture', prefectureCode },
        about: { prefectureCode },
        path: NOMINATION_PATHS.prefectureList(roundId, prefectureCode),
        comment: submission.returnComment,
      });
      return this.get(actor, roundId, prefectureCode, manager);
    });
  }

  /** Locks the list for a change by its prefecture, refusing when it is not editable. */
  private async lockForEditing(
    manager: EntityManager,
    actor: CurrentUserContext,
    roundId: string,
    prefectureCode: string,
  ): Promise<{ round: NominationRound; submission: PrefectureSubmission }> {
    if (!mayEditPrefectureList(actor, prefectureCode)) {
      throw outOfScope('Only the prefecture’s officers can change its candidate list.');
    }
    const round = await findRound(manager, roundId, 'share');
    const submission = await this.findSubmission(manager, roundId, prefectureCode, true);
    assertEditable(round, submission.status);
    return { round, submission };
  }

  private async lockCandidate(
    manager: EntityManager,
    actor: CurrentUserContext,
    candidateId: string,
  ): Promise<{ round: NominationRound; submission: PrefectureSubmission; candidate: Candidate }> {
    const found = await manager.findOneBy(Candidate, { id: candidateId });
    if (!found || !mayReadPrefecture(actor, found.prefectureCode)) {
      throw new NominationsException(NominationsErrorCode.CandidateNotFound, 'No such candidate.');
    }
    if (!mayEditPrefectureList(actor, found.prefectureCode)) {
      throw outOfScope('Only the prefecture’s officers can change its candidate list.');
    }
    const round = await findRound(manager, found.roundId, 'share');
    const submission = await manager.findOneOrFail(PrefectureSubmission, { where: { id: found.submissionId }, lock: { mode: 'pessimistic_write' } });
    const candidate = await manager.findOneOrFail(Candidate, { where: { id: candidateId }, lock: { mode: 'pessimistic_write' } });
    assertCandidateEditable(round, submission.status, candidate);
    return { round, submission, candidate };
  }

  private async findSubmission(manager: EntityManager, roundId: string, prefectureCode: string, lock = false): Promise<PrefectureSubmission> {
    const submission = await manager.findOne(PrefectureSubmission, {
      where: { roundId, prefectureCode },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!submission) {
      throw new NominationsException(NominationsErrorCode.RoundNotFound, `Round ${roundId} has no list for prefecture ${prefectureCode}.`);
    }
    return submission;
  }

  private recordCandidate(
    manager: EntityManager,
    actor: CurrentUserContext,
    action: string,
    candidate: Candidate,
    before: Record<string, unknown> | null,
    ipAddress: string | null,
    removed = false,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor.id,
        actorEmail: actor.email,
        entityType: 'candidate',
        entityId: candidate.id,
        before,
        after: removed ? null : candidateSnapshot(candidate),
        prefectureCode: candidate.prefectureCode,
        specialtyCode: candidate.specialtyCode,
        facilityId: candidate.facilityId,
        ipAddress,
      },
      manager,
    );
  }

  private recordSubmission(
    manager: EntityManager,
    actor: CurrentUserContext,
    action: string,
    submission: PrefectureSubmission,
    previousStatus: SubmissionStatus,
    comment: string | null,
    ipAddress: string | null,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actorUserId: actor.id,
        actorEmail: actor.email,
        entityType: 'prefecture-submission',
        entityId: submission.id,
        before: { status: previousStatus },
        after: { status: submission.status, ...(comment ? { comment } : {}), ...extra },
        prefectureCode: submission.prefectureCode,
        ipAddress,
      },
      manager,
    );
  }
}

function assertEditable(round: NominationRound, status: SubmissionStatus): void {
  if (submissionEditable(round, status, new Date())) {
    return;
  }
  if (round.status === 'published') throw illegalTransition('The round is published: its lists can no longer change.');
  if (status === 'submitted') throw illegalTransition('The list is submitted: withdraw it before changing it.');
  if (round.status !== 'collecting') throw illegalTransition('The candidates are with the societies: only the JMSB can reopen the list now.');
  throw illegalTransition('The deadline has passed: only the JMSB can reopen the list now.');
}

/** A row may change while its list is editable, and a row a society returned may be fixed on its own. */
export function candidateEditable(round: NominationRound, submissionStatus: SubmissionStatus, candidate: Candidate): boolean {
  const fixingReturnedRow = candidate.reviewStatus === 'returned' && round.status !== 'published';
  return fixingReturnedRow || submissionEditable(round, submissionStatus, new Date());
}

export function assertCandidateEditable(round: NominationRound, submissionStatus: SubmissionStatus, candidate: Candidate): void {
  if (!candidateEditable(round, submissionStatus, candidate)) {
    assertEditable(round, submissionStatus);
  }
}

/** Applies a change to a row; the society confirmed other figures, so a changed confirmed row goes back to it. */
export function changeCandidate(candidate: Candidate, change: Partial<Candidate>): void {
  Object.assign(candidate, change);
  if (candidate.reviewStatus === 'confirmed') {
    Object.assign(candidate, { reviewStatus: 'pending', reviewedAt: null, reviewedBy: null });
  }
}

export function candidateFields(fields: CandidateFields): Partial<Candidate> {
  return {
    acceptableNumber: fields.acceptableNumber ?? null,
    acceptablePeriods: fields.acceptablePeriods.map((period) => ({ startMonth: period.startMonth, months: period.months })),
    contactName: fields.contactName.trim(),
    contactEmail: fields.contactEmail?.trim() || null,
    contactPhone: fields.contactPhone.trim(),
    reasonOutsideScarce: fields.reasonOutsideScarce.trim(),
    councilConsultedOn: fields.councilConsultedOn?.slice(0, 10) ?? null,
    councilNote: fields.councilNote.trim(),
    universityConsultedOn: fields.universityConsultedOn?.slice(0, 10) ?? null,
    universityNote: fields.universityNote.trim(),
  };
}

export function candidateSnapshot(candidate: Candidate): Record<string, unknown> {
  const {
    acceptableNumber,
    acceptablePeriods,
    contactName,
    reasonOutsideScarce,
    councilConsultedOn,
    universityConsultedOn,
    reviewStatus,
    specialtyCode,
  } = candidate;
  return {
    specialtyCode,
    acceptableNumber,
    acceptablePeriods,
    contactName,
    reasonOutsideScarce,
    councilConsultedOn,
    universityConsultedOn,
    reviewStatus,
  };
}

function sortByFacility(candidates: CandidateResponse[]): CandidateResponse[] {
  return candidates.sort((a, b) => a.facility.facilityCode.localeCompare(b.facility.facilityCode) || a.specialtyCode.localeCompare(b.specialtyCode));
}
