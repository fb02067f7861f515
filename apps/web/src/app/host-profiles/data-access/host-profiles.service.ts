import { HttpClient, HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  HOST_ROUTES,
  HostPhotoResponse,
  HostPlaceResponse,
  HostProfileResponse,
  HostProfileStatus,
  HostProfileSummary,
  UpdateHostPlaceRequest,
  UpdateHostProfileRequest,
} from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** The review queue's filter: a prefecture and optionally one status. */
export interface HostProfileQueueKey {
  prefectureCode: string;
  status: HostProfileStatus | null;
}

/**
 * Host profiles (`/api/host-profiles/…`): the draft a host writes, its photos and places, and the
 * prefecture's review. Every change sends the `version` the editor loaded; a stale one gets 409.
 */
@Injectable({ providedIn: 'root' })
export class HostProfilesService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `GET /api/host-profiles/:facilityId` while `facilityId()` is set (call in an injection context). */
  profile(facilityId: () => string | undefined): HttpResourceRef<HostProfileResponse | undefined> {
    return httpResource<HostProfileResponse>(() => {
      const id = facilityId();
      return id ? this.url(id) : undefined;
    });
  }

  /** `GET /api/host-profiles?prefecture=&status=`: the prefecture's review queue. */
  queue(key: () => HostProfileQueueKey | undefined): HttpResourceRef<HostProfileSummary[] | undefined> {
    return httpResource<HostProfileSummary[]>(() => {
      const value = key();
      if (!value) {
        return undefined;
      }
      const params: Record<string, string> = { prefecture: value.prefectureCode };
      if (value.status) {
        params['status'] = value.status;
      }
      return { url: this.url(), params };
    });
  }

  update(facilityId: string, request: UpdateHostProfileRequest): Observable<HostProfileResponse> {
    return this.http.put<HostProfileResponse>(this.url(facilityId), request);
  }

  submit(facilityId: string, version: number): Observable<HostProfileResponse> {
    return this.http.post<HostProfileResponse>(this.url(facilityId, 'submit'), { version });
  }

  approve(facilityId: string, version: number): Observable<HostProfileResponse> {
    return this.http.post<HostProfileResponse>(this.url(facilityId, 'approve'), { version });
  }

  returnToHost(facilityId: string, comment: string, version: number): Observable<HostProfileResponse> {
    return this.http.post<HostProfileResponse>(this.url(facilityId, 'return'), { comment, version });
  }

  /** `POST /api/host-profiles/:facilityId/photos` (multipart `file`): the stored photo, to place in the draft. */
  uploadPhoto(facilityId: string, file: File): Observable<HostPhotoResponse> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<HostPhotoResponse>(this.url(facilityId, 'photos'), body);
  }

  updatePlace(facilityId: string, specialtyCode: string, request: UpdateHostPlaceRequest): Observable<HostPlaceResponse> {
    return this.http.put<HostPlaceResponse>(this.url(facilityId, 'places', specialtyCode), request);
  }

  /** Where a photo's image is served (the one place that knows the URL). */
  photoUrl(photoId: string): string {
    return `${this.apiBaseUrl}/${HOST_ROUTES.photos}/${encodeURIComponent(photoId)}`;
  }

  private url(...segments: string[]): string {
    return [this.apiBaseUrl, HOST_ROUTES.profiles, ...segments.map(encodeURIComponent)].join('/');
  }
}
