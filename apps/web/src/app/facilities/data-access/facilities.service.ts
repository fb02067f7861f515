import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  FacilityRequest,
  FacilityResponse,
  ROUTES,
  ScarceDesignationRequest,
  ScarceSpotRequest,
  ScarceSpotResponse,
  UpdateFacilityRequest,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** The facility registry and the physician-scarce designations a prefecture keeps. */
@Injectable({ providedIn: 'root' })
export class FacilitiesService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `GET /api/facilities?prefecture=` (call in an injection context; nothing loads without a prefecture). */
  facilities(prefectureCode: () => string | undefined): HttpResourceRef<FacilityResponse[] | undefined> {
    return httpResource<FacilityResponse[]>(() => {
      const prefecture = prefectureCode();
      return prefecture ? { url: this.url('facilities'), params: { prefecture } } : undefined;
    });
  }

  create(request: FacilityRequest): Observable<FacilityResponse> {
    return this.http.post<FacilityResponse>(this.url('facilities'), request);
  }

  /** Applies only to the version the editor loaded (409 otherwise). */
  update(id: string, request: UpdateFacilityRequest): Observable<FacilityResponse> {
    return this.http.put<FacilityResponse>(this.url('facilities', id), request);
  }

  designateArea(areaCode: string, request: ScarceDesignationRequest): Observable<{ areaCode: string; physicianScarce: boolean; version: number }> {
    return this.http.put<{ areaCode: string; physicianScarce: boolean; version: number }>(
      this.url(ROUTES.reference.root, 'areas', areaCode, 'designation'),
      request,
    );
  }

  spots(prefectureCode: () => string | undefined): HttpResourceRef<ScarceSpotResponse[] | undefined> {
    return httpResource<ScarceSpotResponse[]>(() => {
      const prefecture = prefectureCode();
      return prefecture ? this.url(ROUTES.reference.root, ROUTES.reference.prefectures, prefecture, 'scarce-spots') : undefined;
    });
  }

  addSpot(prefectureCode: string, request: ScarceSpotRequest): Observable<ScarceSpotResponse> {
    return this.http.post<ScarceSpotResponse>(this.url(ROUTES.reference.root, ROUTES.reference.prefectures, prefectureCode, 'scarce-spots'), request);
  }

  removeSpot(prefectureCode: string, spotId: string): Observable<void> {
    return this.http.delete<void>(this.url(ROUTES.reference.root, ROUTES.reference.prefectures, prefectureCode, 'scarce-spots', spotId));
  }

  private url(...segments: string[]): string {
    return `${this.apiBaseUrl}/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  }
}
