import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RegionalBlock } from '@renkei/contract';
import { loadedValue } from '../../core/loaded-value';
import { joinList } from '../../core/locale/list-format';
import { REGIONAL_BLOCK_LABELS } from '../../regional-data/labels/regional-block-labels';
import { ReferenceNamesService } from '../../shared/data-access/reference-names.service';
import { injectAnalyticsFilters } from '../analytics-filter-state';
import { HALF_LABELS } from '../analytics-labels';
import { AnalyticsService } from '../data-access/analytics.service';
import { AnalyticsChart } from '../ui/analytics-chart';
import { AnalyticsDownloads } from '../ui/analytics-downloads';
import { AnalyticsFilterBar } from '../ui/analytics-filter-bar';
import { AnalyticsLoadState } from '../ui/analytics-load-state';
import { AnalyticsRoundFacts } from '../ui/analytics-round';
import { CAPACITY_MEASURES, CAPACITY_MEASURE_LABELS, capacityChartOption, sumBy } from './capacity-figures';

/**
 * `/analytics/capacity-demand`: published acceptable numbers against places requested and
 * accepted, per block of the hosts' prefectures and per specialty; East vs West, and where requests
 * flow from (bases) to (hosts).
 */
@Component({
  selector: 'rk-capacity-demand-page',
  imports: [AnalyticsChart, AnalyticsDownloads, AnalyticsFilterBar, AnalyticsLoadState, AnalyticsRoundFacts],
  templateUrl: './capacity-demand-page.html',
  styleUrl: '../analytics-view.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CapacityDemandPage {
  protected readonly names = inject(ReferenceNamesService).use();
  protected readonly state = injectAnalyticsFilters('capacity-demand');
  protected readonly capacity = inject(AnalyticsService).capacityDemand(this.state.filters);
  protected readonly value = computed(() => loadedValue(this.capacity));

  protected readonly measures = CAPACITY_MEASURES;
  protected readonly measureLabels = CAPACITY_MEASURE_LABELS;
  protected readonly blockLabels = REGIONAL_BLOCK_LABELS;
  protected readonly halfLabels = HALF_LABELS;

  /** The chosen specialty's name, or that the figures are summed over every specialty. */
  protected readonly subject = computed(() => {
    const specialty = this.state.filters().specialty;
    return specialty ? this.names.specialtyName(specialty) : $localize`:@@analytics.capacity.allSpecialties:全領域の合計`;
  });
  /** Summed over specialties, a host counts once per specialty it hosts. */
  protected readonly hostsHeader = computed(() =>
    this.state.filters().specialty
      ? $localize`:@@analytics.col.hosts:連携先施設数`
      : $localize`:@@analytics.col.hostListings:連携先施設数（領域ごとの延べ数）`,
  );
  protected readonly blocks = computed(() => sumBy(this.value()?.rows ?? [], (row) => row.block));
  protected readonly halves = computed(() => sumBy(this.value()?.halves ?? [], (row) => row.half));

  protected readonly chartOption = computed(() => capacityChartOption(this.blocks(), (block: RegionalBlock) => REGIONAL_BLOCK_LABELS[block]));
  protected readonly chartLabel = computed(() => {
    const subject = this.subject();
    const figures = joinList(
      this.blocks().map(
        ({ key, figures }) =>
          `${REGIONAL_BLOCK_LABELS[key]} ${joinList(CAPACITY_MEASURES.map((measure) => `${CAPACITY_MEASURE_LABELS[measure]} ${figures[measure]}`))}`,
      ),
    );
    return $localize`:@@analytics.capacity.chartLabel:地方ごとの受入可能数・依頼数・受入数の棒グラフ（${subject}:subject:）：${figures}:figures:`;
  });
}
