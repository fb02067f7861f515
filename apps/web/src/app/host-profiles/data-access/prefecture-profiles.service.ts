import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { HOST_ROUTES, PrefectureProfileResponse, UpdatePrefectureProfileRequest } from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** A prefecture's master profile (`/api/prefecture-profiles/:prefectureCode`), shown on every host page in it. */
@Injectable({ providedIn: 'root' })
export class PrefectureProfilesService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  profile(prefectureCode: () => string | undefined): HttpResourceRef<PrefectureProfileResponse | undefined> {
    return httpResource<PrefectureProfileResponse>(() => {
      const code = prefectureCode();
      return code ? this.url(code) : undefined;
    });
  }

  /** Saves over the loaded version (0 for the first save); 409 when someone saved meanwhile. */
  update(prefectureCode: string, request: UpdatePrefectureProfileRequest): Observable<PrefectureProfileResponse> {
    return this.http.put<PrefectureProfileResponse>(this.url(prefectureCode), request);
  }

  private url(prefectureCode: string): string {
    return `${this.apiBaseUrl}/${HOST_ROUTES.prefectureProfiles}/${encodeURIComponent(prefectureCode)}`;
  }
}
