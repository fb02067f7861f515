import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { NOMINATION_ROUTES, PublishedHostsResponse } from '@renkei/contract';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** A round whose host list is public (`GET /api/rounds/published`). */
export interface PublishedRound {
  id: string;
  recruitmentYear: number;
  publishedAt: string;
  hostCount: number;
}

/** The public host lists: no sign-in needed. */
@Injectable({ providedIn: 'root' })
export class PublishedHostsService {
  private readonly apiBaseUrl = inject(API_BASE_URL);

  rounds(): HttpResourceRef<PublishedRound[] | undefined> {
    return httpResource<PublishedRound[]>(() => `${this.base()}/published`);
  }

  hosts(roundId: () => string | undefined): HttpResourceRef<PublishedHostsResponse | undefined> {
    return httpResource<PublishedHostsResponse>(() => {
      const id = roundId();
      return id ? `${this.base()}/${encodeURIComponent(id)}/published-hosts` : undefined;
    });
  }

  /** Download links (plain `<a href>`: the browser saves the file the API names). */
  exportUrl(roundId: string, format: 'csv' | 'xlsx'): string {
    return `${this.base()}/${encodeURIComponent(roundId)}/published-hosts.${format}`;
  }

  private base(): string {
    return `${this.apiBaseUrl}/${NOMINATION_ROUTES.rounds}`;
  }
}
