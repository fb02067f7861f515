import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { OpenRoundRequest, RoundResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { NominationsService } from '../data-access/nominations.service';
import { endOfDayJst } from '../nomination-labels';

export type OpenRoundForm = FormGroup<{
  recruitmentYear: FormControl<number | null>;
  prefectureDeadline: FormControl<string>;
  societyDeadline: FormControl<string>;
  message: FormControl<string>;
}>;

export function openRoundForm(recruitmentYear: number): OpenRoundForm {
  return new FormGroup({
    recruitmentYear: new FormControl<number | null>(recruitmentYear, [Validators.required, Validators.min(2000), Validators.max(2100)]),
    prefectureDeadline: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    societyDeadline: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    message: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(4000)] }),
  });
}

/** The request for a filled form: each deadline is the end of its day in Japan time. */
export function openRoundRequest(value: OpenRoundForm['value']): OpenRoundRequest {
  return {
    recruitmentYear: Number(value.recruitmentYear),
    prefectureDeadline: endOfDayJst(value.prefectureDeadline ?? ''),
    societyDeadline: endOfDayJst(value.societyDeadline ?? ''),
    message: (value.message ?? '').trim(),
  };
}

/** JMSB: opens the round of a recruitment year (`POST /api/rounds`). */
@Component({
  selector: 'rk-open-round-form',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, FormAlert],
  template: `
    <form class="rk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate aria-labelledby="open-round-title">
      <div class="open-round__grid">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@nominations.open.year">募集年度</mat-label>
          <input matInput type="number" formControlName="recruitmentYear" min="2000" max="2100" required />
          <mat-error>{{ errorOf(form.controls.recruitmentYear.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@nominations.open.prefectureDeadline">都道府県の提出期限（日本時間のその日の終わり）</mat-label>
          <input matInput type="date" formControlName="prefectureDeadline" required />
          <mat-error>{{ errorOf(form.controls.prefectureDeadline.errors) }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label i18n="@@nominations.open.societyDeadline">学会の確認期限（日本時間のその日の終わり）</mat-label>
          <input matInput type="date" formControlName="societyDeadline" required />
          <mat-error>{{ errorOf(form.controls.societyDeadline.errors) }}</mat-error>
        </mat-form-field>
      </div>
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="rk-full-width">
        <mat-label i18n="@@nominations.open.message">都道府県・学会へのメッセージ</mat-label>
        <textarea matInput formControlName="message" rows="3" maxlength="4000"></textarea>
        <mat-error>{{ errorOf(form.controls.message.errors) }}</mat-error>
      </mat-form-field>
      <p class="rk-form-note" i18n="@@nominations.open.note">
        開始すると、全都道府県に候補リストの下書き（前回の連携先と医師少数区域・スポットの連携先施設を自動入力）が作られ、担当者と学会にメールが届きます。
      </p>
      <rk-form-alert [message]="message()?.text ?? null" [kind]="message()?.kind ?? 'error'" />
      <div class="rk-form-actions">
        <button mat-flat-button type="submit" [disabled]="pending()" i18n="@@nominations.open.submit">募集を開始する</button>
      </div>
    </form>
  `,
  styles: `
    .open-round__grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 260px), 1fr));
      gap: 16px;
      margin-bottom: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OpenRoundFormComponent {
  private readonly nominations = inject(NominationsService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  readonly opened = output<RoundResponse>();

  protected readonly form = openRoundForm(new Date().getFullYear() + 1);
  private readonly formDirective = viewChild.required(FormGroupDirective);
  protected readonly pending = signal(false);
  protected readonly message = signal<{ kind: 'error' | 'success'; text: string } | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.message.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    this.pending.set(true);
    this.nominations.open(openRoundRequest(this.form.getRawValue())).subscribe({
      next: (round) => {
        this.pending.set(false);
        const year = round.recruitmentYear;
        this.formDirective().resetForm({ recruitmentYear: year + 1, prefectureDeadline: '', societyDeadline: '', message: '' });
        this.message.set({ kind: 'success', text: $localize`:@@nominations.open.done:${year}:year:年度の募集を開始しました。` });
        this.opened.emit(round);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.form, error);
        this.message.set(outcome.formMessage ? { kind: 'error', text: outcome.formMessage } : null);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
