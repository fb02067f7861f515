import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CandidateResponse, REVIEW_STATUSES, ReviewStatus } from '@renkei/contract';
import { Observable, filter } from 'rxjs';
import { AuthService } from '../../auth/data-access/auth.service';
import { httpStatusOf } from '../../core/api-error';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { NominationsService } from '../data-access/nominations.service';
import { TasksService } from '../data-access/tasks.service';
import { nominationErrorMessage } from '../nomination-errors';
import { REVIEW_STATUS_LABELS } from '../nomination-labels';
import { roundPath } from '../rounds/round-links';
import { CandidateEligibilityView } from '../ui/candidate-eligibility';
import { CandidateFactsView } from '../ui/candidate-facts';
import { CommentDialog, CommentDialogData } from '../ui/comment-dialog';
import { bulkSelection, confirmable, filterReviewRows } from './review-filter';

/**
 * `/nominations/rounds/:roundId/review/:specialtyCode`: a society's candidates nationwide; confirm or
 * return each (returning needs a comment), or confirm many at once (all or none).
 */
@Component({
  selector: 'rk-review-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatSelectModule,
    JstPipe,
    AutoFocus,
    FormAlert,
    RequestState,
    CandidateEligibilityView,
    CandidateFactsView,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  private readonly nominations = inject(NominationsService);
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly tasks = inject(TasksService);
  protected readonly names = inject(ReferenceNamesService).use();

  readonly roundId = input.required<string>();
  readonly specialtyCode = input.required<string>();

  protected readonly review = this.nominations.review(() => ({ roundId: this.roundId(), specialtyCode: this.specialtyCode() }));
  protected readonly value = computed(() => loadedValue(this.review));
  protected readonly retryable = computed(() => ![403, 404].includes(httpStatusOf(this.review.error()) ?? 0));
  /** Out of scope or not found: no retry helps, so say why instead. */
  protected readonly refusal = computed(() => (this.retryable() ? null : nominationErrorMessage(this.review.error())));
  protected readonly statuses = REVIEW_STATUSES;
  protected readonly statusLabels = REVIEW_STATUS_LABELS;
  protected readonly prefectureFilter = signal('');
  protected readonly statusFilter = signal<ReviewStatus | ''>('');
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);

  /** Only the society reviews; the JMSB may look. */
  protected readonly mayReview = computed(() => this.auth.specialtyCodes().includes(this.specialtyCode()));
  protected readonly closedReason = computed(() => {
    switch (this.value()?.round.status) {
      case 'collecting':
        return $localize`:@@review.closedCollecting:日本専門医機構が候補をまだ学会へ送付していません。送付されるとここで確認できます。`;
      case 'published':
        return $localize`:@@review.closedPublished:この募集回は公表済みのため、確認は終了しています。`;
      default:
        return null;
    }
  });
  protected readonly canAct = computed(() => this.mayReview() && this.closedReason() === null);
  protected readonly prefectures = computed(() => [...new Set((this.value()?.candidates ?? []).map((row) => row.prefectureCode))].sort());
  protected readonly rows = computed(() =>
    filterReviewRows(this.value()?.candidates ?? [], { prefectureCode: this.prefectureFilter(), status: this.statusFilter() }),
  );
  protected readonly selection = computed(() => bulkSelection(this.rows(), this.selected()));
  protected readonly counts = computed(() => {
    const rows = this.value()?.candidates ?? [];
    return { total: rows.length, pending: rows.filter((row) => row.reviewStatus === 'pending').length };
  });
  protected readonly confirmable = confirmable;

  protected roundLink(): string {
    return roundPath(this.roundId());
  }

  protected rowName(row: CandidateResponse): string {
    return `${row.facility.name}（${this.names.prefectureName(row.prefectureCode)}）`;
  }

  protected selectLabel(row: CandidateResponse): string {
    const name = this.rowName(row);
    return $localize`:@@review.selectLabel:選択: ${name}:name:`;
  }

  protected confirmLabel(row: CandidateResponse): string {
    const name = this.rowName(row);
    return $localize`:@@review.confirmLabel:確認する: ${name}:name:`;
  }

  protected returnLabel(row: CandidateResponse): string {
    const name = this.rowName(row);
    return $localize`:@@review.returnLabel:差し戻す: ${name}:name:`;
  }

  protected onPrefecture(value: string): void {
    this.prefectureFilter.set(value);
  }

  protected onStatus(value: ReviewStatus | ''): void {
    this.statusFilter.set(value);
  }

  protected toggle(row: CandidateResponse, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) {
        next.add(row.id);
      } else {
        next.delete(row.id);
      }
      return next;
    });
  }

  protected selectAllShown(checked: boolean): void {
    this.selected.set(
      checked
        ? new Set(
            this.rows()
              .filter(confirmable)
              .map((row) => row.id),
          )
        : new Set(),
    );
  }

  protected confirmOne(row: CandidateResponse): void {
    this.run(this.nominations.confirmCandidate(this.roundId(), row.id, row.version), $localize`:@@review.confirmed:候補を確認しました。`);
  }

  protected confirmSelected(): void {
    const candidates = this.selection();
    const count = candidates.length;
    if (count === 0) {
      return;
    }
    this.confirm({
      title: $localize`:@@review.bulkTitle:選択した候補をまとめて確認しますか？`,
      message: $localize`:@@review.bulkMessage:${count}:count: 件の候補を確認済みにします。1 件でも確認できないものがあれば、どれも確認されません。`,
      confirmLabel: $localize`:@@review.bulkConfirm:まとめて確認する`,
    }).subscribe(() =>
      this.run(
        this.nominations.confirmMany(this.roundId(), this.specialtyCode(), { candidates }),
        $localize`:@@review.bulkDone:${count}:count: 件の候補を確認しました。`,
      ),
    );
  }

  protected returnRow(row: CandidateResponse): void {
    const name = this.rowName(row);
    const data: CommentDialogData = {
      title: $localize`:@@review.returnTitle:${name}:name: を差し戻しますか？`,
      message: $localize`:@@review.returnMessage:都道府県にコメントがメールで届き、行を修正して再提出できます。`,
      commentLabel: $localize`:@@review.returnComment:都道府県へのコメント（必須）`,
      confirmLabel: $localize`:@@review.returnConfirm:差し戻す`,
    };
    this.dialog
      .open<CommentDialog, CommentDialogData, string>(CommentDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((comment): comment is string => !!comment))
      .subscribe((comment) =>
        this.run(
          this.nominations.returnCandidate(this.roundId(), row.id, comment, row.version),
          $localize`:@@review.returned:候補を差し戻しました。`,
        ),
      );
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private run(request: Observable<unknown>, done: string): void {
    this.busy.set(true);
    this.message.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        this.selected.set(new Set());
        this.message.set({ kind: 'success', text: done });
        this.snackBar.open(done, undefined, { duration: 5000 });
        this.review.reload();
        this.tasks.refresh();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.message.set({ kind: 'error', text: nominationErrorMessage(error, 'row') });
      },
    });
  }
}
