import { DecimalPipe, PercentPipe, formatNumber } from '@angular/common';
import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject } from '@angular/core';
import { ConcentrationRow, DEFAULT_CONCENTRATION_THRESHOLD } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { joinList } from '../../core/locale/list-format';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { injectAnalyticsFilters } from '../analytics-filter-state';
import { BASIS_LABELS } from '../analytics-labels';
import { AnalyticsService } from '../data-access/analytics.service';
import { AnalyticsChart } from '../ui/analytics-chart';
import { AnalyticsDownloads } from '../ui/analytics-downloads';
import { AnalyticsFilterBar } from '../ui/analytics-filter-bar';
import { AnalyticsLoadState } from '../ui/analytics-load-state';
import { AnalyticsRoundFacts } from '../ui/analytics-round';
import { concentrationChartHeight, concentrationChartOption } from './concentration-chart';

/** How the index is written, in the table and in the chart's summary. */
export const INDEX_DIGITS = '1.0-3';

/** Flagged first, then the most concentrated; cells nobody came to last. */
function byConcentration(left: ConcentrationRow, right: ConcentrationRow): number {
  return Number(right.flagged) - Number(left.flagged) || (right.herfindahl ?? -1) - (left.herfindahl ?? -1);
}

/**
 * `/analytics/concentration`: per host prefecture × specialty, how the residents spread over its
 * published hosts (top host's share, Herfindahl index), flagged when one hospital takes most while
 * the others get none (seed 004 p. 4).
 */
@Component({
  selector: 'rk-concentration-page',
  imports: [DecimalPipe, PercentPipe, AnalyticsChart, AnalyticsDownloads, AnalyticsFilterBar, AnalyticsLoadState, AnalyticsRoundFacts],
  templateUrl: './concentration-page.html',
  styleUrls: ['../analytics-view.scss', './concentration-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConcentrationPage {
  private readonly locale = inject(LOCALE_ID);
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly state = injectAnalyticsFilters('concentration');
  protected readonly concentration = inject(AnalyticsService).concentration(this.state.filters);
  protected readonly value = computed(() => loadedValue(this.concentration));

  protected readonly indexDigits = INDEX_DIGITS;
  protected readonly rows = computed(() => [...(this.value()?.rows ?? [])].sort(byConcentration));
  protected readonly charted = computed(() => this.rows().filter((row) => row.herfindahl !== null));
  protected readonly basisLabel = computed(() => BASIS_LABELS[this.value()?.basis ?? 'accepted']);
  protected readonly threshold = computed(() => this.value()?.threshold ?? DEFAULT_CONCENTRATION_THRESHOLD);
  protected readonly flaggedCount = computed(() => this.rows().filter((row) => row.flagged).length);

  protected readonly rowName = (row: ConcentrationRow): string =>
    `${this.names.prefectureName(row.prefectureCode)} ${this.names.specialtyName(row.specialtyCode)}`;

  protected readonly chartHeight = computed(() => concentrationChartHeight(this.charted().length));
  protected readonly chartOption = computed(() => {
    const threshold = this.threshold();
    return concentrationChartOption(this.charted(), this.rowName, threshold, {
      index: $localize`:@@analytics.concentration.index:ハーフィンダール指数`,
      threshold: $localize`:@@analytics.concentration.thresholdMark:しきい値 ${threshold}:threshold:`,
    });
  });
  protected readonly chartLabel = computed(() => {
    const threshold = this.threshold();
    const flagged = this.flaggedCount();
    const figures = joinList(this.charted().map((row) => `${this.rowName(row)} ${formatNumber(row.herfindahl ?? 0, this.locale, INDEX_DIGITS)}`));
    return $localize`:@@analytics.concentration.chartLabel:都道府県 × 基本領域ごとのハーフィンダール指数の棒グラフ（しきい値 ${threshold}:threshold:、集中 ${flagged}:flagged: 件）：${figures}:figures:`;
  });
}
