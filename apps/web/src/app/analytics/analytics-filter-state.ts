import { Signal, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { AnalyticsView } from '@renkei/contract';
import { AnalyticsFilters, VIEW_FILTERS, filtersFromParams, paramsFromFilters } from './analytics-filters';
import { AnalyticsService } from './data-access/analytics.service';

export interface AnalyticsFilterState {
  /** The URL's filters within the person's scope. */
  readonly filters: Signal<AnalyticsFilters>;
  /** Writes the filters to the URL (which the view then follows, also on back/forward). */
  update(filters: AnalyticsFilters): void;
}

/** The view's filters kept in the URL's query parameters. Call in an injection context. */
export function injectAnalyticsFilters(view: AnalyticsView): AnalyticsFilterState {
  const route = inject(ActivatedRoute);
  const router = inject(Router);
  const analytics = inject(AnalyticsService);
  const params = toSignal(route.queryParams, { initialValue: route.snapshot.queryParams });
  const keys = VIEW_FILTERS[view];
  return {
    filters: computed(() => analytics.scoped(filtersFromParams(params(), keys))),
    update: (filters) => void router.navigate([], { relativeTo: route, queryParams: paramsFromFilters(filters, keys) }),
  };
}
