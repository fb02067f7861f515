import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CeilingDatasetResponse,
  CreateEligibilityExceptionRequest,
  CreateRuleSetRequest,
  ELIGIBILITY_ROUTES,
  EligibilityExceptionResponse,
  ROUTES,
  RuleSetDiffResponse,
  RuleSetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/**
 * The JMSB's rules and data: rule set versions (draft → diff → activate), transitional exceptions,
 * sufficiency and ceiling datasets. Reads are `httpResource`s (call them in an injection context);
 * changes are observables.
 */
@Injectable({ providedIn: 'root' })
export class RulesService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  ruleSets(): HttpResourceRef<RuleSetResponse[] | undefined> {
    return httpResource<RuleSetResponse[]>(() => this.eligibility(ELIGIBILITY_ROUTES.ruleSets));
  }

  ruleSet(id: () => string | undefined): HttpResourceRef<RuleSetResponse | undefined> {
    return httpResource<RuleSetResponse>(() => {
      const value = id();
      return value ? this.eligibility(ELIGIBILITY_ROUTES.ruleSets, value) : undefined;
    });
  }

  /** What activating the version would move against the year's active version (computed, saves nothing). */
  diff(id: () => string | undefined): HttpResourceRef<RuleSetDiffResponse | undefined> {
    return httpResource<RuleSetDiffResponse>(() => {
      const value = id();
      return value ? this.eligibility(ELIGIBILITY_ROUTES.ruleSets, value, 'diff') : undefined;
    });
  }

  createRuleSet(request: CreateRuleSetRequest): Observable<RuleSetResponse> {
    return this.http.post<RuleSetResponse>(this.eligibility(ELIGIBILITY_ROUTES.ruleSets), request);
  }

  activateRuleSet(id: string): Observable<RuleSetResponse> {
    return this.http.post<RuleSetResponse>(this.eligibility(ELIGIBILITY_ROUTES.ruleSets, id, 'activate'), {});
  }

  exceptions(): HttpResourceRef<EligibilityExceptionResponse[] | undefined> {
    return httpResource<EligibilityExceptionResponse[]>(() => this.eligibility(ELIGIBILITY_ROUTES.exceptions));
  }

  createException(request: CreateEligibilityExceptionRequest): Observable<EligibilityExceptionResponse> {
    return this.http.post<EligibilityExceptionResponse>(this.eligibility(ELIGIBILITY_ROUTES.exceptions), request);
  }

  deactivateException(id: string): Observable<EligibilityExceptionResponse> {
    return this.http.post<EligibilityExceptionResponse>(this.eligibility(ELIGIBILITY_ROUTES.exceptions, id, 'deactivate'), {});
  }

  sufficiencyDatasets(): HttpResourceRef<SufficiencyDatasetSummaryResponse[] | undefined> {
    return httpResource<SufficiencyDatasetSummaryResponse[]>(() => this.url(ROUTES.reference.root, ROUTES.reference.sufficiencyDatasets));
  }

  ceilingDatasets(): HttpResourceRef<CeilingDatasetResponse[] | undefined> {
    return httpResource<CeilingDatasetResponse[]>(() => this.eligibility(ELIGIBILITY_ROUTES.ceilingDatasets));
  }

  private eligibility(...segments: string[]): string {
    return this.url(ELIGIBILITY_ROUTES.root, ...segments);
  }

  private url(...segments: string[]): string {
    return `${this.apiBaseUrl}/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  }
}
