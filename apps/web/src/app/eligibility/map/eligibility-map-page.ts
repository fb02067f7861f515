import { KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { EligibilityCategoryCode, EligibilityReasonResponse } from '@renkei/contract';
import { apiErrorBody } from '../../core/forms/server-messages';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { LocalizedNamePipe } from '../../core/locale/localized-name.pipe';
import { ReferenceDataService } from '../../regional-data/data-access/reference-data.service';
import { RequestState } from '../../shared/ui/request-state';
import { RECRUITMENT_YEARS } from '../check/eligibility-check-page';
import { EligibilityPrefecturesParams, EligibilityService } from '../data-access/eligibility.service';
import { ruleSetCategories } from '../rule-set-categories';
import { STATUS_STYLES, statusStyle } from '../status-styles';
import { PrefectureTileMap } from './prefecture-tile-map';

const DEFAULT_CATEGORY: EligibilityCategoryCode = 'special-regional';

/**
 * Map of Japan coloured by the prefecture-level status of one category, for a recruitment year,
 * specialty and (optionally) sufficiency dataset; the same data as a table below. Every choice,
 * including the prefecture whose reasons are open, is a query parameter, so a view can be shared.
 */
@Component({
  selector: 'rk-eligibility-map-page',
  imports: [KeyValuePipe, MatFormFieldModule, MatSelectModule, MatButtonModule, RouterLink, LocalizedNamePipe, RequestState, PrefectureTileMap],
  templateUrl: './eligibility-map-page.html',
  styleUrls: ['./eligibility-map-page.scss', '../status-chip.scss', '../data-table.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EligibilityMapPage {
  private readonly router = inject(Router);
  private readonly referenceData = inject(ReferenceDataService);
  private readonly eligibility = inject(EligibilityService);
  protected readonly locale = toAppLocale(inject(LOCALE_ID));

  readonly year = input<string | undefined>();
  readonly specialty = input<string | undefined>();
  readonly category = input<string | undefined>();
  readonly dataset = input<string | undefined>();
  /** The prefecture whose reasons are shown. */
  readonly prefecture = input<string | undefined>();

  protected readonly years = RECRUITMENT_YEARS;
  protected readonly statusStyles = STATUS_STYLES;
  protected readonly styleOf = statusStyle;

  private readonly specialtiesResource = this.referenceData.specialties();
  private readonly datasetsResource = this.referenceData.sufficiencyDatasets();
  private readonly ruleSetsResource = this.eligibility.ruleSets();
  protected readonly specialties = computed(() => loadedValue(this.specialtiesResource) ?? []);
  protected readonly datasets = computed(() => loadedValue(this.datasetsResource) ?? []);

  protected readonly selectedYear = computed(() => Number(this.year() ?? RECRUITMENT_YEARS[0]));
  protected readonly selectedSpecialty = computed(() => this.specialty() || this.specialties()[0]?.code);
  /** The categories of the year's active rule set (2026: ①②③, 2027: ①'②'). */
  protected readonly categories = computed(() => ruleSetCategories(loadedValue(this.ruleSetsResource) ?? [], this.selectedYear()));
  /** The category in the URL when the year has it; otherwise the special regional program (undefined until the categories are known). */
  protected readonly selectedCategory = computed((): EligibilityCategoryCode | undefined => {
    const known = this.categories();
    return (
      known.find((category) => category.code === this.category())?.code ??
      known.find((category) => category.code === DEFAULT_CATEGORY)?.code ??
      known[0]?.code
    );
  });

  protected readonly params = computed((): EligibilityPrefecturesParams | undefined => {
    const specialty = this.selectedSpecialty();
    const category = this.selectedCategory();
    return specialty && category ? { year: this.selectedYear(), specialty, category, dataset: this.dataset() || undefined } : undefined;
  });
  protected readonly prefectures = this.eligibility.prefectures(() => this.params());
  protected readonly result = computed(() => loadedValue(this.prefectures));
  protected readonly fieldErrors = computed(() => apiErrorBody(this.prefectures.error())?.fieldErrors ?? {});

  protected readonly selectedRow = computed(() => this.result()?.prefectures.find((row) => row.prefectureCode === this.prefecture()));
  protected readonly counts = computed(() => {
    const rows = this.result()?.prefectures ?? [];
    return new Map(STATUS_STYLES.map((style) => [style.status, rows.filter((row) => row.status === style.status).length]));
  });

  protected readonly specialtyName = computed(() => {
    const specialty = this.specialties().find((item) => item.code === this.selectedSpecialty());
    return specialty ? (this.locale === 'en' ? specialty.nameEn : specialty.nameJa) : (this.selectedSpecialty() ?? '');
  });
  protected readonly categoryName = computed(() => {
    const category = this.categories().find((item) => item.code === this.selectedCategory());
    return category ? `${category.label} ${this.locale === 'en' ? category.nameEn : category.nameJa}` : (this.selectedCategory() ?? '');
  });
  protected readonly caption = computed(() => {
    const year = this.selectedYear();
    const specialty = this.specialtyName();
    const category = this.categoryName();
    return $localize`:@@eligibilityMap.caption:${year}:year: 年度募集・${specialty}:specialty:・${category}:category: の都道府県別の判定`;
  });

  /** Query parameters of the check page for the chosen prefecture. */
  protected readonly checkQuery = computed(() => ({
    year: this.selectedYear(),
    specialty: this.selectedSpecialty(),
    prefecture: this.prefecture(),
    ...(this.dataset() ? { dataset: this.dataset() } : {}),
  }));

  private readonly referenceResources = [this.specialtiesResource, this.datasetsResource, this.ruleSetsResource] as const;
  protected readonly referenceLoading = computed(() => this.referenceResources.some((resource) => resource.isLoading()));
  protected readonly referenceError = computed(() => this.referenceResources.map((resource) => resource.error()).find(Boolean));

  protected readonly reasonText = (reason: EligibilityReasonResponse): string => (this.locale === 'en' ? reason.messageEn : reason.messageJa);

  protected retryReference(): void {
    for (const resource of this.referenceResources) {
      if (resource.error()) {
        resource.reload();
      }
    }
  }

  protected selectYear(event: MatSelectChange<number>): void {
    this.updateQuery({ year: String(event.value) });
  }

  protected selectSpecialty(event: MatSelectChange<string>): void {
    this.updateQuery({ specialty: event.value });
  }

  protected selectCategory(event: MatSelectChange<string>): void {
    this.updateQuery({ category: event.value });
  }

  protected selectDataset(event: MatSelectChange<string>): void {
    this.updateQuery({ dataset: event.value || null });
  }

  protected choosePrefecture(code: string): void {
    this.updateQuery({ prefecture: code });
  }

  private updateQuery(queryParams: Record<string, string | null>): void {
    void this.router.navigate([], { queryParams, queryParamsHandling: 'merge', replaceUrl: 'prefecture' in queryParams });
  }
}
