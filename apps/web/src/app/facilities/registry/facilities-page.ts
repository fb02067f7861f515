import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { FACILITY_IMPORT_COLUMNS, FacilityResponse } from '@renkei/contract';
import { filter } from 'rxjs';
import { loadedValue } from '../../core/loaded-value';
import { FileImport } from '../../shared/import/file-import';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { AutoFocus } from '../../shared/ui/auto-focus';
import { RequestState } from '../../shared/ui/request-state';
import { FacilitiesService } from '../data-access/facilities.service';
import { prefectureChoice } from '../prefecture-choice';
import { PrefecturePicker } from '../prefecture-picker';
import { FacilityDialog, FacilityDialogData } from './facility-dialog';
import { matchesFacility } from './facility-search';

/** `/facilities`: a prefecture's facility registry; its officers (and the JMSB) register and edit facilities. */
@Component({
  selector: 'rk-facilities-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, PrefecturePicker, RouterLink, AutoFocus, RequestState, FileImport],
  templateUrl: './facilities-page.html',
  styleUrl: './facilities-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FacilitiesPage {
  private readonly facilitiesService = inject(FacilitiesService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly locale = inject(LOCALE_ID);

  protected readonly prefecture = prefectureChoice();
  protected readonly facilities = this.facilitiesService.facilities(() => this.prefecture.selected());
  private readonly detail = inject(ReferenceDataService).prefecture(() => this.prefecture.selected());
  private readonly areas = computed(() => loadedValue(this.detail)?.secondaryMedicalAreas ?? []);
  protected readonly areaNames = computed(() => new Map(this.areas().map((area) => [area.code, area.nameJa])));

  protected readonly importColumns = FACILITY_IMPORT_COLUMNS;
  protected readonly importOpen = signal(false);

  protected readonly query = signal('');
  protected readonly rows = computed(() => (loadedValue(this.facilities) ?? []).filter((facility) => matchesFacility(facility, this.query())));

  protected onImported(): void {
    this.facilities.reload();
    this.snackBar.open($localize`:@@facilities.imported:ファイルの施設を取り込みました。`, undefined, { duration: 5000, politeness: 'polite' });
  }

  protected onQuery(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  protected editLabel(name: string): string {
    return $localize`:@@facilities.editLabel:編集（${name}:name:）`;
  }

  protected open(facility?: FacilityResponse): void {
    const prefectureCode = this.prefecture.selected();
    if (!prefectureCode) {
      return;
    }
    const data: FacilityDialogData = {
      facility,
      prefectureName: this.prefecture.options().find((option) => option.code === prefectureCode)?.name ?? prefectureCode,
      areas: this.areas(),
    };
    this.dialog
      .open<FacilityDialog, FacilityDialogData, FacilityResponse>(FacilityDialog, { data, autoFocus: 'first-tabbable' })
      .afterClosed()
      .pipe(filter((saved): saved is FacilityResponse => saved !== undefined))
      .subscribe((saved) => {
        this.facilities.reload();
        const name = saved.name;
        this.snackBar.open($localize`:@@facilities.saved:「${name}:name:」を保存しました。`, undefined, { duration: 5000, politeness: 'polite' });
      });
  }
}
