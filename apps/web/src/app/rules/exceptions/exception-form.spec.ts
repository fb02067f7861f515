import { exceptionForm, exceptionRequest, parseCodes } from './exception-form';

describe('exception form', () => {
  it('needs a name, a source, years, categories, a waived condition and whom it covers', () => {
    const form = exceptionForm();
    expect(form.hasError('emptySelector')).toBe(true);
    expect(form.controls.recruitmentYears.hasError('requiredChoice')).toBe(true);
    expect(form.controls.conditionKinds.hasError('requiredChoice')).toBe(true);

    form.controls.facilityCodes.setValue(' ,  ');
    expect(form.hasError('emptySelector')).toBe(true);
    form.controls.prefectureCodes.setValue(['02']);
    expect(form.hasError('emptySelector')).toBe(false);
  });

  it('sends one selector with only the fields given, facility codes split and de-duplicated', () => {
    const form = exceptionForm();
    form.setValue({
      nameJa: ' 経過措置 ',
      nameEn: 'Transitional measure',
      sourceNote: 'Committee p. 46',
      recruitmentYears: [2027, 2026],
      categoryCodes: ['special-regional'],
      facilityCodes: 'DEMO-H-0204, DEMO-H-0201\nDEMO-H-0204',
      prefectureCodes: [],
      specialtyCodes: ['internal-medicine'],
      previousHostOfCategories: [],
      conditionKinds: ['in-scarce-area-or-spot'],
    });

    expect(exceptionRequest(form.getRawValue())).toEqual({
      definition: {
        nameJa: '経過措置',
        nameEn: 'Transitional measure',
        sourceNote: 'Committee p. 46',
        recruitmentYears: [2026, 2027],
        categoryCodes: ['special-regional'],
        appliesTo: [{ facilityCodes: ['DEMO-H-0204', 'DEMO-H-0201'], specialtyCodes: ['internal-medicine'] }],
        effect: { kind: 'waive-conditions', conditionKinds: ['in-scarce-area-or-spot'] },
      },
    });
  });

  it('reads codes separated by commas (also Japanese ones), spaces or new lines', () => {
    expect(parseCodes('A1、A2, A3\n\nA1')).toEqual(['A1', 'A2', 'A3']);
    expect(parseCodes('')).toEqual([]);
  });
});
