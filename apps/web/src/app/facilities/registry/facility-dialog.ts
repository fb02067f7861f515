import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { FacilityResponse, SecondaryMedicalAreaResponse } from '@renkei/contract';
import { Observable } from 'rxjs';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { apiErrorCode } from '../../core/forms/server-messages';
import { FormAlert } from '../../shared/ui/form-alert';
import { FacilitiesService } from '../data-access/facilities.service';
import { facilityForm, facilityRequest } from './facility-form';

export interface FacilityDialogData {
  /** The facility to edit, or undefined to register a new one. */
  facility?: FacilityResponse;
  prefectureName: string;
  areas: readonly SecondaryMedicalAreaResponse[];
}

/** Registers or edits one facility; closes with the saved facility. */
@Component({
  selector: 'rk-facility-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, FormAlert],
  templateUrl: './facility-dialog.html',
  styles: `
    mat-dialog-content {
      min-width: min(560px, 85vw);
    }
    .facility-form__grid {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 220px), 1fr));
      gap: 0 16px;
    }
    .facility-form__roles {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      margin: 0 0 16px;
      padding: 0;
      border: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilityDialog {
  protected readonly data = inject<FacilityDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<FacilityDialog, FacilityResponse>>(MatDialogRef);
  private readonly facilities = inject(FacilitiesService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = facilityForm(this.data.facility);
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
      this.focusFirstInvalidAfterRender();
      return;
    }
    const request = facilityRequest(this.form);
    const existing = this.data.facility;
    const save: Observable<FacilityResponse> = existing
      ? this.facilities.update(existing.id, { ...request, version: existing.version })
      : this.facilities.create(request);
    this.pending.set(true);
    save.subscribe({
      next: (facility) => this.dialogRef.close(facility),
      error: (error: unknown) => {
        this.pending.set(false);
        if (apiErrorCode(error) === 'VERSION_CONFLICT') {
          this.formMessage.set(
            $localize`:@@facilityForm.conflict:この施設は、開いた後に別の担当者が保存しています。閉じて一覧を再読み込みし、最新の内容を確認してから編集してください。`,
          );
          return;
        }
        this.formMessage.set(applyServerErrors(this.form, error).formMessage);
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
