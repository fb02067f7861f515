import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiErrorResponse } from '@renkei/contract';
import { API_BASE_URL } from '../../core/api-base-url.token';
import { AOMORI_DETAIL, DATASET_2022, PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { ReferenceDataService } from './reference-data.service';

describe('ReferenceDataService', () => {
  let service: ReferenceDataService;
  let http: HttpTestingController;

  function setUp(apiBaseUrl?: string): void {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), ...(apiBaseUrl ? [{ provide: API_BASE_URL, useValue: apiBaseUrl }] : [])],
    });
    service = TestBed.inject(ReferenceDataService);
    http = TestBed.inject(HttpTestingController);
  }

  /** Creates the resource as a component would (in an injection context) and lets it start. */
  function create<T>(factory: () => T): T {
    const resource = TestBed.runInInjectionContext(factory);
    TestBed.tick();
    return resource;
  }

  async function settle(): Promise<void> {
    await TestBed.inject(ApplicationRef).whenStable();
  }

  afterEach(() => http.verify());

  it('loads the prefectures from /api/reference/prefectures', async () => {
    setUp();
    const prefectures = create(() => service.prefectures());

    const request = http.expectOne('/api/reference/prefectures');
    expect(request.request.method).toBe('GET');
    request.flush(PREFECTURES);
    await settle();

    expect(prefectures.value()).toEqual(PREFECTURES);
  });

  it('uses the API base URL from the injection token', async () => {
    setUp('https://renkei.example/api');
    const specialties = create(() => service.specialties());

    http.expectOne('https://renkei.example/api/reference/specialties').flush(SPECIALTIES);
    await settle();

    expect(specialties.value()).toEqual(SPECIALTIES);
  });

  it('loads one prefecture by code and follows the code signal', async () => {
    setUp();
    const code = signal<string | undefined>(undefined);
    const prefecture = create(() => service.prefecture(code));

    http.expectNone(() => true);
    expect(prefecture.value()).toBeUndefined();

    code.set('02');
    TestBed.tick();
    http.expectOne('/api/reference/prefectures/02').flush(AOMORI_DETAIL);
    await settle();

    expect(prefecture.value()?.secondaryMedicalAreas).toHaveLength(4);
  });

  it('encodes path segments', () => {
    setUp();
    create(() => service.prefecture(() => '../x'));

    http.expectOne('/api/reference/prefectures/..%2Fx').flush(AOMORI_DETAIL);
  });

  it('exposes the API error body of a failed request', async () => {
    setUp();
    const prefecture = create(() => service.prefecture(() => '99'));
    const body: ApiErrorResponse = { statusCode: 404, code: 'PREFECTURE_NOT_FOUND', message: 'Prefecture 99 was not found' };

    http.expectOne('/api/reference/prefectures/99').flush(body, { status: 404, statusText: 'Not Found' });
    await settle();

    const error = prefecture.error();
    expect(error).toBeInstanceOf(HttpErrorResponse);
    expect((error as HttpErrorResponse).error).toEqual(body);
    expect(prefecture.hasValue()).toBe(false);
  });

  it('lists the sufficiency datasets', () => {
    setUp();
    create(() => service.sufficiencyDatasets());

    http.expectOne('/api/reference/sufficiency-datasets').flush([]);
  });

  it('loads a sufficiency dataset, with the specialty filter only when given', async () => {
    setUp();
    const specialty = signal<string | undefined>(undefined);
    const dataset = create(() => service.sufficiencyDataset(() => '2022', specialty));

    const all = http.expectOne((req) => req.url === '/api/reference/sufficiency-datasets/2022');
    expect(all.request.params.has('specialty')).toBe(false);
    all.flush(DATASET_2022);
    await settle();
    expect(dataset.value()?.code).toBe('2022');

    specialty.set('pediatrics');
    TestBed.tick();
    const filtered = http.expectOne((req) => req.url === '/api/reference/sufficiency-datasets/2022');
    expect(filtered.request.params.get('specialty')).toBe('pediatrics');
    filtered.flush(DATASET_2022);
  });

  it('does not request a dataset before its code is known', () => {
    setUp();
    create(() => service.sufficiencyDataset(() => undefined));

    http.expectNone(() => true);
  });
});
