import { ChangeDetectionStrategy, Component, LOCALE_ID, computed, inject, linkedSignal } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { EligibilityReasonResponse, FunnelOutcome } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { toAppLocale } from '../../core/locale/app-locales';
import { joinList } from '../../core/locale/list-format';
import { LocalizedPaginatorIntl } from '../../core/localized-paginator-intl';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { injectAnalyticsFilters } from '../analytics-filter-state';
import { AnalyticsFilters } from '../analytics-filters';
import { FUNNEL_OUTCOME_LABELS, FUNNEL_STAGES, FUNNEL_STAGE_LABELS, FunnelStage, UNIT_LABELS, isFacilityStage } from '../analytics-labels';
import { AnalyticsService } from '../data-access/analytics.service';
import { AnalyticsChart } from '../ui/analytics-chart';
import { AnalyticsDownloads } from '../ui/analytics-downloads';
import { AnalyticsFilterBar } from '../ui/analytics-filter-bar';
import { AnalyticsLoadState } from '../ui/analytics-load-state';
import { AnalyticsRoundFacts } from '../ui/analytics-round';
import { funnelChartOption } from './funnel-chart';

const PAGE_SIZES = [25, 50, 100, 200];

/**
 * `/analytics/funnel`: per prefecture × specialty, eligible hosts → candidates → confirmed →
 * published → places requested → accepted → residents recruited → residents who went, and where
 * the chain breaks (no facility, or no match).
 */
@Component({
  selector: 'rk-funnel-page',
  imports: [MatPaginatorModule, AnalyticsChart, AnalyticsDownloads, AnalyticsFilterBar, AnalyticsLoadState, AnalyticsRoundFacts],
  templateUrl: './funnel-page.html',
  styleUrls: ['../analytics-view.scss', './funnel-page.scss'],
  providers: [{ provide: MatPaginatorIntl, useClass: LocalizedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FunnelPage {
  private readonly locale = toAppLocale(inject(LOCALE_ID));
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly state = injectAnalyticsFilters('funnel');
  protected readonly funnel = inject(AnalyticsService).funnel(this.state.filters);
  protected readonly value = computed(() => loadedValue(this.funnel));

  protected readonly stages = FUNNEL_STAGES;
  protected readonly stageLabels = FUNNEL_STAGE_LABELS;
  protected readonly outcomeLabels = FUNNEL_OUTCOME_LABELS;
  protected readonly pageSizes = PAGE_SIZES;
  protected readonly unitOf = (stage: FunnelStage) => (isFacilityStage(stage) ? UNIT_LABELS.facilities : UNIT_LABELS.residents);

  /** Outcomes some cell ends at (and the chosen one), with their counts. */
  protected readonly outcomeCounts = computed(() =>
    (this.value()?.outcomes ?? []).filter((item) => item.cells > 0 || item.outcome === this.state.filters().outcome),
  );
  protected readonly allCells = computed(() => (this.value()?.outcomes ?? []).reduce((total, item) => total + item.cells, 0));

  protected readonly chartOption = computed(() => {
    const totals = this.value()?.totals;
    return totals ? funnelChartOption(totals) : undefined;
  });
  protected readonly chartLabel = computed(() => {
    const totals = this.value()?.totals;
    const figures = totals ? joinList(FUNNEL_STAGES.map((stage) => `${FUNNEL_STAGE_LABELS[stage]} ${totals[stage]}`)) : '';
    return $localize`:@@analytics.funnel.chartLabel:段階ごとの合計の棒グラフ（施設数と人数）：${figures}:figures:`;
  });

  /** The table's page: back to the first whenever the filters change (keeping the page size). */
  protected readonly page = linkedSignal<AnalyticsFilters, { index: number; size: number }>({
    source: this.state.filters,
    computation: (_filters, previous) => ({ index: 0, size: previous?.value.size ?? 50 }),
  });
  protected readonly pageCells = computed(() => {
    const { index, size } = this.page();
    return (this.value()?.cells ?? []).slice(index * size, (index + 1) * size);
  });

  protected chooseOutcome(outcome: FunnelOutcome | undefined): void {
    this.state.update({ ...this.state.filters(), outcome });
  }

  protected changePage(event: PageEvent): void {
    this.page.set({ index: event.pageIndex, size: event.pageSize });
  }

  protected reasonText(reason: EligibilityReasonResponse): string {
    return this.locale === 'en' ? reason.messageEn : reason.messageJa;
  }
}
