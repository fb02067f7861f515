import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { EligibilityCheckParams, EligibilityService, checkQueryParams } from './eligibility.service';

describe('EligibilityService', () => {
  let service: EligibilityService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    service = TestBed.inject(EligibilityService);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function create<T>(factory: () => T): T {
    const resource = TestBed.runInInjectionContext(factory);
    TestBed.tick();
    return resource;
  }

  it('checks with year, specialty, area and only the flags that are set', () => {
    create(() => service.check(() => ({ year: 2026, specialty: 'internal-medicine', area: '0204' })));

    const request = http.expectOne((req) => req.url === '/api/eligibility/check');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['area', 'specialty', 'year']);
    expect(request.request.params.get('year')).toBe('2026');
    expect(request.request.params.get('specialty')).toBe('internal-medicine');
    expect(request.request.params.get('area')).toBe('0204');
    request.flush({});
  });

  it('sends nominated with its reason, previousHost, spot and dataset', () => {
    const params: EligibilityCheckParams = {
      year: 2027,
      specialty: 'pediatrics',
      area: '0201',
      nominated: true,
      reason: ' 地域の拠点 ',
      previousHost: true,
      spot: true,
      dataset: '2022',
    };
    expect(checkQueryParams(params)).toEqual({
      year: '2027',
      specialty: 'pediatrics',
      area: '0201',
      nominated: 'true',
      reason: '地域の拠点',
      previousHost: 'true',
      spot: 'true',
      dataset: '2022',
    });
    expect(checkQueryParams({ ...params, nominated: false })).not.toHaveProperty('reason');
  });

  it('requests nothing until there is something to check', () => {
    const params = signal<EligibilityCheckParams | undefined>(undefined);
    create(() => service.check(() => params()));
    http.expectNone(() => true);
  });

  it('loads the p.11 comparison from 2016-2018 to 2022 by default', () => {
    create(() => service.datasetComparison());
    const request = http.expectOne((req) => req.url === '/api/eligibility/dataset-comparison');
    expect(request.request.params.get('from')).toBe('2016-2018');
    expect(request.request.params.get('to')).toBe('2022');
    request.flush({});
  });

  it('loads the p.12 host table for a year', () => {
    create(() => service.hostTable(() => 2027));
    const request = http.expectOne((req) => req.url === '/api/eligibility/host-table');
    expect(request.request.params.get('year')).toBe('2027');
    request.flush({});
  });
});
