import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { EligibilityCheckResponse, FacilitySearchResult } from '@renkei/contract';
import { AOMORI_DETAIL, DATASET_SUMMARIES, PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { EligibilityCheckPage } from './eligibility-check-page';

const RESPONSE: EligibilityCheckResponse = {
  year: 2026,
  specialty: 'internal-medicine',
  prefectureCode: '02',
  areaCode: '0204',
  physicianScarceArea: true,
  ruleSet: {
    id: 'rs-1',
    definitionId: 'recruitment-2026',
    recruitmentYear: 2026,
    version: 1,
    nameJa: '2026年度募集',
    nameEn: '2026 recruitment',
    sourceNote: '',
  },
  datasets: [{ code: '2022', kind: 'sufficiency', nameJa: '2022年 足下充足率', nameEn: '2022 sufficiency', sample: true }],
  results: [
    {
      category: 'special-regional',
      label: '③',
      nameJa: '特別地域連携プログラム',
      nameEn: 'Special regional program',
      status: 'eligible',
      minimumRotationMonths: 12,
      reasons: [{ code: 'AREA_SCARCE', messageJa: '医師少数区域にあります。', messageEn: 'The area is physician-scarce.' }],
      exceptionIds: [],
    },
  ],
};

const SAMPLE_HOST: FacilitySearchResult = {
  id: '7f1c0a52-3f0b-4a8e-9d2b-2b8c1f0e6a11',
  facilityCode: 'SAMPLE-02-2',
  name: '西北五中央病院（サンプル）',
  prefectureCode: '02',
  secondaryMedicalAreaCode: '0204',
  municipality: '西北五市（サンプル）',
  physicianScarceSpot: false,
  sample: true,
};

/** The search request, once the autocomplete's debounce has passed (polled: timers run late on a busy machine). */
async function searchRequest(http: HttpTestingController): Promise<TestRequest> {
  for (let waited = 0; waited < 5000; waited += 50) {
    const [request] = http.match((req) => req.url === '/api/facilities/search');
    if (request) {
      return request;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('No facility search request');
}

describe('EligibilityCheckPage', () => {
  async function render(query: Record<string, string>) {
    TestBed.configureTestingModule({ imports: [EligibilityCheckPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(EligibilityCheckPage);
    for (const [key, value] of Object.entries(query)) {
      fixture.componentRef.setInput(key, value);
    }
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/prefectures/02').flush(AOMORI_DETAIL);
    http.expectOne('/api/reference/sufficiency-datasets').flush(DATASET_SUMMARIES);
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  it('sends the query parameters and shows the status chip, reasons and sample badge', async () => {
    const { fixture, http, element } = await render({ year: '2026', specialty: 'internal-medicine', prefecture: '02', area: '0204', spot: 'true' });

    const request = http.expectOne((req) => req.url === '/api/eligibility/check');
    expect(request.request.params.get('year')).toBe('2026');
    expect(request.request.params.get('specialty')).toBe('internal-medicine');
    expect(request.request.params.get('area')).toBe('0204');
    expect(request.request.params.get('spot')).toBe('true');
    expect(request.request.params.has('nominated')).toBe(false);
    request.flush(RESPONSE);
    await fixture.whenStable();

    const card = element.querySelector('[data-category="③"]');
    expect(card?.querySelector('.status-chip')?.textContent?.trim()).toBe('対象');
    expect(card?.querySelector('.status-chip')?.getAttribute('data-status')).toBe('eligible');
    expect(card?.textContent).toContain('12');
    expect(card?.querySelector('.category-card__reasons li')?.textContent).toContain('医師少数区域にあります。');
    expect(element.querySelector('.sample-badge')?.textContent).toContain('サンプル');
    http.verify();
  });

  it('shows the API message and field errors of a 400', async () => {
    const { fixture, http, element } = await render({ specialty: 'internal-medicine', prefecture: '02', area: '0299' });

    http
      .expectOne((req) => req.url === '/api/eligibility/check')
      .flush(
        { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Invalid query', fieldErrors: { area: ['area is unknown'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    expect(element.textContent).toContain('Invalid query');
    expect(element.querySelector('.field-error')?.textContent).toContain('area is unknown');
  });

  it('sends the chosen dataset with the check', async () => {
    const { http } = await render({ specialty: 'internal-medicine', prefecture: '02', area: '0204', dataset: '2022' });
    expect(http.expectOne((req) => req.url === '/api/eligibility/check').request.params.get('dataset')).toBe('2022');
  });

  it('finds a facility by name and checks its area, leaving the nomination and previous-host toggles as they are', async () => {
    const { fixture, http, element } = await render({ specialty: 'internal-medicine', prefecture: '02', area: '0201', nominated: 'true' });
    http.expectOne((req) => req.url === '/api/eligibility/check').flush(RESPONSE);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    const input = element.querySelector<HTMLInputElement>('input[data-testid="facility-search"]');
    if (!input) throw new Error('no facility search');
    input.focus();
    input.value = ' 西北五 ';
    input.dispatchEvent(new Event('input'));
    const search = await searchRequest(http);
    expect(search.request.params.get('q')).toBe('西北五');
    search.flush([SAMPLE_HOST]);
    await fixture.whenStable();
    http.expectNone((req) => req.url === '/api/facilities/search');

    const option = document.querySelector<HTMLElement>('mat-option');
    expect(option?.textContent).toContain('西北五中央病院（サンプル）');
    expect(option?.textContent).toContain('SAMPLE-02-2');
    option?.click();
    expect(navigate).toHaveBeenLastCalledWith(
      [],
      expect.objectContaining({ queryParams: { facility: 'SAMPLE-02-2', prefecture: '02', area: '0204', spot: null }, queryParamsHandling: 'merge' }),
    );
  });

  it('says so when no facility matches', async () => {
    const { fixture, http, element } = await render({ specialty: 'internal-medicine', prefecture: '02', area: '0204' });
    http.expectOne((req) => req.url === '/api/eligibility/check').flush(RESPONSE);
    const input = element.querySelector<HTMLInputElement>('input[data-testid="facility-search"]');
    if (!input) throw new Error('no facility search');
    input.value = 'どこにもない病院';
    input.dispatchEvent(new Event('input'));
    (await searchRequest(http)).flush([]);
    await fixture.whenStable();
    expect(element.querySelector('.facility-search__status')?.textContent).toContain('「どこにもない病院」に一致する施設はありません。');
  });

  it('shows the facility of a shared link, with its sample badge', async () => {
    const { fixture, http, element } = await render({ specialty: 'internal-medicine', prefecture: '02', area: '0204', facility: 'SAMPLE-02-2' });
    const lookup = http.expectOne((req) => req.url === '/api/facilities/search');
    expect(lookup.request.params.get('q')).toBe('SAMPLE-02-2');
    lookup.flush([SAMPLE_HOST]);
    http.expectOne((req) => req.url === '/api/eligibility/check').flush(RESPONSE);
    await fixture.whenStable();
    const chosen = element.querySelector('[data-testid="chosen-facility"]');
    expect(chosen?.textContent).toContain('西北五中央病院（サンプル）');
    expect(chosen?.querySelector('.sample-badge')?.textContent).toContain('サンプル');
  });
});
