import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { HOST_ID, OTHER_HOST_ID, hostSummary, searchResponse } from '../testing/host-directory.fixtures';
import { HostDirectoryPage, facetOptions } from './host-directory-page';

describe('HostDirectoryPage', () => {
  async function render(query: Record<string, string> = {}) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'hosts', component: HostDirectoryPage }], withComponentInputBinding()),
        { provide: LOCALE_ID, useValue: 'ja' },
      ],
    });
    const harness = await RouterTestingHarness.create();
    const url = (params: Record<string, string>) => `/hosts?${new URLSearchParams(params).toString()}`;
    await harness.navigateByUrl(url(query), HostDirectoryPage);
    const fixture = harness.fixture;
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    const search = (): TestRequest => http.expectOne((req) => req.url === '/api/hosts');
    const element = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
      await fixture.whenStable();
    };
    const go = (params: Record<string, string>) => harness.navigateByUrl(url(params));
    return { fixture, http, navigate, element, search, settle, go };
  }

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('asks the API for the search in the URL and shows each host with its badges, places, completeness and photo', async () => {
    const { search, settle, element } = await render({ q: 'さくら', prefecture: '02', dormitory: 'true', page: '2', bogus: 'x' });
    const request = search();
    expect(request.request.params.keys().sort()).toEqual(['dormitory', 'page', 'pageSize', 'prefecture', 'q']);
    expect(request.request.params.get('q')).toBe('さくら');
    expect(request.request.params.get('dormitory')).toBe('true');
    expect(request.request.params.get('page')).toBe('2');
    request.flush(searchResponse({ total: 41, page: 2 }));
    await settle();

    expect(element.querySelector('[data-testid="result-count"]')?.getAttribute('aria-live')).toBe('polite');
    expect(element.querySelector('[data-testid="result-count"]')?.textContent).toContain('41 件の連携先が見つかりました');
    const card = element.querySelector(`rk-host-card [data-facility="${HOST_ID}"]`);
    expect(card?.querySelector('h3 a')?.getAttribute('href')).toBe(`/hosts/${HOST_ID}`);
    expect(card?.textContent).toContain('せいほくごさくらびょういん');
    expect(card?.textContent).toContain('青森県 五所川原市');
    const badges = [...(card?.querySelectorAll('.host-badge') ?? [])].map((badge) => badge.textContent?.trim());
    expect(badges).toEqual(['医師少数区域', '寮あり', '保育', 'サンプル']);
    expect(card?.textContent).toContain('内科 · 特別地域連携プログラム · 受入可能数 2 名');
    expect(card?.textContent).toContain('情報の充実度 80%');
    const photo = card?.querySelector('img');
    expect(photo?.getAttribute('src')).toMatch(/^\/api\/host-photos\/[0-9a-f-]+$/);
    expect(photo?.getAttribute('alt')).toBe('西北五さくら病院（デモ） の写真');
    // The search field shows the URL's text.
    expect(element.querySelector<HTMLInputElement>('[data-testid="host-search"]')?.value).toBe('さくら');
  });

  it('writes the facet counts into the options and the yes/no filters', async () => {
    const { search, settle, element, fixture } = await render();
    search().flush(searchResponse());
    await settle();

    const checkbox = element.querySelector('[data-testid="filter-dormitory"]');
    expect(checkbox?.textContent?.trim()).toBe('寮あり（3 件）');
    expect(element.querySelector('[data-testid="filter-physicianScarce"]')?.textContent?.trim()).toBe('医師少数区域・スポット（5 件）');

    element.querySelector<HTMLElement>('[data-testid="filter-specialty"] .mat-mdc-select-trigger')?.click();
    fixture.detectChanges();
    await fixture.whenStable();
    const options = [...document.querySelectorAll('mat-option')].map((option) => option.textContent?.trim());
    expect(options).toEqual(['指定なし', '内科（12 件）', '小児科（3 件）']);
  });

  it('keeps a chosen value among the options even when no host has it now', () => {
    expect(facetOptions([{ value: 'a', count: 2 }], 'b', (value) => value.toUpperCase())).toEqual([
      { value: 'a', label: 'A（2 件）' },
      { value: 'b', label: 'B（0 件）' },
    ]);
  });

  it('a map tile filters by its prefecture (click or Enter), and choosing it again clears the filter', async () => {
    const { search, settle, element, navigate } = await render({ q: 'さくら', page: '3' });
    search().flush(searchResponse());
    await settle();

    const aomori = element.querySelector<SVGGElement>('[data-testid="host-map"] [data-prefecture="02"]');
    expect(aomori?.getAttribute('aria-label')).toBe('青森 4 件');
    expect(element.querySelector('[data-testid="host-map"] [data-prefecture="13"]')?.getAttribute('aria-label')).toBe('東京 0 件');
    aomori?.dispatchEvent(new MouseEvent('click'));
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { q: 'さくら', prefecture: '02' } }));

    element
      .querySelector('[data-testid="host-map"] [data-prefecture="12"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { q: 'さくら', prefecture: '12' } }));
  });

  it('clears the prefecture when its selected tile is chosen again; the table offers the same counts', async () => {
    const { search, settle, element, navigate } = await render({ prefecture: '02' });
    search().flush(searchResponse());
    await settle();

    const tile = element.querySelector('[data-testid="host-map"] [data-prefecture="02"]');
    expect(tile?.getAttribute('aria-pressed')).toBe('true');
    tile?.dispatchEvent(new MouseEvent('click'));
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: {} }));
    const rows = [...element.querySelectorAll('.count-table tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent?.trim()).join(' '),
    );
    expect(rows).toEqual(['青森県 4', '千葉県 2']);
  });

  it('a submitted text search goes into the URL and starts again at page 1', async () => {
    const { search, settle, element, navigate, fixture } = await render({ page: '4', childcare: 'true' });
    search().flush(searchResponse());
    await settle();

    const input = element.querySelector<HTMLInputElement>('[data-testid="host-search"]');
    if (!input) throw new Error('no search field');
    input.value = '  ごしょがわら ';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLButtonElement>('form[role="search"] button[type="submit"]')?.click();
    fixture.detectChanges();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { q: 'ごしょがわら', childcare: 'true' } }));
  });

  it('a filter applies at once, keeping the text typed in the search field', async () => {
    const { search, settle, element, navigate } = await render({ page: '2' });
    search().flush(searchResponse());
    await settle();

    const input = element.querySelector<HTMLInputElement>('[data-testid="host-search"]');
    if (!input) throw new Error('no search field');
    input.value = 'さくら';
    input.dispatchEvent(new Event('input'));
    element.querySelector<HTMLInputElement>('[data-testid="filter-dormitory"] input')?.click();
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { q: 'さくら', dormitory: 'true' } }));
  });

  it('follows the URL on back/forward: a new query asks again', async () => {
    const { search, settle, go, http } = await render({ q: 'a' });
    search().flush(searchResponse());
    await settle();
    await go({ q: 'b', sort: 'name' });
    const request = http.expectOne((req) => req.url === '/api/hosts');
    expect(request.request.params.get('q')).toBe('b');
    expect(request.request.params.get('sort')).toBe('name');
    request.flush(searchResponse());
  });

  it('adds at most 4 hosts to the comparison and says why a fifth is refused', async () => {
    const { search, settle, element, fixture } = await render();
    const hosts = [HOST_ID, OTHER_HOST_ID, 'c', 'd', 'e'].map((facilityId, index) => hostSummary({ facilityId, name: `病院${index + 1}` }));
    search().flush(searchResponse({ hosts, total: 5 }));
    await settle();

    const buttons = [...element.querySelectorAll<HTMLButtonElement>('[data-testid="compare-host"]')];
    buttons.forEach((button) => button.click());
    fixture.detectChanges();
    await fixture.whenStable();

    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['true', 'true', 'true', 'true', 'false']);
    expect(buttons[4].closest('rk-host-actions')?.querySelector('[role="status"]')?.textContent).toContain('比較できるのは 4 件までです');
    const link = element.querySelector('[data-testid="compare-link"]');
    expect(link?.textContent).toContain('選んだ 4 件を比較する');
    expect(decodeURIComponent(link?.getAttribute('href') ?? '')).toBe(`/hosts/compare?ids=${HOST_ID},${OTHER_HOST_ID},c,d`);
  });
});
