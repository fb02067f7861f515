import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { FACILITY_ROUTES, FacilitySearchResult } from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** Public facility look-up by name or facility code (`GET /api/facilities/search`). */
@Injectable({ providedIn: 'root' })
export class FacilitySearchService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  search(text: string, limit = 8): Observable<FacilitySearchResult[]> {
    return this.http.get<FacilitySearchResult[]>(this.url(), {
      params: { q: text, limit: String(limit) },
    });
  }

  /** Facilities matching a code from a shared link (the caller picks the exact code); an `httpResource`, so call it in an injection context. */
  lookup(code: () => string | undefined): HttpResourceRef<FacilitySearchResult[] | undefined> {
    return httpResource<FacilitySearchResult[]>(() => {
      const value = code();
      return value ? { url: this.url(), params: { q: value, limit: '5' } } : undefined;
    });
  }

  private url(): string {
    return `${this.apiBaseUrl}/${FACILITY_ROUTES.root}/${FACILITY_ROUTES.search}`;
  }
}
