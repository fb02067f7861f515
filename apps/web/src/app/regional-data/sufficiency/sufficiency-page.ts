import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioChange, MatRadioModule } from '@angular/material/radio';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { joinList } from '../../core/locale/list-format';
import { LocalizedNamePipe, localizedName } from '../../core/locale/localized-name.pipe';
import { RequestState } from '../../shared/ui/request-state';
import { ReferenceDataService } from '../data-access/reference-data.service';
import { BandLegend } from './band-legend';
import { SpecialtyBandSummary } from './specialty-band-summary';
import { legendEntries } from './sufficiency-band';
import { SufficiencyMatrix } from './sufficiency-matrix';

const ALL_SPECIALTIES = '';

/**
 * Current sufficiency ratio bands (足下充足率) of one dataset as a prefecture × specialty matrix.
 * The dataset and specialty are the `?dataset=` and `?specialty=` query parameters.
 */
@Component({
  selector: 'rk-sufficiency-page',
  imports: [
    MatFormFieldModule,
    MatRadioModule,
    MatSelectModule,
    LocalizedNamePipe,
    RequestState,
    BandLegend,
    SufficiencyMatrix,
    SpecialtyBandSummary,
  ],
  templateUrl: './sufficiency-page.html',
  styleUrl: './sufficiency-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SufficiencyPage {
  private readonly router = inject(Router);
  private readonly referenceData = inject(ReferenceDataService);
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  /** `?dataset=` query parameter (dataset code, e.g. `2022`). */
  readonly dataset = input<string | undefined>();
  /** `?specialty=` query parameter (specialty code). */
  readonly specialty = input<string | undefined>();

  protected readonly allSpecialties = ALL_SPECIALTIES;
  private readonly datasetsResource = this.referenceData.sufficiencyDatasets();
  private readonly specialtiesResource = this.referenceData.specialties();
  private readonly prefecturesResource = this.referenceData.prefectures();

  protected readonly datasets = computed(() => loadedValue(this.datasetsResource) ?? []);
  protected readonly specialties = computed(() => loadedValue(this.specialtiesResource) ?? []);
  protected readonly prefectures = computed(() => loadedValue(this.prefecturesResource) ?? []);

  /** The dataset in the URL, or by default the most recent one (codes start with the base year). */
  protected readonly selectedDatasetCode = computed(() => {
    const summaries = this.datasets();
    const requested = this.dataset();
    if (requested && summaries.some((summary) => summary.code === requested)) {
      return requested;
    }
    return [...summaries].sort((a, b) => b.code.localeCompare(a.code)).at(0)?.code;
  });

  private readonly datasetResource = this.referenceData.sufficiencyDataset(() => this.selectedDatasetCode());
  protected readonly selectedDataset = computed(() => loadedValue(this.datasetResource));

  protected readonly selectedSpecialty = computed(() => {
    const code = this.specialty();
    return this.specialties().find((specialty) => specialty.code === code) ?? null;
  });

  /** Matrix columns: the chosen specialty, or every specialty the dataset covers. */
  protected readonly columns = computed(() => {
    const dataset = this.selectedDataset();
    const selected = this.selectedSpecialty();
    if (selected) {
      return [selected];
    }
    return dataset ? this.specialties().filter((specialty) => dataset.specialtyCodes.includes(specialty.code)) : [];
  });

  protected readonly uncoveredSpecialtyNames = computed(() => {
    const dataset = this.selectedDataset();
    if (!dataset) {
      return '';
    }
    return joinList(
      this.specialties()
        .filter((specialty) => !dataset.specialtyCodes.includes(specialty.code))
        .map((specialty) => localizedName(this.locale, specialty)),
    );
  });

  protected readonly legend = computed(() => {
    const dataset = this.selectedDataset();
    return dataset ? legendEntries(dataset) : [];
  });

  protected readonly matrixCaption = computed(() => {
    const dataset = this.selectedDataset();
    const name = dataset ? localizedName(this.locale, dataset) : '';
    return $localize`:@@sufficiency.matrixCaption:都道府県 × 基本領域の足下充足率の区分（${name}:dataset:）`;
  });

  private readonly resources = [this.datasetsResource, this.specialtiesResource, this.prefecturesResource, this.datasetResource] as const;

  protected readonly loading = computed(() => this.resources.some((resource) => resource.isLoading()));
  protected readonly error = computed(() => this.resources.map((resource) => resource.error()).find(Boolean));

  protected retry(): void {
    for (const resource of this.resources) {
      if (resource.error()) {
        resource.reload();
      }
    }
  }

  protected selectDataset(event: MatRadioChange<string>): void {
    this.updateQuery({ dataset: event.value });
  }

  protected selectSpecialty(event: MatSelectChange<string>): void {
    this.updateQuery({ specialty: event.value === ALL_SPECIALTIES ? null : event.value });
  }

  private updateQuery(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge' });
  }
}
