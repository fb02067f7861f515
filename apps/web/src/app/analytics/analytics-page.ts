import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { ANALYTICS_ROUTES } from '@renkei/contract';
import { SHARED_FILTERS, filtersFromParams, paramsFromFilters } from './analytics-filters';

/** "Analytics": page heading and tabs for the funnel, capacity vs demand and concentration. */
@Component({
  selector: 'rk-analytics-page',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, RouterOutlet],
  templateUrl: './analytics-page.html',
  styleUrl: '../shared/ui/tabbed-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsPage {
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });

  protected readonly tabs = [
    { path: ANALYTICS_ROUTES.funnel, label: $localize`:@@analytics.tabFunnel:ファネル` },
    { path: ANALYTICS_ROUTES.capacityDemand, label: $localize`:@@analytics.tabCapacityDemand:受入枠と需要` },
    { path: ANALYTICS_ROUTES.concentration, label: $localize`:@@analytics.tabConcentration:集中度` },
  ] as const;
  /** Year, prefecture, specialty and block go along to the other views. */
  protected readonly sharedParams = computed(() => paramsFromFilters(filtersFromParams(this.params(), SHARED_FILTERS), SHARED_FILTERS));
}
