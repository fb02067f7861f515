import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  CreateHostAlertRequest,
  HOST_ROUTES,
  HostAlertCreatedResponse,
  HostAlertResponse,
  HostSearchResponse,
  PublicHostResponse,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';
import { HostSearch, paramsFromSearch } from '../directory/host-search-params';

export const HOST_SEARCH_PAGE_SIZE = 20;

/** The public host directory (`/api/hosts`), host photos and the "notify me" alerts: no sign-in. */
@Injectable({ providedIn: 'root' })
export class HostDirectoryService {
  private readonly apiBaseUrl = inject(API_BASE_URL);
  private readonly http = inject(HttpClient);

  search(search: () => HostSearch): HttpResourceRef<HostSearchResponse | undefined> {
    return httpResource<HostSearchResponse>(() => ({
      url: this.url(HOST_ROUTES.hosts),
      params: { ...paramsFromSearch(search()), pageSize: HOST_SEARCH_PAGE_SIZE },
    }));
  }

  host(facilityId: () => string | undefined): HttpResourceRef<PublicHostResponse | undefined> {
    return httpResource<PublicHostResponse>(() => {
      const id = facilityId();
      return id ? this.url(HOST_ROUTES.hosts, encodeURIComponent(id)) : undefined;
    });
  }

  getHost(facilityId: string): Observable<PublicHostResponse> {
    return this.http.get<PublicHostResponse>(this.url(HOST_ROUTES.hosts, encodeURIComponent(facilityId)));
  }

  photoUrl(photoId: string): string {
    return this.url(HOST_ROUTES.photos, encodeURIComponent(photoId));
  }

  createAlert(request: CreateHostAlertRequest): Observable<HostAlertCreatedResponse> {
    return this.http.post<HostAlertCreatedResponse>(this.url(HOST_ROUTES.alerts), request);
  }

  /** Confirms (double opt-in) or ends an alert with the token from the mail's link. */
  alertAction(action: 'confirm' | 'unsubscribe', token: string): Observable<HostAlertResponse> {
    return this.http.post<HostAlertResponse>(this.url(HOST_ROUTES.alerts, action), { token });
  }

  private url(...segments: string[]): string {
    return [this.apiBaseUrl, ...segments].join('/');
  }
}
