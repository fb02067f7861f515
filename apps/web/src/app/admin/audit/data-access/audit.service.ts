import { HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditEntryResponse, AuditQuery, PageResponse } from '@renkei/contract';
import { API_BASE_URL } from '../../../core/api-base-url.token';

/** The audit trail, already narrowed by the API to what the signed-in person may see. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** One page of entries, newest first (`GET /api/audit`); follows the query signal. */
  entries(query: () => AuditQuery): HttpResourceRef<PageResponse<AuditEntryResponse> | undefined> {
    return httpResource<PageResponse<AuditEntryResponse>>(() => ({
      url: `${this.apiBaseUrl}/audit`,
      params: toParams(query()),
    }));
  }

  /** The CSV download of the same filter (all pages), for a plain link. */
  exportUrl(action: string | undefined): string {
    const params = new URLSearchParams(action ? { action } : {}).toString();
    return `${this.apiBaseUrl}/audit/export.csv${params ? `?${params}` : ''}`;
  }
}

function toParams(query: AuditQuery): Record<string, string | number> {
  return {
    ...(query.page ? { page: query.page } : {}),
    ...(query.pageSize ? { pageSize: query.pageSize } : {}),
    ...(query.action ? { action: query.action } : {}),
  };
}
