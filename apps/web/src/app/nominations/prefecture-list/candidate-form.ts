import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { AcceptablePeriod, CandidateFields, CandidateResponse } from '@renkei/contract';
import { RkValidators } from '../../core/forms/validators';

export type PeriodForm = FormGroup<{
  startMonth: FormControl<string>;
  months: FormControl<number | null>;
}>;

export type CandidateForm = FormGroup<{
  acceptableNumber: FormControl<number | null>;
  acceptablePeriods: FormArray<PeriodForm>;
  contactName: FormControl<string>;
  contactEmail: FormControl<string>;
  contactPhone: FormControl<string>;
  reasonOutsideScarce: FormControl<string>;
  councilConsultedOn: FormControl<string>;
  councilNote: FormControl<string>;
  universityConsultedOn: FormControl<string>;
  universityNote: FormControl<string>;
}>;

/** The most periods a row may list (the API's limit). */
export const MAX_PERIODS = 12;

export function periodForm(period?: AcceptablePeriod): PeriodForm {
  return new FormGroup({
    startMonth: new FormControl(period?.startMonth ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(/^\d{4}-(0[1-9]|1[0-2])$/)],
    }),
    months: new FormControl<number | null>(period?.months ?? null, [Validators.required, Validators.min(1), Validators.max(36)]),
  });
}

const text = (value: string, max: number) => new FormControl(value, { nonNullable: true, validators: [Validators.maxLength(max)] });

/**
 * The row's fields as a form. Nothing is required here: a draft may stay incomplete, and the row's
 * live eligibility (from the API) says what is still missing before the list can be submitted.
 */
export function candidateForm(candidate?: CandidateResponse): CandidateForm {
  return new FormGroup({
    acceptableNumber: new FormControl<number | null>(candidate?.acceptableNumber ?? null, [Validators.min(1), Validators.max(100)]),
    acceptablePeriods: new FormArray((candidate?.acceptablePeriods ?? []).map((period) => periodForm(period))),
    contactName: text(candidate?.contactName ?? '', 100),
    contactEmail: new FormControl(candidate?.contactEmail ?? '', { nonNullable: true, validators: [RkValidators.email] }),
    contactPhone: text(candidate?.contactPhone ?? '', 30),
    reasonOutsideScarce: text(candidate?.reasonOutsideScarce ?? '', 2000),
    councilConsultedOn: new FormControl(candidate?.councilConsultedOn ?? '', { nonNullable: true }),
    councilNote: text(candidate?.councilNote ?? '', 1000),
    universityConsultedOn: new FormControl(candidate?.universityConsultedOn ?? '', { nonNullable: true }),
    universityNote: text(candidate?.universityNote ?? '', 1000),
  });
}

/** The request body for a filled form: text trimmed, empty optional values sent as null. */
export function candidateFields(value: CandidateForm['value']): CandidateFields {
  const optional = (input: string | undefined) => {
    const trimmed = (input ?? '').trim();
    return trimmed === '' ? null : trimmed;
  };
  const number = value.acceptableNumber;
  return {
    acceptableNumber: typeof number === 'number' && Number.isFinite(number) ? number : null,
    acceptablePeriods: (value.acceptablePeriods ?? []).map((period) => ({
      startMonth: period.startMonth ?? '',
      months: Number(period.months),
    })),
    contactName: (value.contactName ?? '').trim(),
    contactEmail: optional(value.contactEmail),
    contactPhone: (value.contactPhone ?? '').trim(),
    reasonOutsideScarce: (value.reasonOutsideScarce ?? '').trim(),
    councilConsultedOn: optional(value.councilConsultedOn),
    councilNote: (value.councilNote ?? '').trim(),
    universityConsultedOn: optional(value.universityConsultedOn),
    universityNote: (value.universityNote ?? '').trim(),
  };
}
