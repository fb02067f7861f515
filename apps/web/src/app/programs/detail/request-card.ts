import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ConnectionRequestResponse, EligibilityCategoryResult, ProgramResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { EligibilityCategoryResultView } from '../../eligibility/ui/eligibility-category-result';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { ProgramsService } from '../data-access/programs.service';
import { programErrorMessage } from '../program-errors';
import { RequestStatusChip } from '../request-status';
import { LedgerTable } from '../ui/ledger-table';
import { RequestState } from '../../shared/ui/request-state';

/**
 * One host's side of a program: what was asked and answered, the engine's stored decision,
 * comments, and (for the base) withdrawing and recording the residents who went.
 */
@Component({
  selector: 'rk-request-card',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    JstPipe,
    EligibilityCategoryResultView,
    FormAlert,
    RequestStatusChip,
    RequestState,
    LedgerTable,
  ],
  templateUrl: './request-card.html',
  styleUrl: './request-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestCard {
  private readonly service = inject(ProgramsService);
  private readonly dialog = inject(MatDialog);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly names = inject(ReferenceNamesService).use();

  readonly program = input.required<ProgramResponse>();
  readonly request = input.required<ConnectionRequestResponse>();
  /** The person works for the program's base facility (may withdraw and record rotations). */
  readonly isBase = input(false);
  /** The person may comment (either facility or their prefectures). */
  readonly canComment = input(false);
  /** The person may see the host's capacity ledger (the host, its prefecture, the JMSB). */
  readonly showLedger = input(false);
  readonly changed = output<ProgramResponse>();

  protected readonly ledger = this.service.ledger(
    () => (this.showLedger() ? this.request().host.id : undefined),
    () => this.program().recruitmentYear,
  );
  protected readonly ledgerValue = computed(() => loadedValue(this.ledger));
  protected readonly decision = computed((): EligibilityCategoryResult | null => {
    const hostId = this.request().host.id;
    return this.program().decisions.find((decision) => decision.hostFacilityId === hostId)?.result ?? null;
  });
  protected readonly canWithdraw = computed(() => this.isBase() && ['pending', 'accepted'].includes(this.request().status));
  protected readonly canRecordRotation = computed(() => this.isBase() && this.request().status === 'accepted');

  protected readonly errorOf = fieldErrorMessage;
  protected readonly pending = signal(false);
  protected readonly message = signal<string | null>(null);
  protected readonly commentForm = new FormGroup({
    comment: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(2000)] }),
  });
  protected readonly commentMessage = signal<string | null>(null);
  protected readonly rotationForm = new FormGroup({
    residentLabel: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(50)] }),
    startedOn: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    endedOn: new FormControl('', { nonNullable: true }),
  });
  protected readonly rotationMessage = signal<string | null>(null);

  protected idFor(part: string): string {
    return `request-${this.request().id}-${part}`;
  }

  protected withdraw(): void {
    const name = this.request().host.name;
    const data: ConfirmDialogData = {
      title: $localize`:@@programs.withdraw.title:依頼を取り下げますか？`,
      message: $localize`:@@programs.withdraw.message:${name}:name: への依頼を取り下げます。受諾済みの場合、その受入枠は空きに戻ります。この操作は元に戻せません。`,
      confirmLabel: $localize`:@@programs.withdraw.confirm:取り下げる`,
      destructive: true,
    };
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((confirmed) => {
        if (!confirmed) {
          return;
        }
        this.pending.set(true);
        this.message.set(null);
        this.service.withdraw(this.program().id, this.request().id, this.request().version).subscribe({
          next: (program) => {
            this.pending.set(false);
            this.changed.emit(program);
          },
          error: (error: unknown) => {
            this.pending.set(false);
            this.message.set(programErrorMessage(error));
          },
        });
      });
  }

  protected addComment(): void {
    this.commentMessage.set(null);
    if (this.commentForm.invalid) {
      this.commentForm.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.pending.set(true);
    this.service.comment(this.program().id, this.request().id, { comment: this.commentForm.getRawValue().comment.trim() }).subscribe({
      next: (program) => {
        this.pending.set(false);
        this.commentForm.reset();
        this.changed.emit(program);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.commentForm, error);
        this.commentMessage.set(outcome.fields.length > 0 ? outcome.formMessage : programErrorMessage(error));
      },
    });
  }

  protected addRotation(): void {
    this.rotationMessage.set(null);
    if (this.rotationForm.invalid) {
      this.rotationForm.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    const value = this.rotationForm.getRawValue();
    this.pending.set(true);
    this.service
      .recordRotation(this.program().id, this.request().id, {
        residentLabel: value.residentLabel.trim(),
        startedOn: value.startedOn,
        endedOn: value.endedOn || null,
      })
      .subscribe({
        next: (program) => {
          this.pending.set(false);
          this.rotationForm.reset();
          this.changed.emit(program);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const outcome = applyServerErrors(this.rotationForm, error);
          this.rotationMessage.set(outcome.fields.length > 0 ? outcome.formMessage : programErrorMessage(error));
          afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
        },
      });
  }
}
