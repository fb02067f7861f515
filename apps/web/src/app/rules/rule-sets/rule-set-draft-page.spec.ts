import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { RuleSetResponse } from '@renkei/contract';
import { RULE_SET_2027 } from '@renkei/eligibility';
import { apiError, status } from '../../testing/account.fixtures';
import { fieldMessage, submit, typeInto } from '../../testing/dom';
import { DATASET_SUMMARIES, PREFECTURES, SPECIALTIES } from '../../testing/reference-data.fixtures';
import { provideTestEnvironment } from '../../testing/test-providers';
import { RuleSetDraftPage } from './rule-set-draft-page';

const BASE: RuleSetResponse = {
  id: '0d7e9d1c-1111-4a7e-9e5c-2b6f0b0b2027',
  definitionId: 'recruitment-2027',
  recruitmentYear: 2027,
  version: 1,
  nameJa: RULE_SET_2027.nameJa,
  nameEn: RULE_SET_2027.nameEn,
  sourceNote: RULE_SET_2027.sourceNote,
  status: 'active',
  definition: RULE_SET_2027,
  createdAt: '2026-11-29T00:00:00.000Z',
  createdBy: null,
  activatedAt: '2026-11-29T00:00:00.000Z',
};

describe('RuleSetDraftPage', () => {
  jest.setTimeout(20_000);

  async function render() {
    TestBed.configureTestingModule({ imports: [RuleSetDraftPage], providers: provideTestEnvironment() });
    const fixture = TestBed.createComponent(RuleSetDraftPage);
    fixture.componentRef.setInput('id', BASE.id);
    fixture.componentRef.setInput('sufficiency', '2024');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/reference/prefectures').flush(PREFECTURES);
    http.expectOne('/api/reference/specialties').flush(SPECIALTIES);
    http.expectOne(`/api/eligibility/rule-sets/${BASE.id}`).flush(BASE);
    http.expectOne('/api/reference/sufficiency-datasets').flush(DATASET_SUMMARIES);
    http.expectOne('/api/eligibility/ceiling-datasets').flush([]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const threshold = () =>
      element.querySelector<HTMLInputElement>(
        'fieldset[data-category="special-regional"] .rules-section > mat-form-field input[formcontrolname="threshold"]',
      );
    return { fixture, http, element, threshold, sourceNote: () => element.querySelector<HTMLInputElement>('[formcontrolname="sourceNote"]') };
  }

  it('saves a draft of the base version with the edits and the dataset to read, then opens it', async () => {
    const { fixture, http, threshold, sourceNote } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    expect(threshold()?.value).toBe('0.8');

    typeInto(sourceNote(), 'Committee p. 5');
    typeInto(threshold(), '0.75');
    await submit(fixture);

    const request = http.expectOne('/api/eligibility/rule-sets');
    const body = request.request.body as { recruitmentYear: number; definition: typeof RULE_SET_2027 };
    expect(body.recruitmentYear).toBe(2027);
    expect(body.definition.sourceNote).toBe('Committee p. 5');
    expect(body.definition.datasets).toEqual({ sufficiency: ['2022', '2024'], ceiling: [] });
    expect(body.definition.categories[1]?.conditions[0]).toMatchObject({ threshold: 0.75, specialtyThresholds: { pediatrics: 0.9 } });
    request.flush({ ...BASE, id: 'new-draft-id', version: 2, status: 'draft' });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/rules/rule-sets', 'new-draft-id']);
  });

  it("shows the API's messages next to the field they name", async () => {
    const { fixture, http, element, threshold, sourceNote } = await render();
    typeInto(sourceNote(), 'x');
    await submit(fixture);

    http.expectOne('/api/eligibility/rule-sets').flush(
      apiError(400, 'RULE_SET_INVALID', 'The rule set is not valid.', {
        'definition.categories[1].conditions[0].threshold': ['INVALID: threshold must be > 0'],
      }),
      status(400),
    );
    await fixture.whenStable();

    expect(fieldMessage(threshold())).toBe('しきい値は 0 より大きい数にしてください。');
    expect(element.querySelector('rk-form-alert')?.textContent).toContain('各項目のメッセージ');
  });
});
