import { HttpErrorResponse } from '@angular/common/http';
import { RULE_SET_2026, RULE_SET_2027 } from '@renkei/eligibility';
import { apiError } from '../../testing/account.fixtures';
import { SERVER_ERROR, applyServerErrors } from '../../core/forms/form-errors';
import { draftForm, draftRequest, draftServerFieldMap, overrideGroup } from './draft-form';

describe('rule set draft form', () => {
  it('starts from the base version, with the preset dataset added to those it reads and an empty source note', () => {
    const form = draftForm(RULE_SET_2027, { sufficiency: '2024' });
    const value = form.getRawValue();

    expect(value.sufficiencyDatasets).toEqual(['2022', '2024']);
    expect(value.ceilingDatasets).toEqual([]);
    expect(value.sourceNote).toBe('');
    expect(form.controls.sourceNote.hasError('required')).toBe(true);
    // ①' has no sufficiency condition; ②' has one, with pediatrics at 0.9.
    expect(value.categories.map((category) => category.conditions.length)).toEqual([0, 1]);
    expect(value.categories[1]?.conditions[0]).toEqual({ threshold: 0.8, overrides: [{ specialty: 'pediatrics', threshold: 0.9 }] });
    expect(draftForm(RULE_SET_2027, { sufficiency: '2022' }).getRawValue().sufficiencyDatasets).toEqual(['2022']);
  });

  it('maps the edited values onto the base definition, keeping everything it does not edit', () => {
    const form = draftForm(RULE_SET_2026, { ceiling: 'ceil-2026' });
    form.controls.sourceNote.setValue('  Committee p. 5  ');
    const special = form.controls.categories.at(2);
    special.controls.minRotationMonths.setValue(6);
    const sufficiency = special.controls.conditions.at(0);
    sufficiency.controls.threshold.setValue(0.8);
    sufficiency.controls.overrides.at(0).controls.threshold.setValue(0.9);
    sufficiency.controls.overrides.push(overrideGroup('surgery', 0.75));

    const request = draftRequest(RULE_SET_2026, form.getRawValue());

    expect(request.recruitmentYear).toBe(2026);
    expect(Object.keys(request.definition).sort()).toEqual(['categories', 'datasets', 'nameEn', 'nameJa', 'sourceNote']);
    expect(request.definition['sourceNote']).toBe('Committee p. 5');
    expect(request.definition['datasets']).toEqual({ sufficiency: ['2016-2018'], ceiling: ['ceil-2026'] });
    const categories = request.definition['categories'] as typeof RULE_SET_2026.categories;
    expect(categories[0]).toEqual(RULE_SET_2026.categories[0]);
    expect(categories[2]?.minRotationMonths).toBe(6);
    expect(categories[2]?.conditions[0]).toEqual({
      ...RULE_SET_2026.categories[2]?.conditions[0],
      threshold: 0.8,
      specialtyThresholds: { pediatrics: 0.9, surgery: 0.75 },
    });
    // The facility-level condition is carried over as it was.
    expect(categories[2]?.conditions[1]).toBe(RULE_SET_2026.categories[2]?.conditions[1]);
  });

  it('checks thresholds and refuses the same specialty twice', () => {
    const form = draftForm(RULE_SET_2027);
    const condition = form.controls.categories.at(1).controls.conditions.at(0);
    condition.controls.threshold.setValue(0);
    expect(condition.controls.threshold.hasError('positive')).toBe(true);

    condition.controls.overrides.push(overrideGroup('pediatrics', 0.95));
    expect(condition.controls.overrides.hasError('duplicateSpecialty')).toBe(true);
    condition.controls.overrides.removeAt(1);
    expect(condition.controls.overrides.hasError('duplicateSpecialty')).toBe(false);
  });

  it("puts the API's field errors under the field they name (paths of the base definition)", () => {
    const form = draftForm(RULE_SET_2026);
    const error = new HttpErrorResponse({
      status: 400,
      error: apiError(400, 'RULE_SET_INVALID', 'The rule set is not valid.', {
        'definition.categories[2].conditions[0].threshold': ['INVALID: threshold must be > 0'],
        'definition.categories[2].conditions[0].specialtyThresholds.pediatrics': ['INVALID: threshold must be > 0'],
        'definition.datasets.sufficiency': ['2099 is not a known sufficiency dataset'],
      }),
    });

    const outcome = applyServerErrors(form, error, draftServerFieldMap(RULE_SET_2026, form));

    const condition = form.controls.categories.at(2).controls.conditions.at(0);
    expect(condition.controls.threshold.errors?.[SERVER_ERROR]).toBe('しきい値は 0 より大きい数にしてください。');
    expect(condition.controls.overrides.at(0).controls.threshold.errors?.[SERVER_ERROR]).toBe('しきい値は 0 より大きい数にしてください。');
    expect(form.controls.sufficiencyDatasets.errors?.[SERVER_ERROR]).toBe('2099 is not a known sufficiency dataset');
    expect(outcome.fields).toHaveLength(3);
  });
});
