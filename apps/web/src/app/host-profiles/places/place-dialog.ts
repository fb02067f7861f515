import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormArray, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { HostPlaceResponse } from '@renkei/contract';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { MAX_PERIODS, periodForm } from '../../nominations/prefecture-list/candidate-form';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { FormAlert } from '../../shared/ui/form-alert';
import { HostProfilesService } from '../data-access/host-profiles.service';
import { profileErrorMessage } from '../editor/profile-errors';

export interface PlaceDialogData {
  facilityId: string;
  place: HostPlaceResponse;
}

/** Changes one specialty's acceptable number and periods; closes with the saved place. */
@Component({
  selector: 'rk-place-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, FormAlert],
  templateUrl: './place-dialog.html',
  styles: `
    .period-row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
      margin-bottom: 8px;
    }
    fieldset {
      margin: 16px 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    mat-dialog-content {
      min-width: min(520px, 80vw);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceDialog {
  protected readonly data = inject<PlaceDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<PlaceDialog, HostPlaceResponse>>(MatDialogRef);
  private readonly profiles = inject(HostProfilesService);
  protected readonly names = inject(ReferenceNamesService).use();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly form = new FormGroup({
    acceptableNumber: new FormControl<number | null>(this.data.place.acceptableNumber, [Validators.required, Validators.min(1), Validators.max(100)]),
    acceptablePeriods: new FormArray(this.data.place.acceptablePeriods.map((period) => periodForm(period))),
  });
  protected readonly pending = signal(false);
  protected readonly formMessage = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;
  protected readonly maxPeriods = MAX_PERIODS;

  protected get periods() {
    return this.form.controls.acceptablePeriods;
  }

  protected addPeriod(): void {
    this.periods.push(periodForm());
    const index = this.periods.length - 1;
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(`#place-period-start-${index}`)?.focus(), { injector: this.injector });
  }

  protected removePeriod(index: number): void {
    this.periods.removeAt(index);
  }

  protected periodLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@hostProfiles.places.periodGroup:受入可能時期 ${number}:number:`;
  }

  protected removePeriodLabel(index: number): string {
    const number = index + 1;
    return $localize`:@@hostProfiles.places.removePeriod:受入可能時期 ${number}:number: を削除`;
  }

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
    const value = this.form.getRawValue();
    this.pending.set(true);
    this.profiles
      .updatePlace(this.data.facilityId, this.data.place.specialtyCode, {
        acceptableNumber: Number(value.acceptableNumber),
        acceptablePeriods: value.acceptablePeriods.map((period) => ({ startMonth: period.startMonth, months: Number(period.months) })),
        roundId: this.data.place.roundId,
        version: this.data.place.version,
      })
      .subscribe({
        next: (saved) => this.dialogRef.close(saved),
        error: (error: unknown) => {
          this.pending.set(false);
          const outcome = applyServerErrors(this.form, error);
          this.formMessage.set(outcome.fields.length > 0 ? outcome.formMessage : profileErrorMessage(error));
          afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
        },
      });
  }
}
