import { AbstractControl, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CreateEligibilityExceptionRequest, EligibilityCategoryCode } from '@renkei/contract';
import type { ConditionKind, ExceptionSelector } from '@renkei/eligibility';
import { ServerFieldMap } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';

/** Conditions an exception may waive, with the words the JMSB uses for them. */
export const CONDITION_KIND_LABELS: Record<ConditionKind, string> = {
  'not-under-ceiling': $localize`:@@exceptions.kind.notUnderCeiling:シーリング対象外の都道府県に所在`,
  'sufficiency-at-most': $localize`:@@exceptions.kind.sufficiency:足下充足率が閾値以下`,
  'in-scarce-area-or-spot': $localize`:@@exceptions.kind.scarce:医師少数区域等に所在`,
  'nominated-by-prefecture': $localize`:@@exceptions.kind.nominated:都道府県が候補とした施設`,
};

export const CATEGORY_LABELS: Record<EligibilityCategoryCode, string> = {
  connection: $localize`:@@exceptions.category.connection:連携プログラム（①・①'）`,
  'prefecture-limited': $localize`:@@exceptions.category.prefectureLimited:都道府県限定分（②）`,
  'special-regional': $localize`:@@exceptions.category.specialRegional:特別地域連携プログラム（③・②'）`,
};

export type ExceptionForm = FormGroup<{
  nameJa: FormControl<string>;
  nameEn: FormControl<string>;
  sourceNote: FormControl<string>;
  recruitmentYears: FormControl<number[]>;
  categoryCodes: FormControl<EligibilityCategoryCode[]>;
  facilityCodes: FormControl<string>;
  prefectureCodes: FormControl<string[]>;
  specialtyCodes: FormControl<string[]>;
  previousHostOfCategories: FormControl<EligibilityCategoryCode[]>;
  conditionKinds: FormControl<ConditionKind[]>;
}>;

export type ExceptionFormValue = ReturnType<ExceptionForm['getRawValue']>;

const nonEmptyList: ValidatorFn = (control: AbstractControl<unknown[]>): ValidationErrors | null =>
  (control.value ?? []).length === 0 ? { requiredChoice: true } : null;

/** Facility codes as typed: separated by commas, spaces or new lines. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,、]+/).filter((code) => code !== ''))];
}

/** An exception must say whom it covers: at least one of the selector fields. */
export const selectorGiven: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const value = (control as ExceptionForm).getRawValue();
  const given =
    parseCodes(value.facilityCodes).length + value.prefectureCodes.length + value.specialtyCodes.length + value.previousHostOfCategories.length;
  return given === 0 ? { emptySelector: true } : null;
};

export function exceptionForm(): ExceptionForm {
  return new FormGroup(
    {
      nameJa: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(200)] }),
      nameEn: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(200)] }),
      sourceNote: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(2000)] }),
      recruitmentYears: new FormControl<number[]>([], { nonNullable: true, validators: [nonEmptyList] }),
      categoryCodes: new FormControl<EligibilityCategoryCode[]>([], { nonNullable: true, validators: [nonEmptyList] }),
      facilityCodes: new FormControl('', { nonNullable: true }),
      prefectureCodes: new FormControl<string[]>([], { nonNullable: true }),
      specialtyCodes: new FormControl<string[]>([], { nonNullable: true }),
      previousHostOfCategories: new FormControl<EligibilityCategoryCode[]>([], { nonNullable: true }),
      conditionKinds: new FormControl<ConditionKind[]>([], { nonNullable: true, validators: [nonEmptyList] }),
    },
    { validators: [selectorGiven] },
  );
}

/** `POST /api/eligibility/exceptions` body: one selector with only the fields given. */
export function exceptionRequest(value: ExceptionFormValue): CreateEligibilityExceptionRequest {
  const selector: Record<string, readonly string[]> = {};
  const facilityCodes = parseCodes(value.facilityCodes);
  const fields: [keyof ExceptionSelector, readonly string[]][] = [
    ['facilityCodes', facilityCodes],
    ['prefectureCodes', value.prefectureCodes],
    ['specialtyCodes', value.specialtyCodes],
    ['previousHostOfCategories', value.previousHostOfCategories],
  ];
  for (const [key, codes] of fields) {
    if (codes.length > 0) {
      selector[key] = codes;
    }
  }
  return {
    definition: {
      nameJa: value.nameJa.trim(),
      nameEn: value.nameEn.trim(),
      sourceNote: value.sourceNote.trim(),
      recruitmentYears: [...value.recruitmentYears].sort((a, b) => a - b),
      categoryCodes: value.categoryCodes,
      appliesTo: [selector],
      effect: { kind: 'waive-conditions', conditionKinds: value.conditionKinds },
    },
  };
}

export function exceptionServerFieldMap(form: ExceptionForm): ServerFieldMap {
  const c = form.controls;
  return {
    'definition.nameJa': c.nameJa,
    'definition.nameEn': c.nameEn,
    'definition.sourceNote': c.sourceNote,
    'definition.recruitmentYears': c.recruitmentYears,
    'definition.categoryCodes': c.categoryCodes,
    'definition.effect': c.conditionKinds,
    'definition.effect.conditionKinds': c.conditionKinds,
    'definition.appliesTo[0].facilityCodes': c.facilityCodes,
    'definition.appliesTo[0].prefectureCodes': c.prefectureCodes,
    'definition.appliesTo[0].specialtyCodes': c.specialtyCodes,
    'definition.appliesTo[0].previousHostOfCategories': c.previousHostOfCategories,
  };
}
