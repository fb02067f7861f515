import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectChange, MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import { DatasetComparisonResponse, EligibilityDatasetRef } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { joinList } from '../../core/locale/list-format';
import { LocalizedNamePipe, localizedName } from '../../core/locale/localized-name.pipe';
import { RequestState } from '../../shared/ui/request-state';
import { RECRUITMENT_YEARS } from '../check/eligibility-check-page';
import { EligibilityService } from '../data-access/eligibility.service';

interface Named {
  nameJa: string;
  nameEn: string;
}

type ComparisonRow = DatasetComparisonResponse['rows'][number];

/** The committee's tables: p. 11 (sufficiency bands, 2016-2018 ⇒ 2022) and p. 12 (host prefectures per category) for `?year=`. */
@Component({
  selector: 'rk-committee-tables-page',
  imports: [MatFormFieldModule, MatSelectModule, LocalizedNamePipe, RequestState],
  templateUrl: './committee-tables-page.html',
  styleUrls: ['./committee-tables-page.scss', '../data-table.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommitteeTablesPage {
  private readonly router = inject(Router);
  private readonly eligibility = inject(EligibilityService);
  private readonly locale = toAppLocale(inject(LOCALE_ID));

  /** `?year=` query parameter of the host table. */
  readonly year = input<string | undefined>();

  protected readonly years = RECRUITMENT_YEARS;
  protected readonly selectedYear = computed(() => Number(this.year() ?? RECRUITMENT_YEARS[0]));

  protected readonly comparison = this.eligibility.datasetComparison();
  protected readonly hostTable = this.eligibility.hostTable(() => this.selectedYear());
  protected readonly comparisonValue = computed(() => loadedValue(this.comparison));
  protected readonly hostTableValue = computed(() => loadedValue(this.hostTable));

  /**
   * Band column headings of the comparison, taken from the first row (same for every row). The
   * interval notation ("(0.7, 0.8]", "≤ 0.7") reads the same in both languages and, unlike the
   * Japanese "0.8以下", says that the higher band excludes the lower one.
   */
  protected readonly bandColumns = computed(() => this.comparisonValue()?.rows[0]?.datasets[0]?.columns.map((column) => column.labelEn) ?? []);

  protected readonly hostCategories = computed(() => this.hostTableValue()?.rows[0]?.categories ?? []);

  protected datasetName(datasets: readonly EligibilityDatasetRef[], code: string): string {
    const dataset = datasets.find((item) => item.code === code);
    return dataset ? localizedName(this.locale, dataset) : code;
  }

  protected specialtyName(row: ComparisonRow | { specialtyNameJa: string; specialtyNameEn: string }): string {
    return this.locale === 'en' ? row.specialtyNameEn : row.specialtyNameJa;
  }

  protected names(prefectures: readonly Named[]): string {
    return prefectures.length ? joinList(prefectures.map((prefecture) => localizedName(this.locale, prefecture))) : '—';
  }

  protected selectYear(event: MatSelectChange<number>): void {
    void this.router.navigate([], { queryParams: { year: String(event.value) }, queryParamsHandling: 'merge' });
  }
}
