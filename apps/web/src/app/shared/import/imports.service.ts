import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ImportKind, ImportPreviewResponse } from '@renkei/contract';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api-base-url.token';

/** File imports (facilities, sufficiency and ceiling datasets): upload → preview → commit. */
@Injectable({ providedIn: 'root' })
export class ImportsService {
  private readonly http = inject(HttpClient);
  private readonly apiBaseUrl = inject(API_BASE_URL);

  /** `POST /api/imports/:kind` (multipart): checks every row and changes nothing. */
  preview(kind: ImportKind, file: File, fields: Readonly<Record<string, string>>): Observable<ImportPreviewResponse> {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      body.append(name, value);
    }
    body.append('file', file, file.name);
    return this.http.post<ImportPreviewResponse>(`${this.apiBaseUrl}/imports/${encodeURIComponent(kind)}`, body);
  }

  /** `POST /api/imports/:id/commit`: applies a clean preview in one transaction. */
  commit(id: string): Observable<ImportPreviewResponse> {
    return this.http.post<ImportPreviewResponse>(`${this.apiBaseUrl}/imports/${encodeURIComponent(id)}/commit`, {});
  }
}
