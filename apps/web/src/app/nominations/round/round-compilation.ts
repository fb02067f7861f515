import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { CapacityRow, RoundResponse, SubmissionOverview } from '@renkei/contract';
import { Observable, filter } from 'rxjs';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { NominationsService } from '../data-access/nominations.service';
import { TasksService } from '../data-access/tasks.service';
import { nominationErrorMessage } from '../nomination-errors';
import { SUBMISSION_STATUS_LABELS, capacityLabel, capacityState } from '../nomination-labels';
import { prefectureListPath, publishedHostsPath } from '../rounds/round-links';
import { CommentDialog, CommentDialogData } from '../ui/comment-dialog';
import { ExpectedPlacesForm, expectedPlacesForm, expectedPlacesRequest } from './expected-places';
import { publishState, returnSubmissionState, sendToSocietiesState } from './round-actions';

/** The JMSB's compilation of a round: submissions, capacity against expected places, and the round's next steps. */
@Component({
  selector: 'rk-round-compilation',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, JstPipe, FormAlert, RequestState],
  templateUrl: './round-compilation.html',
  styleUrl: './round-compilation.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoundCompilation {
  private readonly nominations = inject(NominationsService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly tasks = inject(TasksService);
  protected readonly names = inject(ReferenceNamesService).use();

  readonly roundId = input.required<string>();
  readonly roundChanged = output<RoundResponse>();

  protected readonly compilation = this.nominations.compilation(() => this.roundId());
  protected readonly value = computed(() => loadedValue(this.compilation));
  protected readonly statusLabels = SUBMISSION_STATUS_LABELS;
  protected readonly sendState = computed(() => {
    const value = this.value();
    return value ? sendToSocietiesState(value.round, value.submissions) : null;
  });
  protected readonly publishState = computed(() => {
    const value = this.value();
    return value ? publishState(value.round) : null;
  });
  protected readonly submittedCount = computed(() => this.value()?.submissions.filter((row) => row.status === 'submitted').length ?? 0);
  protected readonly placesForm = signal<ExpectedPlacesForm>(expectedPlacesForm([]));
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly placesMessage = signal<{ kind: 'error' | 'success'; text: string } | null>(null);

  constructor() {
    // A fresh form for each loaded compilation (after saving, the server's values are shown).
    effect(() => {
      const value = this.value();
      if (value) {
        this.placesForm.set(expectedPlacesForm(value.capacity));
      }
    });
  }

  protected listPath(prefectureCode: string): string {
    return prefectureListPath(this.roundId(), prefectureCode);
  }

  protected hostsPath(): string {
    return publishedHostsPath(this.roundId());
  }

  protected returnState(submission: SubmissionOverview) {
    const value = this.value();
    return value ? returnSubmissionState(value.round, submission, new Date()) : null;
  }

  protected capacityText(row: CapacityRow): string {
    return capacityLabel(row);
  }

  protected capacityClass(row: CapacityRow): string {
    return `capacity--${capacityState(row)}`;
  }

  protected toggle(specialtyCode: string): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(specialtyCode)) {
        next.delete(specialtyCode);
      } else {
        next.add(specialtyCode);
      }
      return next;
    });
  }

  protected placesLabel(specialtyCode: string): string {
    const specialty = this.names.specialtyName(specialtyCode);
    return $localize`:@@nominations.capacity.placesLabel:${specialty}:specialty:の必要数`;
  }

  protected breakdownLabel(specialtyCode: string): string {
    const specialty = this.names.specialtyName(specialtyCode);
    return $localize`:@@nominations.capacity.breakdownLabel:都道府県別の内訳（${specialty}:specialty:）`;
  }

  protected returnLabel(prefectureCode: string): string {
    const prefecture = this.names.prefectureName(prefectureCode);
    return $localize`:@@nominations.submissions.returnLabel:差し戻す（${prefecture}:prefecture:）`;
  }

  protected savePlaces(): void {
    const value = this.value();
    const form = this.placesForm();
    if (!value || this.busy()) {
      return;
    }
    this.placesMessage.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      this.placesMessage.set({ kind: 'error', text: $localize`:@@nominations.capacity.invalid:必要数は 0 以上の整数で入力してください。` });
      return;
    }
    this.busy.set(true);
    this.nominations.setExpectedPlaces(value.round.id, expectedPlacesRequest(form.getRawValue(), value.round.version)).subscribe({
      next: (round) => {
        this.busy.set(false);
        this.placesMessage.set({ kind: 'success', text: $localize`:@@nominations.capacity.saved:必要数を保存しました。` });
        this.roundChanged.emit(round);
        this.compilation.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.placesMessage.set({ kind: 'error', text: nominationErrorMessage(error, 'round') });
      },
    });
  }

  protected returnSubmission(submission: SubmissionOverview): void {
    const value = this.value();
    if (!value) {
      return;
    }
    const prefecture = this.names.prefectureName(submission.prefectureCode);
    const data: CommentDialogData = {
      title: $localize`:@@nominations.submissions.returnTitle:${prefecture}:prefecture:の候補リストを差し戻しますか？`,
      message: $localize`:@@nominations.submissions.returnMessage:都道府県はリストを再び編集できるようになり、コメントがメールで届きます。`,
      commentLabel: $localize`:@@nominations.submissions.returnComment:都道府県へのコメント（必須）`,
      confirmLabel: $localize`:@@nominations.submissions.returnConfirm:差し戻す`,
    };
    this.dialog
      .open<CommentDialog, CommentDialogData, string>(CommentDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((comment): comment is string => !!comment))
      .subscribe((comment) => {
        const request = this.nominations.returnSubmission(value.round.id, submission.prefectureCode, comment, submission.version);
        this.run(request, $localize`:@@nominations.submissions.returned:候補リストを差し戻しました。`, 'list');
      });
  }

  protected sendToSocieties(): void {
    const value = this.value();
    if (!value) {
      return;
    }
    const count = this.submittedCount();
    this.confirm({
      title: $localize`:@@nominations.send.title:候補を学会へ送付しますか？`,
      message: $localize`:@@nominations.send.message:提出済みの ${count}:count: 都道府県の候補を各学会へ送り、確認を依頼します（メールが届きます）。送付後、都道府県は取り下げできなくなります。`,
      confirmLabel: $localize`:@@nominations.send.confirm:学会へ送付する`,
    }).subscribe(() =>
      this.run(
        this.nominations.sendToSocieties(value.round.id, value.round.version),
        $localize`:@@nominations.send.done:候補を学会へ送付しました。`,
        'round',
      ),
    );
  }

  protected publish(): void {
    const value = this.value();
    if (!value) {
      return;
    }
    this.confirm({
      title: $localize`:@@nominations.publish.title:連携先施設を公表しますか？`,
      message: $localize`:@@nominations.publish.message:学会が確認した候補を連携先施設として公表します。一覧は誰でも閲覧・ダウンロードでき、公表後は変更できません。`,
      confirmLabel: $localize`:@@nominations.publish.confirm:公表する`,
    }).subscribe(() =>
      this.run(
        this.nominations.publish(value.round.id, value.round.version),
        $localize`:@@nominations.publish.done:連携先施設を公表しました。`,
        'round',
      ),
    );
  }

  private confirm(data: ConfirmDialogData): Observable<boolean | undefined> {
    return this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true));
  }

  private run(request: Observable<unknown>, done: string, subject: 'round' | 'list'): void {
    this.busy.set(true);
    this.message.set(null);
    request.subscribe({
      next: (result) => {
        this.busy.set(false);
        this.message.set({ kind: 'success', text: done });
        this.snackBar.open(done, undefined, { duration: 5000 });
        if (isRound(result)) {
          this.roundChanged.emit(result);
        }
        this.compilation.reload();
        this.tasks.refresh();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.message.set({ kind: 'error', text: nominationErrorMessage(error, subject) });
      },
    });
  }
}

function isRound(value: unknown): value is RoundResponse {
  return typeof value === 'object' && value !== null && 'recruitmentYear' in value && 'ruleSet' in value;
}
