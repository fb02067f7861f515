import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router } from '@angular/router';
import { RuleSetDiffResponse, RuleSetResponse } from '@renkei/contract';
import { RULE_SET_2027 } from '@renkei/eligibility';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { RuleSetDetailPage } from './rule-set-detail-page';

const DRAFT: RuleSetResponse = {
  id: '3b0a5f7e-2f0e-4d8e-9a53-8d1f6a0c1e22',
  definitionId: 'recruitment-2027-v2',
  recruitmentYear: 2027,
  version: 2,
  nameJa: RULE_SET_2027.nameJa,
  nameEn: RULE_SET_2027.nameEn,
  sourceNote: 'Test: 2024 dataset',
  status: 'draft',
  definition: { ...RULE_SET_2027, id: 'recruitment-2027-v2', version: 2, datasets: { sufficiency: ['2022', '2024'], ceiling: [] } },
  createdAt: '2026-11-29T00:00:00.000Z',
  createdBy: null,
  activatedAt: null,
};

const empty = { gained: 0, lost: 0, becameUndetermined: 0, changed: 0, unchanged: 100, changes: [] };
const DIFF: RuleSetDiffResponse = {
  from: { id: 'active-id', version: 1, datasets: ['2022'] },
  to: { id: DRAFT.id, version: 2, datasets: ['2022', '2024'] },
  prefectures: {
    ...empty,
    gained: 1,
    changes: [
      {
        key: '13|internal-medicine',
        prefectureCode: '13',
        specialtyCode: 'internal-medicine',
        facilityCode: null,
        category: 'special-regional',
        before: 'ineligible',
        after: 'conditional',
        kind: 'gained',
      },
    ],
  },
  facilities: empty,
};

describe('RuleSetDetailPage', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [RuleSetDetailPage],
      // Without animations the dialog reports its result as soon as it closes.
      providers: [...provideTestEnvironment(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(RuleSetDetailPage);
    fixture.componentRef.setInput('id', DRAFT.id);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne(`/api/eligibility/rule-sets/${DRAFT.id}`).flush(DRAFT);
    // The diff is asked for once the version is known to be a draft.
    await new Promise((resolve) => setTimeout(resolve));
    TestBed.tick();
    return { fixture, http, element: fixture.nativeElement as HTMLElement };
  }

  it('shows the definition readably and, for a draft, what would move, by name', async () => {
    const { fixture, http, element } = await render();
    http.expectOne(`/api/eligibility/rule-sets/${DRAFT.id}/diff`).flush(DIFF);
    await fixture.whenStable();

    expect(element.querySelector('[data-testid="rule-set-status"]')?.textContent).toContain('下書き');
    expect(element.querySelector('[data-testid="sufficiency-datasets"]')?.textContent).toBe('2022, 2024');
    const special = element.querySelector('[data-category="special-regional"]');
    expect(special?.textContent).toContain('12 か月以上');
    expect(special?.textContent).toContain('足下充足率の閾値: 0.8 以下');
    expect(special?.textContent).toContain('（小児科: 0.9 以下）');

    const prefectures = element.querySelector('[data-testid="diff-prefectures"]');
    expect(prefectures?.textContent).toContain('対象になる: 1');
    const cells = [...(prefectures?.querySelectorAll('table[data-kind="gained"] tbody td') ?? [])].map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['東京都', '内科', "②'", '対象外', '条件付き']);
    expect(element.querySelector('[data-testid="diff-facilities"]')?.textContent).toContain('変化はありません。');
  });

  it('activates only after confirmation, then goes back to the list', async () => {
    const { fixture, http } = await render();
    http.expectOne(`/api/eligibility/rule-sets/${DRAFT.id}/diff`).flush(DIFF);
    await fixture.whenStable();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const activate = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('この版を有効にする'),
    );

    activate?.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('2027 年度募集の第 2 版を有効にします。');
    http.expectNone(`/api/eligibility/rule-sets/${DRAFT.id}/activate`);
    document.querySelector<HTMLButtonElement>('[data-testid="confirm"]')?.click();
    await fixture.whenStable();

    const request = http.expectOne(`/api/eligibility/rule-sets/${DRAFT.id}/activate`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...DRAFT, status: 'active', activatedAt: '2026-11-29T01:00:00.000Z' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/rules/rule-sets']);
  });
});
