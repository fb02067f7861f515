import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BulkConfirmRequest,
  CandidateResponse,
  CompilationResponse,
  CreateCandidateRequest,
  ExpectedPlacesRequest,
  FacilityResponse,
  NOMINATION_ROUTES,
  OpenRoundRequest,
  ReviewListResponse,
  RoundResponse,
  SubmissionResponse,
  UpdateCandidateRequest,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/**
 * The nomination workflow's API: rounds (JMSB), prefecture candidate lists, society reviews.
 * Every change sends the `version` the person loaded; a stale one is answered with 409.
 */
@Injectable({ providedIn: 'root' })
export class NominationsService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `GET /api/rounds`, newest year first (call in an injection context). */
  rounds(): HttpResourceRef<RoundResponse[] | undefined> {
    return httpResource<RoundResponse[]>(() => this.url());
  }

  /** `GET /api/rounds/:id` while `roundId()` is set. */
  round(roundId: () => string | undefined): HttpResourceRef<RoundResponse | undefined> {
    return httpResource<RoundResponse>(() => {
      const id = roundId();
      return id ? this.url(id) : undefined;
    });
  }

  compilation(roundId: () => string | undefined): HttpResourceRef<CompilationResponse | undefined> {
    return httpResource<CompilationResponse>(() => {
      const id = roundId();
      return id ? this.url(id, 'compilation') : undefined;
    });
  }

  submission(key: () => { roundId: string; prefectureCode: string } | undefined): HttpResourceRef<SubmissionResponse | undefined> {
    return httpResource<SubmissionResponse>(() => {
      const value = key();
      return value ? this.url(value.roundId, 'submissions', value.prefectureCode) : undefined;
    });
  }

  review(key: () => { roundId: string; specialtyCode: string } | undefined): HttpResourceRef<ReviewListResponse | undefined> {
    return httpResource<ReviewListResponse>(() => {
      const value = key();
      return value ? this.url(value.roundId, 'review', value.specialtyCode) : undefined;
    });
  }

  /** Host facilities of a prefecture, for adding a row (`GET /api/facilities?prefecture=XX&role=host`). */
  hostFacilities(prefectureCode: string): Observable<FacilityResponse[]> {
    return this.http.get<FacilityResponse[]>(`${this.apiBaseUrl}/facilities`, { params: { prefecture: prefectureCode, role: 'host' } });
  }

  open(request: OpenRoundRequest): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(this.url(), request);
  }

  setExpectedPlaces(roundId: string, request: ExpectedPlacesRequest): Observable<RoundResponse> {
    return this.http.put<RoundResponse>(this.url(roundId, 'expected-places'), request);
  }

  sendToSocieties(roundId: string, version: number): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(this.url(roundId, 'send-to-societies'), { version });
  }

  publish(roundId: string, version: number): Observable<RoundResponse> {
    return this.http.post<RoundResponse>(this.url(roundId, 'publish'), { version });
  }

  returnSubmission(roundId: string, prefectureCode: string, comment: string, version: number): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(this.url(roundId, 'submissions', prefectureCode, 'return'), { comment, version });
  }

  submit(roundId: string, prefectureCode: string, version: number): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(this.url(roundId, 'submissions', prefectureCode, 'submit'), { version });
  }

  withdraw(roundId: string, prefectureCode: string, version: number): Observable<SubmissionResponse> {
    return this.http.post<SubmissionResponse>(this.url(roundId, 'submissions', prefectureCode, 'withdraw'), { version });
  }

  addCandidate(roundId: string, prefectureCode: string, request: CreateCandidateRequest): Observable<CandidateResponse> {
    return this.http.post<CandidateResponse>(this.url(roundId, 'submissions', prefectureCode, 'candidates'), request);
  }

  updateCandidate(roundId: string, candidateId: string, request: UpdateCandidateRequest): Observable<CandidateResponse> {
    return this.http.put<CandidateResponse>(this.url(roundId, 'candidates', candidateId), request);
  }

  removeCandidate(roundId: string, candidateId: string, version: number): Observable<void> {
    return this.http.delete<void>(this.url(roundId, 'candidates', candidateId), { params: { version } });
  }

  resubmitCandidate(roundId: string, candidateId: string, version: number): Observable<CandidateResponse> {
    return this.http.post<CandidateResponse>(this.url(roundId, 'candidates', candidateId, 'resubmit'), { version });
  }

  confirmCandidate(roundId: string, candidateId: string, version: number): Observable<CandidateResponse> {
    return this.http.post<CandidateResponse>(this.url(roundId, 'candidates', candidateId, 'confirm'), { version });
  }

  returnCandidate(roundId: string, candidateId: string, comment: string, version: number): Observable<CandidateResponse> {
    return this.http.post<CandidateResponse>(this.url(roundId, 'candidates', candidateId, 'return'), { comment, version });
  }

  confirmMany(roundId: string, specialtyCode: string, request: BulkConfirmRequest): Observable<CandidateResponse[]> {
    return this.http.post<CandidateResponse[]>(this.url(roundId, 'review', specialtyCode, 'confirm'), request);
  }

  private url(...segments: string[]): string {
    return [this.apiBaseUrl, NOMINATION_ROUTES.rounds, ...segments.map((segment) => encodeURIComponent(segment))].join('/');
  }
}
