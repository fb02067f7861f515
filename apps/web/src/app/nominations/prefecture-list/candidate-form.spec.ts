import { candidate } from '../../testing/nomination.fixtures';
import { candidateFields, candidateForm, periodForm } from './candidate-form';

describe('candidate form', () => {
  it('starts from the row as loaded and sends it back unchanged', () => {
    const row = candidate({
      contactEmail: 'hanako@example.jp',
      councilConsultedOn: '2026-12-10',
      councilNote: '了承',
      acceptablePeriods: [
        { startMonth: '2027-04', months: 12 },
        { startMonth: '2028-04', months: 6 },
      ],
    });
    const form = candidateForm(row);

    expect(form.controls.acceptablePeriods.length).toBe(2);
    expect(candidateFields(form.getRawValue())).toEqual({
      acceptableNumber: 2,
      acceptablePeriods: [
        { startMonth: '2027-04', months: 12 },
        { startMonth: '2028-04', months: 6 },
      ],
      contactName: '青森 花子',
      contactEmail: 'hanako@example.jp',
      contactPhone: '017-000-0000',
      reasonOutsideScarce: '',
      councilConsultedOn: '2026-12-10',
      councilNote: '了承',
      universityConsultedOn: null,
      universityNote: '',
    });
  });

  it('trims text and sends empty optional values as null', () => {
    const form = candidateForm();
    form.patchValue({
      contactName: '  担当 太郎 ',
      contactEmail: '   ',
      reasonOutsideScarce: ' 隣接区域の患者を受け入れている ',
      universityConsultedOn: '',
    });
    form.controls.acceptablePeriods.push(periodForm({ startMonth: '2027-10', months: 3 }));

    const fields = candidateFields(form.getRawValue());

    expect(fields).toMatchObject({
      acceptableNumber: null,
      contactName: '担当 太郎',
      contactEmail: null,
      reasonOutsideScarce: '隣接区域の患者を受け入れている',
      universityConsultedOn: null,
      acceptablePeriods: [{ startMonth: '2027-10', months: 3 }],
    });
  });

  it('checks periods and numbers as the API does', () => {
    const form = candidateForm();
    form.controls.acceptablePeriods.push(periodForm());
    const period = form.controls.acceptablePeriods.at(0);

    expect(period.controls.startMonth.hasError('required')).toBe(true);
    period.setValue({ startMonth: '2027-13', months: 40 });
    expect(period.controls.startMonth.hasError('pattern')).toBe(true);
    expect(period.controls.months.hasError('max')).toBe(true);
    form.controls.acceptableNumber.setValue(0);
    expect(form.controls.acceptableNumber.hasError('min')).toBe(true);
    // A draft may leave the number empty: the row's eligibility says it is missing.
    form.controls.acceptableNumber.setValue(null);
    expect(form.controls.acceptableNumber.valid).toBe(true);
  });
});
