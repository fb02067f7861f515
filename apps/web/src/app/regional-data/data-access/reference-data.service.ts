import { HttpResourceRef, HttpResourceRequest, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PrefectureDetailResponse,
  PrefectureResponse,
  ROUTES,
  SpecialtyResponse,
  SufficiencyDatasetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';
import { API_BASE_URL } from '../../core/api-base-url.token';

/**
 * Reference data (prefectures, secondary medical areas, specialties, sufficiency datasets).
 *
 * Each method returns an `httpResource`, so it must be called in an injection context (e.g. a
 * component field initializer); the request follows the signals it reads and is cancelled with
 * the component. A key function returning `undefined` means "nothing to load yet".
 */
@Injectable({ providedIn: 'root' })
export class ReferenceDataService {
  private readonly apiBaseUrl = inject(API_BASE_URL);

  prefectures(): HttpResourceRef<PrefectureResponse[] | undefined> {
    return httpResource<PrefectureResponse[]>(() => this.url(ROUTES.reference.prefectures));
  }

  prefecture(code: () => string | undefined): HttpResourceRef<PrefectureDetailResponse | undefined> {
    return httpResource<PrefectureDetailResponse>(() => {
      const value = code();
      return value ? this.url(ROUTES.reference.prefectures, value) : undefined;
    });
  }

  specialties(): HttpResourceRef<SpecialtyResponse[] | undefined> {
    return httpResource<SpecialtyResponse[]>(() => this.url(ROUTES.reference.specialties));
  }

  sufficiencyDatasets(): HttpResourceRef<SufficiencyDatasetSummaryResponse[] | undefined> {
    return httpResource<SufficiencyDatasetSummaryResponse[]>(() => this.url(ROUTES.reference.sufficiencyDatasets));
  }

  /** One dataset with its bands for all 47 prefectures, optionally only for one specialty. */
  sufficiencyDataset(
    code: () => string | undefined,
    specialtyCode: () => string | undefined = () => undefined,
  ): HttpResourceRef<SufficiencyDatasetResponse | undefined> {
    return httpResource<SufficiencyDatasetResponse>((): HttpResourceRequest | undefined => {
      const dataset = code();
      if (!dataset) {
        return undefined;
      }
      const specialty = specialtyCode();
      const url = this.url(ROUTES.reference.sufficiencyDatasets, dataset);
      return specialty ? { url, params: { specialty } } : { url };
    });
  }

  private url(...segments: string[]): string {
    const path = [ROUTES.reference.root, ...segments].map((segment) => encodeURIComponent(segment)).join('/');
    return `${this.apiBaseUrl}/${path}`;
  }
}
