import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { WhatIfResponse } from '@renkei/contract';
import { DATASET_SUMMARIES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { RULE_SETS } from '../testing/eligibility.fixtures';
import { WhatIfForm } from './what-if-form';
import { WhatIfPage } from './what-if-page';

const CHIBA = { code: '12', nameJa: '千葉県', nameEn: 'Chiba' };

const RESPONSE: WhatIfResponse = {
  year: 2026,
  ruleSet: {
    id: 'rs-2026',
    definitionId: 'recruitment-2026',
    recruitmentYear: 2026,
    version: 1,
    nameJa: '2026年度募集',
    nameEn: '2026 recruitment',
    sourceNote: '',
  },
  saved: false,
  scenarioCategories: [],
  datasets: { sufficiency: ['2016-2018'], ceiling: ['sample'] },
  rows: [
    {
      specialtyCode: 'internal-medicine',
      specialtyNameJa: '内科',
      specialtyNameEn: 'Internal medicine',
      categories: [
        {
          categoryCode: 'special-regional',
          label: '③',
          before: { reached: 9, undetermined: 0 },
          after: { reached: 10, undetermined: 0 },
          delta: 1,
          gained: [CHIBA],
          lost: [],
          becameUndetermined: [],
        },
        {
          categoryCode: 'prefecture-limited',
          label: '②',
          before: { reached: 7, undetermined: 0 },
          after: { reached: 7, undetermined: 0 },
          delta: 0,
          gained: [],
          lost: [],
          becameUndetermined: [],
        },
      ],
    },
  ],
};

describe('WhatIfPage', () => {
  async function render() {
    TestBed.configureTestingModule({ imports: [WhatIfPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(WhatIfPage);
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/eligibility/rule-sets').flush(RULE_SETS);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne('/api/reference/sufficiency-datasets').flush(DATASET_SUMMARIES);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, http, element, submit };
  }

  it('shows the current threshold, posts the change and shows before → after with the prefectures that moved', async () => {
    const { fixture, http, element, submit } = await render();
    expect(element.querySelector('[data-testid="override-0"] mat-hint')?.textContent).toContain('現在のルール: 0.7 以下');

    await submit();
    const request = http.expectOne('/api/eligibility/what-if');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ year: 2026, thresholdOverrides: [{ categoryCode: 'special-regional', threshold: 0.8 }] });
    request.flush(RESPONSE);
    await fixture.whenStable();

    const cell = element.querySelector('[data-testid="what-if-table"] tr[data-specialty="internal-medicine"] td[data-category="special-regional"]');
    expect(cell?.textContent?.replace(/\s+/g, ' ')).toContain('9 → 10（+1）増: 千葉県');
    expect(element.querySelector('[data-testid="what-if-result"]')?.textContent).toContain('保存はされていません');
    http.verify();
  });

  it('does not send a threshold outside 0.01–10 and says why under the field', async () => {
    const { fixture, http, element, submit } = await render();
    const input = element.querySelector<HTMLInputElement>('[data-testid="override-0"] input[type="number"]');
    if (!input) throw new Error('no threshold input');
    input.value = '0';
    input.dispatchEvent(new Event('input'));
    await submit();
    fixture.detectChanges();
    http.expectNone('/api/eligibility/what-if');
    expect(element.querySelector('[data-testid="override-0"] mat-error')?.textContent).toContain('0.01 以上 10 以下の数で入力してください。');
  });

  it('puts the server’s field errors under the matching row', async () => {
    const { fixture, http, element, submit } = await render();
    await submit();
    http.expectOne('/api/eligibility/what-if').flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Unknown reference',
        fieldErrors: { 'thresholdOverrides.0.threshold': ['threshold must be ≤ 10'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(element.querySelector('[data-testid="override-0"] mat-error')?.textContent).toContain('しきい値は 10 以下にしてください。');
    expect(element.querySelector('rk-form-alert')?.textContent).toContain('入力内容に誤りがあります');
  });

  it('moves a row to a category the new year has (2027 has no prefecture-limited part)', async () => {
    const { fixture, element } = await render();
    const page = fixture.componentInstance as unknown as { form: WhatIfForm };
    page.form.controls.thresholdOverrides.at(0).controls.categoryCode.setValue('prefecture-limited');
    page.form.controls.year.setValue(2027);
    await fixture.whenStable();
    expect(page.form.controls.thresholdOverrides.at(0).controls.categoryCode.value).toBe('special-regional');
    expect(element.querySelector('[data-testid="override-0"] mat-hint')?.textContent).toContain('現在のルール: 0.8 以下');
  });
});
