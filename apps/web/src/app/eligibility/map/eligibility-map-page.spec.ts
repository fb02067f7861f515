import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DATASET_SUMMARIES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { RULE_SETS, prefecturesResponse } from '../testing/eligibility.fixtures';
import { EligibilityMapPage } from './eligibility-map-page';

describe('EligibilityMapPage', () => {
  async function render(query: Record<string, string>) {
    TestBed.configureTestingModule({ imports: [EligibilityMapPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(EligibilityMapPage);
    for (const [key, value] of Object.entries(query)) {
      fixture.componentRef.setInput(key, value);
    }
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne('/api/reference/sufficiency-datasets').flush(DATASET_SUMMARIES);
    http.expectOne('/api/eligibility/rule-sets').flush(RULE_SETS);
    // Not whenStable: the prefectures request these answers start would keep the fixture unstable.
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    return { fixture, http, navigate, element: fixture.nativeElement as HTMLElement };
  }

  it('asks for the chosen year, specialty, category and dataset, and draws all 47 prefectures with status, symbol and main reason', async () => {
    const { fixture, http, element } = await render({ year: '2026', specialty: 'internal-medicine', category: 'special-regional', dataset: '2022' });
    const request = http.expectOne((req) => req.url === '/api/eligibility/prefectures');
    expect(request.request.params.keys().sort()).toEqual(['category', 'dataset', 'specialty', 'year']);
    expect(request.request.params.get('category')).toBe('special-regional');
    expect(request.request.params.get('dataset')).toBe('2022');
    request.flush(prefecturesResponse());
    await fixture.whenStable();

    const tiles = element.querySelectorAll('[data-testid="prefecture-map"] [role="button"]');
    expect(tiles).toHaveLength(47);
    const aomori = element.querySelector('[data-prefecture="02"][role="button"]');
    // The main reason skips the category's own summary (CATEGORY_*).
    expect(aomori?.getAttribute('aria-label')).toBe('青森県: 条件付き. 内科の足下充足率は 0.7 以下です。');
    expect(aomori?.getAttribute('tabindex')).toBe('0');
    expect(aomori?.querySelector('.tile__name')?.textContent?.trim()).toBe('青森');
    expect(aomori?.querySelector('.tile__symbol')?.textContent?.trim()).toBe('△');
    expect(aomori?.querySelectorAll('line.tile__pattern').length).toBeGreaterThan(0);
    expect(element.querySelector('[data-prefecture="13"] .tile__symbol')?.textContent?.trim()).toBe('×');
    expect(element.querySelector('[data-prefecture="47"] circle.tile__pattern')).not.toBeNull();

    const legend = [...element.querySelectorAll('.legend__item')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(legend).toEqual(['○対象1 都道府県', '△条件付き1 都道府県', '×対象外44 都道府県', '?判定不能1 都道府県']);

    const table = element.querySelector('[data-testid="prefecture-table"]');
    expect(table?.querySelector('caption')?.textContent).toContain('2026 年度募集・内科・③ 特別地域連携プログラム の都道府県別の判定');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(47);
    expect(table?.querySelector('tr[data-prefecture="02"]')?.textContent).toContain('医師少数区域の施設に限られます。');
  });

  it('falls back to the year’s categories: 2027 has no prefecture-limited part, so ②′ (special-regional) is asked', async () => {
    const { http } = await render({ year: '2027', specialty: 'internal-medicine', category: 'prefecture-limited' });
    const request = http.expectOne((req) => req.url === '/api/eligibility/prefectures');
    expect(request.request.params.get('category')).toBe('special-regional');
    expect(request.request.params.has('dataset')).toBe(false);
  });

  it('puts the chosen prefecture in the URL by click and by keyboard, then shows its reasons and a link to the check', async () => {
    const { fixture, http, navigate, element } = await render({ year: '2026', specialty: 'internal-medicine', category: 'special-regional' });
    http.expectOne((req) => req.url === '/api/eligibility/prefectures').flush(prefecturesResponse());
    await fixture.whenStable();

    element.querySelector<SVGElement>('[data-prefecture="02"][role="button"]')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { prefecture: '02' }, queryParamsHandling: 'merge' }));
    element.querySelector('[data-prefecture="13"][role="button"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(navigate).toHaveBeenLastCalledWith([], expect.objectContaining({ queryParams: { prefecture: '13' } }));

    fixture.componentRef.setInput('prefecture', '02');
    await fixture.whenStable();
    const detail = element.querySelector('[data-testid="prefecture-detail"]');
    expect(detail?.querySelector('h2')?.textContent?.trim()).toBe('青森県');
    expect(detail?.querySelector('.status-chip')?.textContent?.trim()).toBe('△ 条件付き');
    expect([...(detail?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim())).toEqual([
      '③ 特別地域連携プログラム: 条件付き対象',
      '内科の足下充足率は 0.7 以下です。',
      '医師少数区域の施設に限られます。',
    ]);
    const link = detail?.querySelector<HTMLAnchorElement>('[data-testid="open-check"]');
    expect(link?.getAttribute('href')).toBe('/check?year=2026&specialty=internal-medicine&prefecture=02');
    expect(element.querySelector('[data-prefecture="02"][role="button"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the field error of a 400', async () => {
    const { fixture, http, element } = await render({ year: '2026', specialty: 'internal-medicine', category: 'special-regional', dataset: '1999' });
    http
      .expectOne((req) => req.url === '/api/eligibility/prefectures')
      .flush(
        {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'Unknown reference',
          fieldErrors: { dataset: ['1999 is not a known sufficiency dataset'] },
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(element.querySelector('.field-error')?.textContent).toContain('1999 is not a known sufficiency dataset');
  });
});
