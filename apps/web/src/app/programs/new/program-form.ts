import { FormArray, FormControl, FormGroup, Validators } from '@angular/forms';
import { RkValidators } from '../../core/forms/validators';
import { CreateProgramRequest, EligibilityCategoryCode } from '@renkei/contract';

export type ProgramHostForm = FormGroup<{
  hostFacilityId: FormControl<string>;
  places: FormControl<number | null>;
  months: FormControl<number | null>;
}>;

/** The usual minimum rotation of a category (the round's rule set decides; the API checks it). */
export function usualMinimumMonths(category: EligibilityCategoryCode | null): number {
  return category === 'special-regional' ? 12 : 18;
}

export function hostForm(hostFacilityId: string, places: number, months: number): ProgramHostForm {
  return new FormGroup({
    hostFacilityId: new FormControl(hostFacilityId, { nonNullable: true, validators: [Validators.required] }),
    places: new FormControl<number | null>(places, [Validators.required, Validators.min(1), Validators.max(100)]),
    months: new FormControl<number | null>(months, [Validators.required, Validators.min(1), Validators.max(36)]),
  });
}

export function programForm(recruitmentYear: number) {
  return new FormGroup({
    recruitmentYear: new FormControl<number | null>(recruitmentYear, [Validators.required, Validators.min(2000), Validators.max(2100)]),
    specialtyCode: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    categoryCode: new FormControl<EligibilityCategoryCode | null>(null, [Validators.required]),
    places: new FormControl<number | null>(1, [Validators.required, Validators.min(1), Validators.max(100)]),
    hosts: new FormArray<ProgramHostForm>([]),
    contactName: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(100)] }),
    contactEmail: new FormControl('', { nonNullable: true, validators: [RkValidators.email] }),
    contactPhone: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(30)] }),
  });
}

export type ProgramForm = ReturnType<typeof programForm>;

/** The request for a valid form (numbers as numbers, an empty e-mail as null). */
export function toCreateRequest(form: ProgramForm, baseFacilityId: string): CreateProgramRequest {
  const value = form.getRawValue();
  return {
    baseFacilityId,
    recruitmentYear: Number(value.recruitmentYear),
    specialtyCode: value.specialtyCode,
    categoryCode: value.categoryCode as EligibilityCategoryCode,
    places: Number(value.places),
    hosts: value.hosts.map((host) => ({ hostFacilityId: host.hostFacilityId, places: Number(host.places), months: Number(host.months) })),
    contactName: value.contactName.trim(),
    contactEmail: value.contactEmail.trim() || null,
    contactPhone: value.contactPhone.trim(),
  };
}
