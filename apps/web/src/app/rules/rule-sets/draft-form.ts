import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { CreateRuleSetRequest } from '@renkei/contract';
import type { Condition, RuleSet, SufficiencyAtMostCondition } from '@renkei/eligibility';
import { RkValidators } from '../../core/forms/validators';
import { ServerFieldMap } from '../../core/forms/form-errors';

/**
 * The "new draft from this version" form: what the JMSB edits (names, source note, datasets read,
 * minimum rotation, sufficiency thresholds and their per-specialty overrides). Everything else of
 * the base version (labels, facility-level conditions, ranks) is carried over unchanged.
 */

export type OverrideGroup = FormGroup<{ specialty: FormControl<string>; threshold: FormControl<number | null> }>;
export type ConditionGroup = FormGroup<{ threshold: FormControl<number | null>; overrides: FormArray<OverrideGroup> }>;
export type CategoryGroup = FormGroup<{ minRotationMonths: FormControl<number | null>; conditions: FormArray<ConditionGroup> }>;
export type DraftForm = FormGroup<{
  nameJa: FormControl<string>;
  nameEn: FormControl<string>;
  sourceNote: FormControl<string>;
  sufficiencyDatasets: FormControl<string[]>;
  ceilingDatasets: FormControl<string[]>;
  categories: FormArray<CategoryGroup>;
}>;

export type DraftFormValue = ReturnType<DraftForm['getRawValue']>;

/** Datasets to read instead of the base version's (e.g. a dataset just imported). */
export interface DraftPreset {
  sufficiency?: string;
  ceiling?: string;
}

/** A number > 0 (thresholds, months). */
export const positiveNumber: ValidatorFn = (control: AbstractControl<number | null>): ValidationErrors | null => {
  const value = control.value;
  return value === null || (Number.isFinite(value) && value > 0) ? null : { positive: true };
};

/** The same specialty may be overridden only once per condition. */
export const distinctSpecialties: ValidatorFn = (control: AbstractControl): ValidationErrors | null => {
  const codes = (control as FormArray<OverrideGroup>).controls.map((group) => group.controls.specialty.value).filter((code) => code !== '');
  return new Set(codes).size === codes.length ? null : { duplicateSpecialty: true };
};

export const isSufficiencyCondition = (condition: Condition): condition is SufficiencyAtMostCondition => condition.kind === 'sufficiency-at-most';

export function overrideGroup(specialty = '', threshold: number | null = null): OverrideGroup {
  return new FormGroup({
    specialty: new FormControl(specialty, { nonNullable: true, validators: [Validators.required] }),
    threshold: new FormControl<number | null>(threshold, { validators: [Validators.required, positiveNumber] }),
  });
}

/** The form, filled from the base version (and the preset datasets, added to those it reads). */
export function draftForm(base: RuleSet, preset: DraftPreset = {}): DraftForm {
  const withPreset = (codes: readonly string[], extra: string | undefined) => (extra && !codes.includes(extra) ? [...codes, extra] : [...codes]);
  return new FormGroup({
    nameJa: new FormControl(base.nameJa, { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(200)] }),
    nameEn: new FormControl(base.nameEn, { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(200)] }),
    sourceNote: new FormControl('', { nonNullable: true, validators: [RkValidators.requiredText, Validators.maxLength(2000)] }),
    sufficiencyDatasets: new FormControl(withPreset(base.datasets.sufficiency, preset.sufficiency), { nonNullable: true }),
    ceilingDatasets: new FormControl(withPreset(base.datasets.ceiling, preset.ceiling), { nonNullable: true }),
    categories: new FormArray(
      base.categories.map(
        (category): CategoryGroup =>
          new FormGroup({
            minRotationMonths: new FormControl<number | null>(category.minRotationMonths, { validators: [Validators.required, positiveNumber] }),
            conditions: new FormArray(
              category.conditions.filter(isSufficiencyCondition).map(
                (condition): ConditionGroup =>
                  new FormGroup({
                    threshold: new FormControl<number | null>(condition.threshold, { validators: [Validators.required, positiveNumber] }),
                    overrides: new FormArray(
                      Object.entries(condition.specialtyThresholds).map(([specialty, threshold]) => overrideGroup(specialty, threshold)),
                      { validators: [distinctSpecialties] },
                    ),
                  }),
              ),
            ),
          }),
      ),
    ),
  });
}

/** `POST /api/eligibility/rule-sets` body: the base definition with the edited values (id, version and year are the API's). */
export function draftRequest(base: RuleSet, value: DraftFormValue): CreateRuleSetRequest {
  return {
    recruitmentYear: base.recruitmentYear,
    definition: {
      nameJa: value.nameJa.trim(),
      nameEn: value.nameEn.trim(),
      sourceNote: value.sourceNote.trim(),
      datasets: { sufficiency: value.sufficiencyDatasets, ceiling: value.ceilingDatasets },
      categories: base.categories.map((category, i) => {
        const edited = value.categories[i];
        let next = 0;
        return {
          ...category,
          minRotationMonths: edited?.minRotationMonths ?? category.minRotationMonths,
          conditions: category.conditions.map((condition) => {
            if (!isSufficiencyCondition(condition)) {
              return condition;
            }
            const form = edited?.conditions[next++];
            return form
              ? {
                  ...condition,
                  threshold: form.threshold ?? condition.threshold,
                  specialtyThresholds: Object.fromEntries(
                    form.overrides.filter((o) => o.specialty && o.threshold !== null).map((o) => [o.specialty, o.threshold]),
                  ),
                }
              : condition;
          }),
        };
      }),
    },
  };
}

/**
 * Where the API's field errors (`definition.categories[1].conditions[0].threshold`…) are shown:
 * paths are those of the base definition, so sufficiency conditions are found by their index there.
 */
export function draftServerFieldMap(base: RuleSet, form: DraftForm): ServerFieldMap {
  const map: Record<string, AbstractControl> = {
    'definition.nameJa': form.controls.nameJa,
    'definition.nameEn': form.controls.nameEn,
    'definition.sourceNote': form.controls.sourceNote,
    'definition.datasets': form.controls.sufficiencyDatasets,
    'definition.datasets.sufficiency': form.controls.sufficiencyDatasets,
    'definition.datasets.ceiling': form.controls.ceilingDatasets,
  };
  base.categories.forEach((category, i) => {
    const group = form.controls.categories.at(i);
    map[`definition.categories[${i}].minRotationMonths`] = group.controls.minRotationMonths;
    let next = 0;
    category.conditions.forEach((condition, j) => {
      if (!isSufficiencyCondition(condition)) {
        return;
      }
      const conditionGroup = group.controls.conditions.at(next++);
      map[`definition.categories[${i}].conditions[${j}].threshold`] = conditionGroup.controls.threshold;
      for (const override of conditionGroup.controls.overrides.controls) {
        map[`definition.categories[${i}].conditions[${j}].specialtyThresholds.${override.controls.specialty.value}`] = override.controls.threshold;
      }
    });
  });
  return map;
}
