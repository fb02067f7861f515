import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { EligibilityExceptionResponse } from '@renkei/contract';
import { PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { ExceptionsPage } from './exceptions-page';

const EXCEPTION: EligibilityExceptionResponse = {
  id: '9d8f1b0e-6c55-4c5e-8f7e-6a3b2f1d0c99',
  active: true,
  sourceNote: 'Committee p. 46',
  definition: {
    id: '9d8f1b0e-6c55-4c5e-8f7e-6a3b2f1d0c99',
    nameJa: '青森の内科 経過措置',
    nameEn: 'Aomori internal medicine',
    sourceNote: 'Committee p. 46',
    recruitmentYears: [2026],
    categoryCodes: ['special-regional'],
    appliesTo: [{ prefectureCodes: ['02'], specialtyCodes: ['internal-medicine'] }],
    effect: { kind: 'waive-conditions', conditionKinds: ['in-scarce-area-or-spot'] },
  },
  createdAt: '2026-11-29T00:00:00.000Z',
  createdBy: null,
};

describe('ExceptionsPage', () => {
  // The page renders a dozen form fields and a dialog: slow under jsdom on a busy machine.
  jest.setTimeout(20_000);

  async function render() {
    TestBed.configureTestingModule({
      imports: [ExceptionsPage],
      providers: [...provideTestEnvironment(), { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }],
    });
    const fixture = TestBed.createComponent(ExceptionsPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne('/api/eligibility/exceptions').flush([EXCEPTION]);
    http.expectOne('/api/eligibility/rule-sets').flush([]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    return { fixture, http, element, row: () => element.querySelector(`tr[data-exception="${EXCEPTION.definition.nameJa}"]`) };
  }

  it('lists an exception with whom it covers and what it waives, and deactivates it after confirmation', async () => {
    const { fixture, http, row } = await render();
    expect(row()?.textContent).toContain('有効');
    expect(row()?.textContent).toContain('青森県 × 内科');
    expect(row()?.textContent).toContain('医師少数区域等に所在');
    expect(row()?.textContent).toContain("特別地域連携プログラム（③・②'）");

    const button = row()?.querySelector<HTMLButtonElement>('button');
    expect(button?.getAttribute('aria-label')).toBe('無効にする（青森の内科 経過措置）');
    button?.click();
    await fixture.whenStable();
    expect(document.querySelector('mat-dialog-container')?.textContent).toContain('「青森の内科 経過措置」を無効にします。');
    document.querySelector<HTMLButtonElement>('[data-testid="confirm"]')?.click();
    await fixture.whenStable();

    const request = http.expectOne(`/api/eligibility/exceptions/${EXCEPTION.id}/deactivate`);
    expect(request.request.method).toBe('POST');
    request.flush({ ...EXCEPTION, active: false });
    await fixture.whenStable();
    expect(row()?.textContent).toContain('無効');
    expect(row()?.querySelector('button')).toBeNull();
  });

  it('says whom the exception must cover before sending anything', async () => {
    const { fixture, http, element } = await render();
    element.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await fixture.whenStable();

    expect(element.querySelector('form [role="alert"]')?.textContent).toContain(
      '対象（施設コード、都道府県、領域、前年度までの連携先のいずれか）を指定してください。',
    );
    http.expectNone('/api/eligibility/exceptions');
  });
});
