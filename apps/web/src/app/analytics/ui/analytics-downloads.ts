import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AnalyticsView } from '@renkei/contract';
import { AnalyticsFilters } from '../analytics-filters';
import { AnalyticsService } from '../data-access/analytics.service';

/** The view as .xlsx and CSV, with the filters it shows. */
@Component({
  selector: 'rk-analytics-downloads',
  template: `
    <p class="analytics-downloads">
      <a [href]="xlsx()" download data-testid="download-xlsx" i18n="@@analytics.downloadXlsx">Excel（.xlsx）をダウンロード</a>
      <a [href]="csv()" download data-testid="download-csv" i18n="@@analytics.downloadCsv">CSV をダウンロード</a>
    </p>
  `,
  styles: `
    .analytics-downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin: 0 0 16px;

      a {
        display: inline-flex;
        align-items: center;
        min-height: 24px;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsDownloads {
  private readonly analytics = inject(AnalyticsService);
  readonly view = input.required<AnalyticsView>();
  readonly filters = input.required<AnalyticsFilters>();

  protected readonly xlsx = computed(() => this.analytics.exportUrl(this.view(), 'xlsx', this.filters()));
  protected readonly csv = computed(() => this.analytics.exportUrl(this.view(), 'csv', this.filters()));
}
