import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { DATASET_2022, DATASET_LEGACY, DATASET_SUMMARIES, PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { SufficiencyPage } from './sufficiency-page';

describe('SufficiencyPage', () => {
  async function render(query: { dataset?: string; specialty?: string } = {}) {
    TestBed.configureTestingModule({ imports: [SufficiencyPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(SufficiencyPage);
    fixture.componentRef.setInput('dataset', query.dataset);
    fixture.componentRef.setInput('specialty', query.specialty);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/sufficiency-datasets').flush(DATASET_SUMMARIES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    // Not whenStable(): the dataset request that follows is pending until a test flushes it.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  function columnHeaders(element: HTMLElement): (string | undefined)[] {
    return [...element.querySelectorAll('rk-sufficiency-matrix thead th')].map((th) => th.textContent?.trim());
  }

  it('shows the most recent dataset by default, with the covered specialties as columns', async () => {
    const { fixture, http, element } = await render();

    http.expectOne('/api/reference/sufficiency-datasets/2022').flush(DATASET_2022);
    await fixture.whenStable();

    expect(columnHeaders(element)).toEqual(['都道府県', '内科', '小児科']);
    expect(element.querySelector('.band-explainer')?.textContent).toContain('正確な値ではなく区分');
    expect(element.querySelector('.uncovered-note')?.textContent).toContain('外科');
    expect([...element.querySelectorAll('rk-band-legend .rk-band')].map((b) => b.textContent)).toEqual(['≤ 0.7', '0.7–0.8', '> 0.8', '—']);
  });

  it('shows the dataset and specialty from the query parameters', async () => {
    const { fixture, http, element } = await render({ dataset: '2016-2018', specialty: 'pediatrics' });

    http.expectOne('/api/reference/sufficiency-datasets/2016-2018').flush(DATASET_LEGACY);
    await fixture.whenStable();

    expect(columnHeaders(element)).toEqual(['都道府県', '小児科']);
    const groups = [...element.querySelectorAll<HTMLElement>('rk-specialty-band-summary [data-band]')];
    const group = (band: string) => groups.find((g) => g.dataset['band'] === band)?.textContent;
    expect(group('≤ 0.8')).toContain('1 都道府県');
    expect(group('≤ 0.8')).toContain('青森県');
    expect(group('> 0.8')).toContain('5 都道府県');
  });

  it('shows dashes for a specialty the dataset does not cover', async () => {
    const { fixture, http, element } = await render({ specialty: 'surgery' });

    http.expectOne('/api/reference/sufficiency-datasets/2022').flush(DATASET_2022);
    await fixture.whenStable();

    const cells = [...element.querySelectorAll('td[data-specialty="surgery"] .rk-band')].map((c) => c.textContent);
    expect(cells).toHaveLength(6);
    expect(new Set(cells)).toEqual(new Set(['—']));
    expect(element.querySelector('rk-specialty-band-summary')?.textContent).toContain('区分がありません');
  });

  it('falls back to the default dataset for an unknown code in the URL', async () => {
    const { http } = await render({ dataset: 'nope' });

    http.expectOne('/api/reference/sufficiency-datasets/2022').flush(DATASET_2022);
  });

  it('writes the chosen dataset into the URL', async () => {
    const { fixture, http, element } = await render();
    http.expectOne('/api/reference/sufficiency-datasets/2022').flush(DATASET_2022);
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    const legacyRadio = [...element.querySelectorAll<HTMLInputElement>('mat-radio-button input')].find((input) => input.value === '2016-2018');
    legacyRadio?.click();
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith([], { queryParams: { dataset: '2016-2018' }, queryParamsHandling: 'merge' });
  });
});
