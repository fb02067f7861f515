import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationExtras, Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AnalyticsView, CurrentUserResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideFakeCharts } from './analytics.fixtures';

/**
 * Opens an analytics view at `/analytics/<view><query>` for the person, with the reference names
 * loaded and ECharts faked. Navigations are recorded, not followed (the URL stays as it was).
 */
export async function renderAnalyticsView(view: AnalyticsView, page: Type<unknown>, user: CurrentUserResponse, query = '') {
  const charts = provideFakeCharts();
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([{ path: `analytics/${view}`, component: page }]),
      { provide: LOCALE_ID, useValue: 'ja' },
      ...charts.providers,
    ],
  });
  TestBed.inject(AuthService).setUser(user);
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl(`/analytics/${view}${query}`, page);
  const navigations: NavigationExtras[] = [];
  TestBed.inject(Router).navigate = (_commands, extras) => {
    navigations.push(extras ?? {});
    return Promise.resolve(true);
  };
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
  http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
  const request = (): TestRequest => http.expectOne((req) => req.url === `/api/analytics/${view}`);
  /** Lets the response render, and ngx-echarts draw after it. */
  const settle = async () => {
    for (let round = 0; round < 2; round++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      harness.fixture.detectChanges();
      await harness.fixture.whenStable();
    }
  };
  /** The query parameters of the last navigation. */
  const navigatedTo = () => navigations.at(-1)?.queryParams;
  return { harness, element: harness.routeNativeElement as HTMLElement, request, settle, navigatedTo, charts };
}

export const textOf = (element: Element | null | undefined): string | undefined => element?.textContent?.trim();
