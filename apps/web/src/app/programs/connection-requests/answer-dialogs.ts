import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ConnectionRequestResponse, ProgramResponse } from '@renkei/contract';
import { Observable } from 'rxjs';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { FormAlert } from '../../shared/ui/form-alert';
import { ProgramsService } from '../data-access/programs.service';
import { programErrorMessage } from '../program-errors';

export interface AnswerDialogData {
  program: ProgramResponse;
  request: ConnectionRequestResponse;
  /** The base facility's name and what it asks for, for the dialog's heading. */
  summary: string;
}

/** Shared plumbing of the two answers: send once, show field errors, close with the updated program. */
abstract class AnswerDialog<F extends FormGroup> {
  protected readonly data = inject<AnswerDialogData>(MAT_DIALOG_DATA);
  protected readonly service = inject(ProgramsService);
  private readonly dialogRef = inject<MatDialogRef<unknown, ProgramResponse>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected abstract readonly form: F;
  protected readonly errorOf = fieldErrorMessage;
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);

  protected abstract send(): Observable<ProgramResponse>;

  protected save(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    this.pending.set(true);
    this.send().subscribe({
      next: (program) => this.dialogRef.close(program),
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.formMessage.set(outcome.fields.length > 0 ? outcome.formMessage : programErrorMessage(error));
        afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      },
    });
  }
}

/** 受諾: the host takes up to the places asked, for the months it offers. */
@Component({
  selector: 'rk-accept-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, FormAlert],
  template: `
    <h2 mat-dialog-title i18n="@@connectionRequests.accept.title">依頼を受諾する</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="rk-form">
        <p class="rk-form-note">{{ data.summary }}</p>
        <p class="rk-form-note" i18n="@@connectionRequests.accept.note">
          依頼された {{ data.request.placesRequested }} 名まで受け入れられます。受諾した人数は、受入可能数の枠から差し引かれます。
        </p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@connectionRequests.accept.places">受け入れる人数</mat-label>
          <input
            matInput
            type="number"
            min="1"
            [max]="data.request.placesRequested"
            step="1"
            formControlName="places"
            required
            data-testid="accept-places"
          />
          <mat-error>{{ errorOf(form.controls.places.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@connectionRequests.accept.months">期間（か月／人）</mat-label>
          <input matInput type="number" min="1" max="36" step="1" formControlName="months" required data-testid="accept-months" />
          <mat-error>{{ errorOf(form.controls.months.errors) }}</mat-error>
        </mat-form-field>
        <rk-form-alert [message]="formMessage()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@common.cancel">キャンセル</button>
        <button mat-flat-button type="submit" [disabled]="pending()" data-testid="confirm-accept" i18n="@@connectionRequests.accept.submit">
          受諾する
        </button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcceptDialog extends AnswerDialog<FormGroup<{ places: FormControl<number | null>; months: FormControl<number | null> }>> {
  protected readonly form = new FormGroup({
    places: new FormControl<number | null>(this.data.request.placesRequested, [
      Validators.required,
      Validators.min(1),
      Validators.max(this.data.request.placesRequested),
    ]),
    months: new FormControl<number | null>(this.data.request.monthsRequested, [Validators.required, Validators.min(1), Validators.max(36)]),
  });

  protected send(): Observable<ProgramResponse> {
    const value = this.form.getRawValue();
    return this.service.accept(this.data.program.id, this.data.request.id, {
      places: Number(value.places),
      months: Number(value.months),
      version: this.data.request.version,
    });
  }
}

/** 辞退: the host says no, and why (the base facility reads the reason). */
@Component({
  selector: 'rk-decline-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, FormAlert],
  template: `
    <h2 mat-dialog-title i18n="@@connectionRequests.decline.title">依頼を辞退する</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content class="rk-form">
        <p class="rk-form-note">{{ data.summary }}</p>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="rk-full-width">
          <mat-label i18n="@@connectionRequests.decline.reason">辞退の理由（基幹施設に伝わります）</mat-label>
          <textarea matInput rows="4" formControlName="reason" required data-testid="decline-reason"></textarea>
          <mat-error>{{ errorOf(form.controls.reason.errors) }}</mat-error>
        </mat-form-field>
        <rk-form-alert [message]="formMessage()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@common.cancel">キャンセル</button>
        <button
          mat-flat-button
          type="submit"
          class="rk-danger-button"
          [disabled]="pending()"
          data-testid="confirm-decline"
          i18n="@@connectionRequests.decline.submit"
        >
          辞退する
        </button>
      </mat-dialog-actions>
    </form>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeclineDialog extends AnswerDialog<FormGroup<{ reason: FormControl<string> }>> {
  protected readonly form = new FormGroup({
    reason: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(2000)] }),
  });

  protected send(): Observable<ProgramResponse> {
    return this.service.decline(this.data.program.id, this.data.request.id, {
      reason: this.form.getRawValue().reason.trim(),
      version: this.data.request.version,
    });
  }
}
