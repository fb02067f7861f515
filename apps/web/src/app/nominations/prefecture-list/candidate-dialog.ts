import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { CandidateResponse, FacilityResponse } from '@renkei/contract';
import { Observable } from 'rxjs';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { FormAlert } from '../../shared/ui/form-alert';
import { NominationsService } from '../data-access/nominations.service';
import { nominationErrorMessage } from '../nomination-errors';
import { CandidateForm, MAX_PERIODS, candidateFields, candidateForm, periodForm } from './candidate-form';

export type CandidateDialogData =
  | { mode: 'edit'; roundId: string; candidate: CandidateResponse }
  | { mode: 'add'; roundId: string; prefectureCode: string };

/** Edits a row of a prefecture's list, or adds one (facility × specialty); closes with the saved row. */
@Component({
  selector: 'rk-candidate-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, LocalizedNamePipe, FormAlert],
  templateUrl: './candidate-dialog.html',
  styleUrl: './candidate-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CandidateDialog {
  protected readonly data = inject<CandidateDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<CandidateDialog, CandidateResponse>>(MatDialogRef);
  private readonly nominations = inject(NominationsService);
  protected readonly names = inject(ReferenceNamesService).use();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly candidate = this.data.mode === 'edit' ? this.data.candidate : null;
  protected readonly fields: CandidateForm = candidateForm(this.candidate ?? undefined);
  protected readonly choice = new FormGroup({
    facilityId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    specialtyCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly form = new FormGroup({ choice: this.choice, fields: this.fields });
  protected readonly facilities = signal<FacilityResponse[] | null>(null);
  protected readonly facilitiesError = signal<string | null>(null);
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;
  protected readonly maxPeriods = MAX_PERIODS;

  constructor() {
    if (this.data.mode === 'add') {
      this.nominations.hostFacilities(this.data.prefectureCode).subscribe({
        next: (facilities) => this.facilities.set(facilities),
        error: (error: unknown) => this.facilitiesError.set(nominationErrorMessage(error)),
      });
    } else {
      this.choice.disable();
    }
  }

  protected get periods() {
    return this.fields.controls.acceptablePeriods;
  }

  protected addPeriod(): void {
    this.periods.push(periodForm());
    const index = this.periods.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#period-start-${index}`)?.focus(), { injector: this.injector });
  }

  protected removePeriod(index: number): void {
    this.periods.removeAt(index);
  }

  protected periodLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@candidate.periodGroup:受入可能時期 ${number}:number:`;
  }

  protected removePeriodLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@candidate.removePeriodLabel:受入可能時期 ${number}:number: を削除`;
  }

  protected save(): void {
    if (this.pending()) {
      return;
    }
    this.formMessage.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidAfterRender();
      return;
    }
    const fields = candidateFields(this.fields.getRawValue());
    let request: Observable<CandidateResponse>;
    if (this.data.mode === 'edit') {
      request = this.nominations.updateCandidate(this.data.roundId, this.data.candidate.id, { ...fields, version: this.data.candidate.version });
    } else {
      request = this.nominations.addCandidate(this.data.roundId, this.data.prefectureCode, { ...fields, ...this.choice.getRawValue() });
    }
    this.pending.set(true);
    request.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.pending.set(false);
        const outcome = applyServerErrors(this.fields, error, {
          facilityId: this.choice.controls.facilityId,
          specialtyCode: this.choice.controls.specialtyCode,
        });
        this.formMessage.set(outcome.fields.length > 0 ? outcome.formMessage : nominationErrorMessage(error, 'row'));
        this.focusFirstInvalidAfterRender();
      },
    });
  }

  private focusFirstInvalidAfterRender(): void {
    afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
  }
}
