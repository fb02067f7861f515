import { HttpResourceRef, HttpResourceRequest, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { DatasetComparisonResponse, ELIGIBILITY_ROUTES, EligibilityCheckResponse, HostTableResponse } from '@renkei/contract';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** The choices of one eligibility check (`GET /api/eligibility/check`). */
export interface EligibilityCheckParams {
  year: number;
  specialty: string;
  area: string;
  nominated?: boolean;
  reason?: string;
  previousHost?: boolean;
  spot?: boolean;
  dataset?: string;
}

/** The query parameters the API expects for a check (flags only when true, empty texts left out). */
export function checkQueryParams(params: EligibilityCheckParams): Record<string, string> {
  const query: Record<string, string> = { year: String(params.year), specialty: params.specialty, area: params.area };
  if (params.nominated) {
    query['nominated'] = 'true';
    if (params.reason?.trim()) {
      query['reason'] = params.reason.trim();
    }
  }
  if (params.previousHost) {
    query['previousHost'] = 'true';
  }
  if (params.spot) {
    query['spot'] = 'true';
  }
  if (params.dataset) {
    query['dataset'] = params.dataset;
  }
  return query;
}

/**
 * Public eligibility endpoints (check, committee tables). Each method returns an `httpResource`,
 * so it must be called in an injection context; a key returning `undefined` loads nothing.
 */
@Injectable({ providedIn: 'root' })
export class EligibilityService {
  private readonly apiBaseUrl = inject(API_BASE_URL);

  check(params: () => EligibilityCheckParams | undefined): HttpResourceRef<EligibilityCheckResponse | undefined> {
    return httpResource<EligibilityCheckResponse>((): HttpResourceRequest | undefined => {
      const value = params();
      return value ? { url: this.url(ELIGIBILITY_ROUTES.check), params: checkQueryParams(value) } : undefined;
    });
  }

  datasetComparison(from = '2016-2018', to = '2022'): HttpResourceRef<DatasetComparisonResponse | undefined> {
    return httpResource<DatasetComparisonResponse>(() => ({ url: this.url(ELIGIBILITY_ROUTES.datasetComparison), params: { from, to } }));
  }

  hostTable(year: () => number | undefined): HttpResourceRef<HostTableResponse | undefined> {
    return httpResource<HostTableResponse>((): HttpResourceRequest | undefined => {
      const value = year();
      return value ? { url: this.url(ELIGIBILITY_ROUTES.hostTable), params: { year: String(value) } } : undefined;
    });
  }

  private url(segment: string): string {
    return `${this.apiBaseUrl}/${ELIGIBILITY_ROUTES.root}/${segment}`;
  }
}
