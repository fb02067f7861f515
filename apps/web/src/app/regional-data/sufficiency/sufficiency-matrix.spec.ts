import { LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SpecialtyResponse } from '@renkei/contract';
import { DATASET_2022, PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { SufficiencyMatrix } from './sufficiency-matrix';

describe('SufficiencyMatrix', () => {
  function render(specialties: SpecialtyResponse[], withBlocks = true) {
    TestBed.configureTestingModule({ imports: [SufficiencyMatrix], providers: [{ provide: LOCALE_ID, useValue: 'ja' }] });
    const fixture = TestBed.createComponent(SufficiencyMatrix);
    fixture.componentRef.setInput('dataset', DATASET_2022);
    fixture.componentRef.setInput('specialties', specialties);
    fixture.componentRef.setInput('prefectures', withBlocks ? PREFECTURES : []);
    fixture.componentRef.setInput('caption', '足下充足率');
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  function cell(element: HTMLElement, prefecture: string, specialty: string): HTMLElement | null {
    return element.querySelector(`tr[data-prefecture="${prefecture}"] td[data-specialty="${specialty}"] .rk-band`);
  }

  it('shows one column per specialty and one row per prefecture', () => {
    const element = render(SPECIALTIES);

    expect([...element.querySelectorAll('thead th')].map((th) => th.textContent?.trim())).toEqual(['都道府県', '内科', '小児科', '外科']);
    expect(element.querySelectorAll('tbody tr[data-prefecture]')).toHaveLength(6);
  });

  it('shows band text with its tone: listed bands, unlisted > 0.8 and — for not covered', () => {
    const element = render(SPECIALTIES);

    expect(cell(element, '02', 'internal-medicine')?.textContent).toBe('≤ 0.7');
    expect(cell(element, '02', 'internal-medicine')?.classList).toContain('rk-band--severe');
    expect(cell(element, '12', 'pediatrics')?.textContent).toBe('0.7–0.8');
    expect(cell(element, '12', 'pediatrics')?.classList).toContain('rk-band--short');
    expect(cell(element, '13', 'internal-medicine')?.textContent).toBe('> 0.8');
    expect(cell(element, '13', 'internal-medicine')?.classList).toContain('rk-band--above');
    expect(cell(element, '02', 'surgery')?.textContent).toBe('—');
    expect(cell(element, '02', 'surgery')?.classList).toContain('rk-band--not-covered');
  });

  it('groups rows under regional block headers', () => {
    const element = render(SPECIALTIES.slice(0, 1));

    const headers = [...element.querySelectorAll('.matrix__block-row th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['北海道', '東北', '関東', '九州・沖縄']);
  });

  it('keeps code order without block headers when blocks are unknown', () => {
    const element = render(SPECIALTIES.slice(0, 1), false);

    expect(element.querySelector('.matrix__block-row')).toBeNull();
    expect([...element.querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent?.trim())).toEqual([
      '北海道',
      '青森県',
      '宮城県',
      '千葉県',
      '東京都',
      '沖縄県',
    ]);
  });
});
