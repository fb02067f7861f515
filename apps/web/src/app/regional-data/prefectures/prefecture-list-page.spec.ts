import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiErrorResponse } from '@renkei/contract';
import { PREFECTURES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { PrefectureListPage } from './prefecture-list-page';

describe('PrefectureListPage', () => {
  async function render(sort?: string) {
    TestBed.configureTestingModule({ imports: [PrefectureListPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(PrefectureListPage);
    if (sort) {
      fixture.componentRef.setInput('sort', sort);
    }
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function blocks(element: HTMLElement) {
    return [...element.querySelectorAll<HTMLElement>('section[data-block]')].map((section) => ({
      block: section.dataset['block'],
      heading: section.querySelector('h3')?.textContent?.trim(),
      prefectures: [...section.querySelectorAll('tbody th a')].map((a) => a.textContent?.trim()),
    }));
  }

  it('groups prefectures by regional block, north to south', async () => {
    const { fixture, http, element } = await render();

    http.expectOne('/api/reference/prefectures').flush([...PREFECTURES].reverse());
    await fixture.whenStable();

    expect(blocks(element)).toEqual([
      { block: 'hokkaido', heading: expect.stringContaining('北海道'), prefectures: ['北海道'] },
      { block: 'tohoku', heading: expect.stringContaining('東北'), prefectures: ['青森県', '宮城県'] },
      { block: 'kanto', heading: expect.stringContaining('関東'), prefectures: ['千葉県', '東京都'] },
      { block: 'kyushu', heading: expect.stringContaining('九州・沖縄'), prefectures: ['沖縄県'] },
    ]);
  });

  it('shows each prefecture with its index, class chip and a link to its areas', async () => {
    const { fixture, http, element } = await render();

    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    await fixture.whenStable();

    const aomoriRow = [...element.querySelectorAll('tbody tr')].find((row) => row.textContent?.includes('青森県'));
    expect(aomoriRow?.querySelector('.index-value')?.textContent).toBe('184.3');
    expect(aomoriRow?.querySelector('.rk-chip')?.textContent).toBe('医師少数県');
    expect(aomoriRow?.querySelector('.rk-chip')?.classList).toContain('rk-chip--few');
    expect(aomoriRow?.querySelector('a')?.getAttribute('href')).toBe('/regional-data/prefectures/02');
    expect(aomoriRow?.textContent).toContain('全国6位');
  });

  it('summarises the number of prefectures per class', async () => {
    const { fixture, http, element } = await render();

    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    await fixture.whenStable();

    const counts = [...element.querySelectorAll('.class-summary__item')].map((item) => [
      item.querySelector('.class-summary__label')?.textContent,
      item.querySelector('.class-summary__count')?.textContent,
    ]);
    expect(counts).toEqual([
      ['医師多数県', '2'],
      ['中間', '2'],
      ['医師少数県', '2'],
    ]);
  });

  it('orders prefectures within blocks by the sort query parameter', async () => {
    const { fixture, http, element } = await render('index-desc');

    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    await fixture.whenStable();

    expect(blocks(element).find((b) => b.block === 'kanto')?.prefectures).toEqual(['東京都', '千葉県']);
  });

  it("shows the API's error message", async () => {
    const { fixture, http, element } = await render();
    const body: ApiErrorResponse = { statusCode: 503, code: 'DATABASE_UNAVAILABLE', message: 'Reference data is unavailable' };

    http.expectOne('/api/reference/prefectures').flush(body, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')?.textContent).toContain('Reference data is unavailable');
    expect(element.querySelector('section[data-block]')).toBeNull();
  });
});
