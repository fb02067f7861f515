import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CurrentUserResponse } from '@renkei/contract';
import { AuthService } from '../../auth/data-access/auth.service';
import { AOMORI_USER, JMSB_USER, SOCIETY_USER } from '../../testing/account.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { AnalyticsFilters } from '../analytics-filters';
import { AnalyticsService } from './analytics.service';

describe('AnalyticsService', () => {
  function setUp(user: CurrentUserResponse) {
    TestBed.configureTestingModule({ providers: provideTestEnvironment() });
    TestBed.inject(AuthService).setUser(user);
    return { service: TestBed.inject(AnalyticsService), http: TestBed.inject(HttpTestingController) };
  }

  const ALL: AnalyticsFilters = {
    year: 2027,
    prefecture: '13',
    specialty: 'surgery',
    block: 'kanto',
    category: 'connection',
    outcome: 'complete',
    basis: 'recruited',
    threshold: 0.7,
  };

  it('sends the JMSB’s filters as they are, each view only its own', () => {
    const { service } = setUp(JMSB_USER);
    expect(service.scope()).toEqual({ prefectures: null, specialties: null });
    expect(service.query('funnel', ALL)).toEqual({
      year: '2027',
      prefecture: '13',
      specialty: 'surgery',
      block: 'kanto',
      category: 'connection',
      outcome: 'complete',
    });
    expect(service.query('capacity-demand', ALL)).toEqual({ year: '2027', prefecture: '13', specialty: 'surgery', block: 'kanto' });
    expect(service.query('concentration', {})).toEqual({});
  });

  it('always sends a prefectural officer’s own prefecture (and no block), whatever the filters say', () => {
    const { service } = setUp(AOMORI_USER);
    expect(service.scope()).toEqual({ prefectures: ['02'], specialties: null });
    expect(service.query('concentration', ALL)).toEqual({
      year: '2027',
      prefecture: '02',
      specialty: 'surgery',
      basis: 'recruited',
      threshold: '0.7',
    });
    expect(service.query('funnel', {})).toEqual({ prefecture: '02' });
  });

  it('always sends a society reviewer’s own specialty, and lets them choose the prefecture', () => {
    const { service } = setUp(SOCIETY_USER);
    expect(service.scope()).toEqual({ prefectures: null, specialties: ['pediatrics'] });
    expect(service.query('capacity-demand', ALL)).toEqual({ year: '2027', prefecture: '13', specialty: 'pediatrics', block: 'kanto' });
    expect(service.query('funnel', {})).toEqual({ specialty: 'pediatrics' });
  });

  it('keeps an officer of several prefectures on the one chosen among their own', () => {
    const { service } = setUp({ ...AOMORI_USER, roles: [...AOMORI_USER.roles, { role: 'prefecture', prefectureCode: '03' }] });
    expect(service.query('funnel', { prefecture: '03' })).toEqual({ prefecture: '03' });
    expect(service.query('funnel', { prefecture: '13' })).toEqual({ prefecture: '02' });
  });

  it('builds the download links with the same query', () => {
    const { service } = setUp(AOMORI_USER);
    expect(service.exportUrl('funnel', 'csv', { year: 2027, outcome: 'no-eligible-facility' })).toBe(
      '/api/analytics/funnel.csv?year=2027&prefecture=02&outcome=no-eligible-facility',
    );
    expect(service.exportUrl('capacity-demand', 'xlsx', {})).toBe('/api/analytics/capacity-demand.xlsx?prefecture=02');
  });

  it('asks the API again when the filters change', () => {
    const { service, http } = setUp(SOCIETY_USER);
    const filters = signal<AnalyticsFilters>({ year: 2027 });
    const resource = TestBed.runInInjectionContext(() => service.concentration(filters));
    TestBed.tick();
    const first = http.expectOne((request) => request.url === '/api/analytics/concentration');
    expect(first.request.params.toString()).toBe('year=2027&specialty=pediatrics');
    first.flush({});
    filters.set({ year: 2026, threshold: 0.8 });
    TestBed.tick();
    expect(http.expectOne((request) => request.url === '/api/analytics/concentration').request.params.toString()).toBe(
      'year=2026&specialty=pediatrics&threshold=0.8',
    );
    resource.destroy();
  });
});
