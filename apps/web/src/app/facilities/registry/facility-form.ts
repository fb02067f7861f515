import { FormControl, FormGroup, Validators } from '@angular/forms';
import { FacilityKind, FacilityRequest, FacilityResponse } from '@renkei/contract';
import { RkValidators } from '../../core/forms/validators';

export type FacilityForm = FormGroup<{
  facilityCode: FormControl<string>;
  name: FormControl<string>;
  kind: FormControl<FacilityKind>;
  secondaryMedicalAreaCode: FormControl<string>;
  municipality: FormControl<string>;
  address: FormControl<string>;
  bedCount: FormControl<number | null>;
  isBase: FormControl<boolean>;
  isHost: FormControl<boolean>;
}>;

/** The form for one facility, filled from the facility being edited (or empty for a new one). */
export function facilityForm(facility?: FacilityResponse): FacilityForm {
  return new FormGroup({
    facilityCode: new FormControl(facility?.facilityCode ?? '', {
      nonNullable: true,
      validators: [RkValidators.requiredText, Validators.pattern(/^[0-9A-Za-z-]{1,20}$/)],
    }),
    name: new FormControl(facility?.name ?? '', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(200)] }),
    kind: new FormControl<FacilityKind>(facility?.kind ?? 'hospital', { nonNullable: true }),
    secondaryMedicalAreaCode: new FormControl(facility?.secondaryMedicalAreaCode ?? '', { nonNullable: true, validators: [Validators.required] }),
    municipality: new FormControl(facility?.municipality ?? '', {
      nonNullable: true,
      validators: [RkValidators.requiredText, Validators.maxLength(100)],
    }),
    address: new FormControl(facility?.address ?? '', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(300)] }),
    bedCount: new FormControl<number | null>(facility?.bedCount ?? null, { validators: [Validators.min(0), Validators.max(5000)] }),
    isBase: new FormControl(facility?.isBase ?? false, { nonNullable: true }),
    isHost: new FormControl(facility?.isHost ?? true, { nonNullable: true }),
  });
}

/** The request the API expects: text trimmed, an empty bed count sent as null. */
export function facilityRequest(form: FacilityForm): FacilityRequest {
  const value = form.getRawValue();
  return {
    facilityCode: value.facilityCode.trim(),
    name: value.name.trim(),
    kind: value.kind,
    secondaryMedicalAreaCode: value.secondaryMedicalAreaCode,
    municipality: value.municipality.trim(),
    address: value.address.trim(),
    bedCount: value.bedCount === null || String(value.bedCount) === '' ? null : Number(value.bedCount),
    isBase: value.isBase,
    isHost: value.isHost,
  };
}
