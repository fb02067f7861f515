import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CandidateResponse, SubmissionResponse } from '@renkei/contract';
import { Observable, filter } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { toAppLocale } from '../../core/locale/app-locales';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { NominationsService } from '../data-access/nominations.service';
import { TasksService } from '../data-access/tasks.service';
import { ConflictSubject, nominationErrorMessage } from '../nomination-errors';
import { ORIGIN_LABELS, REVIEW_STATUS_LABELS, SUBMISSION_STATUS_LABELS, problemText } from '../nomination-labels';
import { roundPath } from '../rounds/round-links';
import { CandidateEligibilityView } from '../ui/candidate-eligibility';
import { CandidateFactsView } from '../ui/candidate-facts';
import { CandidateDialog, CandidateDialogData } from './candidate-dialog';
import { blockingRows, mayFixReturnedRow, mayWithdraw, readOnlyReason } from './list-state';

/**
 * `/nominations/rounds/:roundId/prefectures/:prefectureCode`: a prefecture's candidate list with each
 * row's live eligibility; edit, add, remove rows; submit or withdraw; fix rows a society returned.
 */
@Component({
  selector: 'rk-prefecture-list-page',
  imports: [RouterLink, MatButtonModule, JstPipe, AutoFocus, FormAlert, RequestState, CandidateEligibilityView, CandidateFactsView],
  templateUrl: './prefecture-list-page.html',
  styleUrl: './prefecture-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrefectureListPage {
  private readonly nominations = inject(NominationsService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly tasks = inject(TasksService);
  protected readonly names = inject(ReferenceNamesService).use();
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly roundId = input.required<string>();
  readonly prefectureCode = input.required<string>();

  protected readonly round = this.nominations.round(() => this.roundId());
  protected readonly submission = this.nominations.submission(() => ({ roundId: this.roundId(), prefectureCode: this.prefectureCode() }));
  protected readonly roundValue = computed(() => loadedValue(this.round));
  protected readonly list = computed(() => loadedValue(this.submission));
  protected readonly isPrefecture = computed(() => this.auth.prefectureCodes().includes(this.prefectureCode()));
  protected readonly statusLabels = SUBMISSION_STATUS_LABELS;
  protected readonly reviewLabels = REVIEW_STATUS_LABELS;
  protected readonly originLabels = ORIGIN_LABELS;
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly retryable = computed(() => ![403, 404].includes(httpStatusOf(this.submission.error()) ?? 0));
  /** Out of scope or not found: no retry helps, so say why instead. */
  protected readonly refusal = computed(() => (this.retryable() ? null : nominationErrorMessage(this.submission.error())));

  protected readonly readOnly = computed(() => {
    const round = this.roundValue();
    const list = this.list();
    return round && list ? readOnlyReason(round, list, new Date()) : null;
  });
  protected readonly canEdit = computed(() => this.isPrefecture() && !!this.list()?.editable);
  protected readonly blocking = computed(() => blockingRows(this.list()?.candidates ?? []));
  protected readonly canWithdraw = computed(() => {
    const round = this.roundValue();
    const list = this.list();
    return this.isPrefecture() && !!round && !!list && mayWithdraw(round, list, new Date());
  });
  protected readonly returnedCount = computed(() => this.list()?.candidates.filter((row) => row.reviewStatus === 'returned').length ?? 0);

  protected roundLink(): string {
    return roundPath(this.roundId());
  }

  protected problem(problem: CandidateResponse['eligibility']['problems'][number]): string {
    return problemText(problem, this.locale);
  }

  protected mayFix(candidate: CandidateResponse): boolean {
    const round = this.roundValue();
    return this.isPrefecture() && !!round && mayFixReturnedRow(round, candidate);
  }

  protected rowName(candidate: CandidateResponse): string {
    return `${candidate.facility.name}（${this.names.specialtyName(candidate.specialtyCode)}）`;
  }

  protected editLabel(candidate: CandidateResponse): string {
    const row = this.rowName(candidate);
    return $localize`:@@nominations.list.editLabel:編集: ${row}:row:`;
  }

  protected removeLabel(candidate: CandidateResponse): string {
    const row = this.rowName(candidate);
    return $localize`:@@nominations.list.removeLabel:リストから外す: ${row}:row:`;
  }

  protected resubmitLabel(candidate: CandidateResponse): string {
    const row = this.rowName(candidate);
    return $localize`:@@nominations.list.resubmitLabel:この行を再提出: ${row}:row:`;
  }

  protected edit(candidate: CandidateResponse): void {
    this.openDialog({ mode: 'edit', roundId: this.roundId(), candidate });
  }

  protected add(): void {
    this.openDialog({ mode: 'add', roundId: this.roundId(), prefectureCode: this.prefectureCode() });
  }

  protected remove(candidate: CandidateResponse): void {
    const row = this.rowName(candidate);
    this.confirm({
      title: $localize`:@@nominations.list.removeTitle:この行をリストから外しますか？`,
      message: $localize`:@@nominations.list.removeMessage:${row}:row: を候補リストから外します。`,
      confirmLabel: $localize`:@@nominations.list.removeConfirm:外す`,
      destructive: true,
    }).subscribe(() =>
      this.run(
        this.nominations.removeCandidate(this.roundId(), candidate.id, candidate.version),
        $localize`:@@nominations.list.removed:行を外しました。`,
        'row',
      ),
    );
  }

  protected resubmit(candidate: CandidateResponse): void {
    this.run(
      this.nominations.resubmitCandidate(this.roundId(), candidate.id, candidate.version),
      $localize`:@@nominations.list.resubmitted:行を学会へ再提出しました。`,
      'row',
    );
  }

  protected submit(list: SubmissionResponse): void {
    const count = list.candidates.length;
    this.confirm({
      title: $localize`:@@nominations.list.submitTitle:候補リストを提出しますか？`,
      message: $localize`:@@nominations.list.submitMessage:${count}:count: 行の候補を日本専門医機構へ提出します。期限までは取り下げて修正できます。`,
      confirmLabel: $localize`:@@nominations.list.submitConfirm:提出する`,
    }).subscribe(() =>
      this.run(
        this.nominations.submit(this.roundId(), this.prefectureCode(), list.version),
        $localize`:@@nominations.list.submitted:候補リストを提出しました。`,
        'list',
      ),
    );
  }

  protected withdraw(list: SubmissionResponse): void {
    this.confirm({
      title: $localize`:@@nominations.list.withdrawTitle:提出を取り下げますか？`,
      message: $localize`:@@nominations.list.withdrawMessage:リストは下書きに戻り、編集できるようになります。期限までに再び提出してください。`,
      confirmLabel: $localize`:@@nominations.list.withdrawConfirm:取り下げる`,
    }).subscribe(() =>
      this.run(
        this.nominations.withdraw(this.roundId(), this.prefectureCode(), list.version),
        $localize`:@@nominations.list.withdrawn:提出を取り下げました。`,
        'list',
      ),
    );
  }

  private openDialog(data: CandidateDialogData): void {
    this.message.set(null);
    this.dialog
      .open<CandidateDialog, CandidateDialogData, CandidateResponse>(CandidateDialog, { data, autoFocus: 'first-tabbable', maxHeight: '90vh' })
      .afterClosed()
      .pipe(filter((saved): saved is CandidateResponse => saved !== undefined))
      .subscribe((saved) => {
        this.submission.update((list) => {
          if (!list) {
            return list;
          }
          const exists = list.candidates.some((row) => row.id === saved.id);
          return { ...list, candidates: exists ? list.candidates.map((row) => (row.id === saved.id ? saved : row)) : [...list.candidates, saved] };
        });
        // Show the saved row at once, then reload: an earlier load still in flight must not bring back the old row.
        this.submission.reload();
        this.announce($localize`:@@nominations.list.saved:行を保存しました。`);
      });
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private run(request: Observable<unknown>, done: string, subject: ConflictSubject): void {
    this.busy.set(true);
    this.message.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.message.set({ kind: 'success', text: done });
        this.announce(done);
        this.submission.reload();
        this.tasks.refresh();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.message.set({ kind: 'error', text: nominationErrorMessage(error, subject) });
      },
    });
  }

  private announce(message: string): void {
    this.snackBar.open(message, undefined, { duration: 5000 });
  }
}
