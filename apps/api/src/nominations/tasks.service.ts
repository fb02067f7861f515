import { Injectable, Logger } from '@nestjs/common';
import { TaskResponse, TasksResponse } from '@renkei/contract';
import { DataSource, EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { Candidate } from './entities/candidate.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PrefectureSubmission } from './entities/prefecture-submission.entity';
import { NOMINATION_PATHS, NominationNotifier } from './nomination-notifier.service';
import { submissionEditable } from './round-response';

/** How long before a deadline the reminder goes out. */
export const REMINDER_LEAD_MS = 3 * 24 * 3600 * 1000;

/**
 * "What is waiting for me", derived from the workflow's state (so it is never stale), and the
 * reminders sent once per round and side before each deadline.
 */
@Injectable()
export class TasksService {
  private readonly logger = new Logger(TasksService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: NominationNotifier,
  ) {}

  async forUser(user: CurrentUserContext): Promise<TasksResponse> {
    const manager = this.dataSource.manager;
    const rounds = await manager.find(NominationRound, { where: { status: Not('published') }, order: { recruitmentYear: 'ASC' } });
    const tasks: TaskResponse[] = [];
    const now = new Date();
    for (const round of rounds) {
      const base = { roundId: round.id, recruitmentYear: round.recruitmentYear };
      const submissions = await manager.findBy(PrefectureSubmission, { roundId: round.id });
      for (const role of user.roles) {
        if (role.role === 'prefecture' && role.prefectureCode) {
          const prefectureCode = role.prefectureCode;
          const submission = submissions.find((item) => item.prefectureCode === prefectureCode);
          if (!submission) continue;
          const path = NOMINATION_PATHS.prefectureList(round.id, prefectureCode);
          if (submission.status !== 'submitted' && submissionEditable(round, submission.status, now)) {
            const count = await manager.countBy(Candidate, { submissionId: submission.id });
            tasks.push({
              ...base,
              kind: 'submit-candidates',
              prefectureCode,
              specialtyCode: null,
              count,
              dueAt: round.prefectureDeadline.toISOString(),
              path,
            });
          }
          const returned = await manager.countBy(Candidate, { submissionId: submission.id, reviewStatus: 'returned' });
          if (submission.status === 'submitted' && returned > 0) {
            tasks.push({
              ...base,
              kind: 'fix-returned-candidates',
              prefectureCode,
              specialtyCode: null,
              count: returned,
              dueAt: round.societyDeadline.toISOString(),
              path,
            });
          }
        }
        if (role.role === 'society' && role.specialtyCode && round.status === 'reviewing') {
          const pending = await this.pendingCount(round.id, submissions, role.specialtyCode);
          if (pending > 0) {
            tasks.push({
              ...base,
              kind: 'review-candidates',
              prefectureCode: null,
              specialtyCode: role.specialtyCode,
              count: pending,
              dueAt: round.societyDeadline.toISOString(),
              path: NOMINATION_PATHS.review(round.id, role.specialtyCode),
            });
          }
        }
        if (role.role === 'jmsb') {
          const path = NOMINATION_PATHS.round(round.id);
          if (round.status === 'collecting') {
            const submitted = submissions.filter((submission) => submission.status === 'submitted').length;
            tasks.push({
              ...base,
              kind: 'compile-submissions',
              prefectureCode: null,
              specialtyCode: null,
              count: submitted,
              dueAt: round.prefectureDeadline.toISOString(),
              path,
            });
          } else if ((await this.pendingCount(round.id, submissions)) === 0 && (await this.confirmedCount(round.id, submissions)) > 0) {
            tasks.push({
              ...base,
              kind: 'publish-hosts',
              prefectureCode: null,
              specialtyCode: null,
              count: 1,
              dueAt: round.societyDeadline.toISOString(),
              path,
            });
          }
        }
      }
    }
    return { total: tasks.reduce((sum, task) => sum + Math.max(task.count, 1), 0), tasks };
  }

  /**
   * Sends the reminders that are due: prefectures that have not submitted and societies with
   * candidates still pending, once per round, in the last three days before the deadline.
   */
  async sendDueReminders(now: Date = new Date()): Promise<number> {
    let sent = 0;
    await this.dataSource.transaction(async (manager) => {
      const soon = new Date(now.getTime() + REMINDER_LEAD_MS);
      const collecting = await manager.find(NominationRound, {
        where: { status: 'collecting', prefectureReminderSentAt: IsNull(), prefectureDeadline: LessThanOrEqual(soon) },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const round of collecting.filter((item) => item.prefectureDeadline > now)) {
        const waiting = await manager.findBy(PrefectureSubmission, { roundId: round.id, status: Not('submitted') });
        for (const submission of waiting) {
          sent += await this.notifier.notify(manager, round, {
            step: 'prefecture-deadline-reminder',
            audience: { role: 'prefecture', prefectureCode: submission.prefectureCode },
            about: { prefectureCode: submission.prefectureCode },
            path: NOMINATION_PATHS.prefectureList(round.id, submission.prefectureCode),
            deadline: round.prefectureDeadline,
          });
        }
        await markReminded(manager, round.id, { prefectureReminderSentAt: now });
      }
      const reviewing = await manager.find(NominationRound, {
        where: { status: 'reviewing', societyReminderSentAt: IsNull(), societyDeadline: LessThanOrEqual(soon) },
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const round of reviewing.filter((item) => item.societyDeadline > now)) {
        const submitted = await manager.findBy(PrefectureSubmission, { roundId: round.id, status: 'submitted' });
        const pending = submitted.length
          ? await manager.find(Candidate, { where: { submissionId: In(submitted.map((submission) => submission.id)), reviewStatus: 'pending' } })
          : [];
        for (const specialtyCode of new Set(pending.map((candidate) => candidate.specialtyCode))) {
          sent += await this.notifier.notify(manager, round, {
            step: 'society-deadline-reminder',
            audience: { role: 'society', specialtyCode },
            about: { specialtyCode },
            path: NOMINATION_PATHS.review(round.id, specialtyCode),
            deadline: round.societyDeadline,
          });
        }
        await markReminded(manager, round.id, { societyReminderSentAt: now });
      }
    });
    if (sent > 0) this.logger.log(`Sent ${sent} deadline reminders`);
    return sent;
  }

  private async confirmedCount(roundId: string, submissions: PrefectureSubmission[]): Promise<number> {
    const submitted = submissions.filter((submission) => submission.status === 'submitted').map((submission) => submission.id);
    return submitted.length === 0
      ? 0
      : this.dataSource.manager.countBy(Candidate, { roundId, submissionId: In(submitted), reviewStatus: 'confirmed' });
  }

  private async pendingCount(roundId: string, submissions: PrefectureSubmission[], specialtyCode?: string): Promise<number> {
    const submitted = submissions.filter((submission) => submission.status === 'submitted').map((submission) => submission.id);
    if (submitted.length === 0) return 0;
    return this.dataSource.manager.countBy(Candidate, {
      roundId,
      submissionId: In(submitted),
      reviewStatus: 'pending',
      ...(specialtyCode ? { specialtyCode } : {}),
    });
  }
}

/** Records a reminder without touching the round's version: nobody edited the round, so nobody's next step should conflict. */
function markReminded(
  manager: EntityManager,
  roundId: string,
  sent: Pick<NominationRound, 'prefectureReminderSentAt'> | Pick<NominationRound, 'societyReminderSentAt'>,
): Promise<unknown> {
  return manager
    .createQueryBuilder()
    .update(NominationRound)
    .set({ ...sent, version: () => 'version' })
    .where('id = :roundId', { roundId })
    .execute();
}
