import { HttpClient, HttpResourceRef, HttpResourceRequest, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  DatasetComparisonResponse,
  ELIGIBILITY_ROUTES,
  EligibilityCategoryCode,
  EligibilityCheckResponse,
  EligibilityPrefecturesResponse,
  HostTableResponse,
  RuleSetResponse,
  WhatIfRequest,
  WhatIfResponse,
} from '@renkei/contract';
import { Observable } from 'rxjs';
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

/** The choices of the map (`GET /api/eligibility/prefectures`). */
export interface EligibilityPrefecturesParams {
  year: number;
  specialty: string;
  category: EligibilityCategoryCode;
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
 * Eligibility endpoints (check, prefecture map, committee tables, rule sets, what-if). The GET
 * methods return an `httpResource`, so they must be called in an injection context; a key
 * returning `undefined` loads nothing.
 */
@Injectable({ providedIn: 'root' })
export class EligibilityService {
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  check(params: () => EligibilityCheckParams | undefined): HttpResourceRef<EligibilityCheckResponse | undefined> {
    return httpResource<EligibilityCheckResponse>((): HttpResourceRequest | undefined => {
      const value = params();
      return value ? { url: this.url(ELIGIBILITY_ROUTES.check), params: checkQueryParams(value) } : undefined;
    });
  }

  prefectures(params: () => EligibilityPrefecturesParams | undefined): HttpResourceRef<EligibilityPrefecturesResponse | undefined> {
    return httpResource<EligibilityPrefecturesResponse>((): HttpResourceRequest | undefined => {
      const value = params();
      if (!value) {
        return undefined;
      }
      const query: Record<string, string> = { year: String(value.year), specialty: value.specialty, category: value.category };
      if (value.dataset) {
        query['dataset'] = value.dataset;
      }
      return { url: this.url(ELIGIBILITY_ROUTES.prefectures), params: query };
    });
  }

  /** Every rule set version (public); the active one of a year names its categories and thresholds. */
  ruleSets(): HttpResourceRef<RuleSetResponse[] | undefined> {
    return httpResource<RuleSetResponse[]>(() => this.url(ELIGIBILITY_ROUTES.ruleSets));
  }

  /** `POST /api/eligibility/what-if` (JMSB only): counts under changed thresholds; nothing is saved. */
  whatIf(request: WhatIfRequest): Observable<WhatIfResponse> {
    return this.http.post<WhatIfResponse>(this.url(ELIGIBILITY_ROUTES.whatIf), request);
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
