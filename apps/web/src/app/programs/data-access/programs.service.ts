import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AcceptConnectionRequest,
  ConnectionCommentRequest,
  CreateProgramRequest,
  DeclineConnectionRequest,
  EligibilityCategoryCode,
  HostLedgerResponse,
  HostRecommendation,
  PROGRAM_ROUTES,
  ProgramResponse,
  RotationRecordRequest,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** What the register form asks recommendations for. */
export interface RecommendationKey {
  baseFacilityId: string;
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode;
  recruitmentYear: number;
}

/**
 * Connection programs (`/api/programs/…`) and host ledgers (`/api/hosts/:id/ledger`). The API
 * scopes every list to the person's roles; each change sends the `version` the person loaded and
 * a stale one is answered with 409.
 */
@Injectable({ providedIn: 'root' })
export class ProgramsService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `GET /api/programs`: the programs the person may see. */
  programs(): HttpResourceRef<ProgramResponse[] | undefined> {
    return httpResource<ProgramResponse[]>(() => this.url());
  }

  /** `GET /api/programs/:id` while `id()` is set. */
  program(id: () => string | undefined): HttpResourceRef<ProgramResponse | undefined> {
    return httpResource<ProgramResponse>(() => {
      const value = id();
      return value ? this.url(value) : undefined;
    });
  }

  /** `GET /api/programs/recommendations` while the form knows base, specialty, category and year. */
  recommendations(key: () => RecommendationKey | undefined): HttpResourceRef<HostRecommendation[] | undefined> {
    return httpResource<HostRecommendation[]>(() => {
      const value = key();
      return value
        ? {
            url: this.url('recommendations'),
            params: {
              baseFacilityId: value.baseFacilityId,
              specialty: value.specialtyCode,
              category: value.categoryCode,
              year: value.recruitmentYear,
            },
          }
        : undefined;
    });
  }

  /** `GET /api/hosts/:facilityId/ledger?year=` (without a year: the latest published round). */
  ledger(facilityId: () => string | undefined, year: () => number | undefined = () => undefined): HttpResourceRef<HostLedgerResponse | undefined> {
    return httpResource<HostLedgerResponse>(() => {
      const id = facilityId();
      const recruitmentYear = year();
      const params: Record<string, number> = recruitmentYear ? { year: recruitmentYear } : {};
      return id ? { url: `${this.apiBaseUrl}/hosts/${encodeURIComponent(id)}/ledger`, params } : undefined;
    });
  }

  create(request: CreateProgramRequest): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(), request);
  }

  accept(programId: string, requestId: string, request: AcceptConnectionRequest): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(programId, 'requests', requestId, 'accept'), request);
  }

  decline(programId: string, requestId: string, request: DeclineConnectionRequest): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(programId, 'requests', requestId, 'decline'), request);
  }

  withdraw(programId: string, requestId: string, version: number): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(programId, 'requests', requestId, 'withdraw'), { version });
  }

  comment(programId: string, requestId: string, request: ConnectionCommentRequest): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(programId, 'requests', requestId, 'comments'), request);
  }

  recordRotation(programId: string, requestId: string, request: RotationRecordRequest): Observable<ProgramResponse> {
    return this.http.post<ProgramResponse>(this.url(programId, 'requests', requestId, 'rotations'), request);
  }

  recordResults(programId: string, recruited: number, version: number): Observable<ProgramResponse> {
    return this.http.put<ProgramResponse>(this.url(programId, 'results'), { recruited, version });
  }

  /** Download links for the JMSB (plain `<a href>`: the browser saves the file the API names). */
  exportUrl(format: 'csv' | 'xlsx'): string {
    return `${this.apiBaseUrl}/${PROGRAM_ROUTES.programs}.${format}`;
  }

  private url(...segments: string[]): string {
    return [this.apiBaseUrl, PROGRAM_ROUTES.programs, ...segments.map(encodeURIComponent)].join('/');
  }
}
