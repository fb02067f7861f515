import { thresholdOverrideForm, toWhatIfRequest, whatIfForm } from './what-if-form';

describe('what-if form → request', () => {
  it('starts with the usual trial: ③ at 0.8 for every specialty, the rule set’s own data', () => {
    const form = whatIfForm(2026);
    expect(form.valid).toBe(true);
    expect(toWhatIfRequest(form.getRawValue())).toEqual({
      year: 2026,
      thresholdOverrides: [{ categoryCode: 'special-regional', threshold: 0.8 }],
    });
  });

  it('adds the specialty and the dataset only when chosen, and sends numbers', () => {
    const form = whatIfForm(2027);
    form.controls.thresholdOverrides.push(thresholdOverrideForm('special-regional', 'pediatrics', 0.9));
    form.controls.sufficiencyDataset.setValue('2022');
    expect(toWhatIfRequest(form.getRawValue())).toEqual({
      year: 2027,
      thresholdOverrides: [
        { categoryCode: 'special-regional', threshold: 0.8 },
        { categoryCode: 'special-regional', specialtyCode: 'pediatrics', threshold: 0.9 },
      ],
      sufficiencyDatasets: ['2022'],
    });
  });

  it('refuses a missing threshold and thresholds outside 0.01–10, as the API does', () => {
    const row = thresholdOverrideForm('prefecture-limited', '', null);
    expect(row.controls.threshold.hasError('required')).toBe(true);
    row.controls.threshold.setValue(0);
    expect(row.controls.threshold.hasError('min')).toBe(true);
    row.controls.threshold.setValue(10.5);
    expect(row.controls.threshold.hasError('max')).toBe(true);
    row.controls.threshold.setValue(0.75);
    expect(row.valid).toBe(true);
  });

  it('lets the API’s field paths find their controls (thresholdOverrides.0.threshold)', () => {
    const form = whatIfForm(2026);
    expect(form.get('thresholdOverrides.0.threshold')).toBe(form.controls.thresholdOverrides.at(0).controls.threshold);
    expect(form.get('thresholdOverrides.0.specialtyCode')).toBe(form.controls.thresholdOverrides.at(0).controls.specialtyCode);
  });
});
