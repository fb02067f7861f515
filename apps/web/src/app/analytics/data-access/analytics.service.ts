import { HttpParams, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, computed, inject } from '@angular/core';
import { ANALYTICS_ROUTES, AnalyticsView, CapacityDemandResponse, ConcentrationResponse, FunnelResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { API_BASE_URL } from '../../core/api-base-url.token';
import { AnalyticsFilters, VIEW_FILTERS, paramsFromFilters } from '../analytics-filters';

/** What the person may look at: null is the whole nation (or every specialty). */
export interface AnalyticsScope {
  /** A prefectural officer's own prefectures. */
  readonly prefectures: readonly string[] | null;
  /** A society reviewer's own specialties. */
  readonly specialties: readonly string[] | null;
}

export type ExportFormat = 'csv' | 'xlsx';

function within(allowed: readonly string[], chosen: string | undefined): string | undefined {
  return chosen && allowed.includes(chosen) ? chosen : allowed[0];
}

/**
 * The analytics views (`/api/analytics/…`). The JMSB sees the nation; the API answers a prefectural
 * officer only for their own prefecture and a society reviewer only for their own specialty, so
 * every query carries that scope whatever the filters say.
 */
@Injectable({ providedIn: 'root' })
export class AnalyticsService {
  private readonly auth = inject(AuthService);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  readonly scope = computed((): AnalyticsScope => {
    if (this.auth.isJmsb()) {
      return { prefectures: null, specialties: null };
    }
    const prefectures = this.auth.prefectureCodes();
    if (prefectures.length > 0) {
      return { prefectures, specialties: null };
    }
    const specialties = this.auth.specialtyCodes();
    return { prefectures: null, specialties: specialties.length > 0 ? specialties : null };
  });

  /** The filters narrowed to the person's scope (a fixed prefecture needs no block). */
  scoped(filters: AnalyticsFilters): AnalyticsFilters {
    const { prefectures, specialties } = this.scope();
    return {
      ...filters,
      ...(prefectures ? { prefecture: within(prefectures, filters.prefecture), block: undefined } : {}),
      ...(specialties ? { specialty: within(specialties, filters.specialty) } : {}),
    };
  }

  /** The API query of a view: its filters only, within the person's scope. */
  query(view: AnalyticsView, filters: AnalyticsFilters): Record<string, string> {
    return paramsFromFilters(this.scoped(filters), VIEW_FILTERS[view]);
  }

  /** `GET /api/analytics/funnel` */
  funnel(filters: () => AnalyticsFilters): HttpResourceRef<FunnelResponse | undefined> {
    return this.resource<FunnelResponse>(ANALYTICS_ROUTES.funnel, filters);
  }

  /** `GET /api/analytics/capacity-demand` */
  capacityDemand(filters: () => AnalyticsFilters): HttpResourceRef<CapacityDemandResponse | undefined> {
    return this.resource<CapacityDemandResponse>(ANALYTICS_ROUTES.capacityDemand, filters);
  }

  /** `GET /api/analytics/concentration` */
  concentration(filters: () => AnalyticsFilters): HttpResourceRef<ConcentrationResponse | undefined> {
    return this.resource<ConcentrationResponse>(ANALYTICS_ROUTES.concentration, filters);
  }

  /** A download link (plain `<a href download>`: the browser saves the file the API names). */
  exportUrl(view: AnalyticsView, format: ExportFormat, filters: AnalyticsFilters): string {
    const query = new HttpParams({ fromObject: this.query(view, filters) }).toString();
    return `${this.url(view)}.${format}${query ? `?${query}` : ''}`;
  }

  private resource<T>(view: AnalyticsView, filters: () => AnalyticsFilters): HttpResourceRef<T | undefined> {
    return httpResource<T>(() => ({ url: this.url(view), params: this.query(view, filters()) }));
  }

  private url(view: AnalyticsView): string {
    return `${this.apiBaseUrl}/${ANALYTICS_ROUTES.root}/${view}`;
  }
}
