import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { EligibilityCategoryCode, WhatIfRequest } from '@renkei/contract';

export const THRESHOLD_MIN = 0.01;
export const THRESHOLD_MAX = 10;

/** One threshold change: a category, optionally one specialty ('' = every specialty), the new threshold. */
export type ThresholdOverrideForm = FormGroup<{
  categoryCode: FormControl<EligibilityCategoryCode>;
  specialtyCode: FormControl<string>;
  threshold: FormControl<number | null>;
}>;

export type WhatIfForm = FormGroup<{
  year: FormControl<number>;
  thresholdOverrides: FormArray<ThresholdOverrideForm>;
  /** '' = the rule set's own sufficiency datasets. */
  sufficiencyDataset: FormControl<string>;
}>;

export type WhatIfFormValue = ReturnType<WhatIfForm['getRawValue']>;

export function thresholdOverrideForm(
  categoryCode: EligibilityCategoryCode = 'special-regional',
  specialtyCode = '',
  threshold: number | null = null,
): ThresholdOverrideForm {
  return new FormGroup({
    categoryCode: new FormControl<EligibilityCategoryCode>(categoryCode, { nonNullable: true, validators: [Validators.required] }),
    specialtyCode: new FormControl(specialtyCode, { nonNullable: true }),
    threshold: new FormControl<number | null>(threshold, [Validators.required, Validators.min(THRESHOLD_MIN), Validators.max(THRESHOLD_MAX)]),
  });
}

/** The form of the what-if page: field names follow `WhatIfRequest`, so the API's field errors land on the right control. */
export function whatIfForm(year: number): WhatIfForm {
  return new FormGroup({
    year: new FormControl(year, { nonNullable: true }),
    thresholdOverrides: new FormArray([thresholdOverrideForm('special-regional', '', 0.8)]),
    sufficiencyDataset: new FormControl('', { nonNullable: true }),
  });
}

/** The request body for a valid form: the specialty and dataset only when chosen. */
export function toWhatIfRequest(value: WhatIfFormValue): WhatIfRequest {
  return {
    year: value.year,
    thresholdOverrides: value.thresholdOverrides.map((override) => ({
      categoryCode: override.categoryCode,
      ...(override.specialtyCode ? { specialtyCode: override.specialtyCode } : {}),
      threshold: Number(override.threshold),
    })),
    ...(value.sufficiencyDataset ? { sufficiencyDatasets: [value.sufficiencyDataset] } : {}),
  };
}
