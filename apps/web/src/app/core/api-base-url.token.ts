import { InjectionToken } from '@angular/core';
import { API_PREFIX } from '@renkei/contract';

/**
 * Base URL of the renkei API, without a trailing slash. The API serves the web app from the
 * same origin, so the default is the absolute path `/api` (independent of the `/ja/` or `/en/`
 * base href).
 */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', {
  providedIn: 'root',
  factory: () => `/${API_PREFIX}`,
});
