import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { SecondaryMedicalAreaResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { apiErrorCode } from '../../core/forms/server-messages';
import { RkValidators } from '../../core/forms/validators';
import { FormAlert } from '../../shared/ui/form-alert';
import { FacilitiesService } from '../data-access/facilities.service';

/** Changes one area's physician-scarce designation, with the reason (audited); closes with true when saved. */
@Component({
  selector: 'rk-designation-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, FormAlert],
  template: `
    <h2 mat-dialog-title i18n="@@designationForm.title">医師少数区域の指定（{{ area.nameJa }}）</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content class="rk-form">
        <mat-radio-group formControlName="physicianScarce" class="designation-form__choice" aria-labelledby="designation-choice-label">
          <span id="designation-choice-label" class="rk-visually-hidden" i18n="@@designationForm.choice">指定</span>
          <mat-radio-button [value]="true" i18n="@@designationForm.scarce">医師少数区域に指定する</mat-radio-button>
          <mat-radio-button [value]="false" i18n="@@designationForm.notScarce">指定しない</mat-radio-button>
        </mat-radio-group>
        <mat-form-field appearance="outline">
          <mat-label i18n="@@designationForm.reason">理由</mat-label>
          <textarea matInput formControlName="reason" rows="3"></textarea>
          <mat-hint i18n="@@designationForm.reasonHint">監査ログに記録され、候補リストの判定に使われます。</mat-hint>
          <mat-error>{{ errorOf(form.controls.reason.errors) }}</mat-error>
        </mat-form-field>
        <rk-form-alert [message]="formMessage()" />
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close i18n="@@common.cancel">キャンセル</button>
        <button mat-flat-button type="submit" [disabled]="pending()" i18n="@@designationForm.save">保存する</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    mat-dialog-content {
      min-width: min(480px, 80vw);
    }
    .designation-form__choice {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesignationDialog {
  protected readonly area = inject<SecondaryMedicalAreaResponse>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<DesignationDialog, boolean>>(MatDialogRef);
  private readonly facilities = inject(FacilitiesService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    physicianScarce: new FormControl(this.area.physicianScarce, { nonNullable: true }),
    reason: new FormControl(this.area.designation.reason ?? '', {
      nonNullable: true,
      validators: [RkValidators.requiredText, Validators.maxLength(1000)],
    }),
  });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected submit(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    const { physicianScarce, reason } = this.form.getRawValue();
    this.pending.set(true);
    this.facilities.designateArea(this.area.code, { physicianScarce, reason: reason.trim(), version: this.area.designation.version }).subscribe({
      next: () => this.dialogRef.close(true),
      error: (error: unknown) => {
        this.pending.set(false);
        this.formMessage.set(
          apiErrorCode(error) === 'VERSION_CONFLICT'
            ? $localize`:@@designationForm.conflict:この指定は、開いた後に別の担当者が変更しています。閉じて再読み込みしてください。`
            : applyServerErrors(this.form, error).formMessage,
        );
      },
    });
  }
}
