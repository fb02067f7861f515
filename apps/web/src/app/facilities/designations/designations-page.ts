import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { SecondaryMedicalAreaResponse, ScarceSpotResponse } from '@renkei/contract';
import { filter } from 'rxjs';
import { applyServerErrors, fieldErrorMessage, focusFirstInvalid } from '../../core/forms/form-errors';
import { localizedApiError } from '../../core/forms/server-messages';
import { RkValidators } from '../../core/forms/validators';
import { loadedValue } from '../../core/loaded-value';
import { JstPipe } from '../../core/time/jst';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { ScarceAreaMarker } from '../../regional-data/ui/scarce-area-marker';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { ConfirmDialog, ConfirmDialogData } from '../../shared/ui/confirm-dialog';
import { FormAlert } from '../../shared/ui/form-alert';
import { RequestState } from '../../shared/ui/request-state';
import { FacilitiesService } from '../data-access/facilities.service';
import { prefectureChoice } from '../prefecture-choice';
import { PrefecturePicker } from '../prefecture-picker';
import { DesignationDialog } from './designation-dialog';

/**
 * `/facilities/designations`: the prefecture designates its physician-scarce areas (医師少数区域)
 * and spots (医師少数スポット, per municipality), each with a reason; eligibility reads them.
 */
@Component({
  selector: 'rk-designations-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PrefecturePicker,
    RouterLink,
    JstPipe,
    AutoFocus,
    FormAlert,
    RequestState,
    ScarceAreaMarker,
  ],
  templateUrl: './designations-page.html',
  styleUrl: './designations-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DesignationsPage {
  private readonly facilities = inject(FacilitiesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly prefecture = prefectureChoice();
  protected readonly detail = inject(ReferenceDataService).prefecture(() => this.prefecture.selected());
  protected readonly areas = computed(() => loadedValue(this.detail)?.secondaryMedicalAreas ?? []);
  protected readonly spots = this.facilities.spots(() => this.prefecture.selected());

  protected readonly spotForm = new FormGroup({
    municipality: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(100)] }),
    reason: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(1000)] }),
  });
  protected readonly spotPending = signal(false);
  protected readonly spotMessage = signal<string | null>(null);
  protected readonly errorOf = fieldErrorMessage;

  protected changeLabel(area: SecondaryMedicalAreaResponse): string {
    const name = area.nameJa;
    return $localize`:@@designations.changeLabel:指定を変更（${name}:name:）`;
  }

  protected removeLabel(spot: ScarceSpotResponse): string {
    const name = spot.municipality;
    return $localize`:@@designations.removeLabel:指定を解除（${name}:name:）`;
  }

  protected change(area: SecondaryMedicalAreaResponse): void {
    this.dialog
      .open<DesignationDialog, SecondaryMedicalAreaResponse, boolean>(DesignationDialog, { data: area, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((saved) => saved === true))
      .subscribe(() => {
        this.detail.reload();
        this.snackBar.open($localize`:@@designations.saved:指定を保存しました。`, undefined, { duration: 5000, politeness: 'polite' });
      });
  }

  protected addSpot(formDirective: FormGroupDirective): void {
    const prefectureCode = this.prefecture.selected();
    if (this.spotPending() || !prefectureCode) {
      return;
    }
    this.spotMessage.set(null);
    if (this.spotForm.invalid) {
      this.spotForm.markAllAsTouched();
      afterNextRender(() => focusFirstInvalid(this.host.nativeElement), { injector: this.injector });
      return;
    }
    const { municipality, reason } = this.spotForm.getRawValue();
    this.spotPending.set(true);
    this.facilities.addSpot(prefectureCode, { municipality: municipality.trim(), reason: reason.trim() }).subscribe({
      next: () => {
        this.spotPending.set(false);
        formDirective.resetForm({ municipality: '', reason: '' });
        this.spots.reload();
        this.snackBar.open($localize`:@@designations.spotAdded:医師少数スポットを指定しました。`, undefined, {
          duration: 5000,
          politeness: 'polite',
        });
      },
      error: (error: unknown) => {
        this.spotPending.set(false);
        this.spotMessage.set(applyServerErrors(this.spotForm, error).formMessage);
      },
    });
  }

  protected removeSpot(spot: ScarceSpotResponse): void {
    const municipality = spot.municipality;
    this.dialog
      .open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
        data: {
          title: $localize`:@@designations.removeTitle:医師少数スポットの指定を解除しますか？`,
          message: $localize`:@@designations.removeMessage:${municipality}:name: の指定を解除します。この市区町村の施設の判定が変わることがあります。`,
          confirmLabel: $localize`:@@designations.removeConfirm:解除する`,
          destructive: true,
        },
      })
      .afterClosed()
      .pipe(filter((confirmed) => confirmed === true))
      .subscribe(() => {
        this.facilities.removeSpot(spot.prefectureCode, spot.id).subscribe({
          next: () => this.spots.reload(),
          error: (error: unknown) => this.snackBar.open(localizedApiError(error), $localize`:@@common.close:閉じる`, { duration: 10000 }),
        });
      });
  }
}
