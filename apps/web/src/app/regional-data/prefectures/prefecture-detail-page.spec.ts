import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { ApiErrorResponse } from '@renkei/contract';
import { AOMORI_DETAIL } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { PrefectureDetailPage } from './prefecture-detail-page';

describe('PrefectureDetailPage', () => {
  function render(code: string) {
    TestBed.configureTestingModule({ imports: [PrefectureDetailPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(PrefectureDetailPage);
    fixture.componentRef.setInput('code', code);
    fixture.detectChanges();
    return { fixture, http: TestBed.inject(HttpTestingController), element: fixture.nativeElement as HTMLElement };
  }

  function areaRow(element: HTMLElement, code: string): HTMLElement | null {
    return element.querySelector(`tr[data-area="${code}"]`);
  }

  it('lists the secondary medical areas with index and class', async () => {
    const { fixture, http, element } = render('02');

    http.expectOne('/api/reference/prefectures/02').flush(AOMORI_DETAIL);
    await fixture.whenStable();

    expect(element.querySelector('h2')?.textContent).toBe('青森県');
    expect(element.querySelectorAll('tbody tr[data-area]')).toHaveLength(4);
    const tsugaru = areaRow(element, '0201');
    expect(tsugaru?.textContent).toContain('津軽地域');
    expect(tsugaru?.textContent).toContain('253.2');
    expect(tsugaru?.querySelector('.rk-chip')?.textContent).toBe('医師多数');
  });

  it('marks physician-scarce areas with text, not colour alone', async () => {
    const { fixture, http, element } = render('02');

    http.expectOne('/api/reference/prefectures/02').flush(AOMORI_DETAIL);
    await fixture.whenStable();

    const scarceColumn = (code: string) => areaRow(element, code)?.querySelector('td.area-table__scarce');
    expect(scarceColumn('0204')?.querySelector('[data-scarce="true"]')?.textContent).toContain('医師少数区域');
    expect(scarceColumn('0202')?.querySelector('[data-scarce="true"]')).not.toBeNull();
    expect(scarceColumn('0201')?.querySelector('[data-scarce="false"]')?.textContent).toContain('指定なし');
    expect(scarceColumn('0203')?.querySelector('[data-scarce="true"]')).toBeNull();
    expect(element.querySelector('[data-testid="scarce-count"]')?.textContent).toBe('2');
  });

  it('uses the designation, not the index class, for the scarce marker', async () => {
    const { fixture, http, element } = render('02');
    const designatedDespiteIndex = {
      ...AOMORI_DETAIL,
      secondaryMedicalAreas: [{ ...AOMORI_DETAIL.secondaryMedicalAreas[2], physicianScarce: true }],
    };

    http.expectOne('/api/reference/prefectures/02').flush(designatedDespiteIndex);
    await fixture.whenStable();

    const row = areaRow(element, '0203');
    expect(row?.querySelector('.rk-chip')?.textContent).toBe('中間');
    expect(row?.querySelector('td.area-table__scarce [data-scarce="true"]')).not.toBeNull();
  });

  it('puts the prefecture name in the document title', async () => {
    const { fixture, http } = render('02');

    http.expectOne('/api/reference/prefectures/02').flush(AOMORI_DETAIL);
    await fixture.whenStable();

    expect(TestBed.inject(Title).getTitle()).toMatch(/^青森県 \| /);
  });

  it("shows the API's message for an unknown code, without a pointless retry", async () => {
    const { fixture, http, element } = render('99');
    const body: ApiErrorResponse = { statusCode: 404, code: 'PREFECTURE_NOT_FOUND', message: 'Prefecture 99 was not found' };

    http.expectOne('/api/reference/prefectures/99').flush(body, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    const alert = element.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Prefecture 99 was not found');
    expect(alert?.querySelector('button')).toBeNull();
    expect(element.querySelector('table')).toBeNull();
  });
});
