import { AbstractControl, FormArray, FormControl, FormGroup, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { HostPhotoRef, HostProfileContent, MAX_HOST_PHOTOS, NAME_READING_PATTERN } from '@renkei/contract';
import { fieldErrorMessage } from '../../core/forms/form-errors';
import { RkValidators } from '../../core/forms/validators';
import { PROFILE_FIELDS, ProfileField } from './profile-fields';

/** A yes/no item's value (null: not answered), a count, a choice or text. */
export type FieldValue = string | number | boolean | null;
export type SectionForm = FormGroup<Record<string, FormControl<FieldValue>>>;
export type PhotoForm = FormGroup<{ id: FormControl<string>; caption: FormControl<string> }>;

export type ProfileForm = FormGroup<{
  nameReading: FormControl<FieldValue>;
  training: SectionForm;
  living: SectionForm;
  message: FormControl<FieldValue>;
  contact: SectionForm;
  photos: FormArray<PhotoForm>;
}>;

export { MAX_HOST_PHOTOS };

/** Whole numbers only (the API's counts are integers). */
const wholeNumber: ValidatorFn = (control: AbstractControl<FieldValue>): ValidationErrors | null =>
  typeof control.value === 'number' && !Number.isInteger(control.value) ? { wholeNumber: true } : null;

/** At most one decimal place (kilometres). */
const oneDecimal: ValidatorFn = (control: AbstractControl<FieldValue>): ValidationErrors | null =>
  typeof control.value === 'number' && Math.round(control.value * 10) !== control.value * 10 ? { oneDecimal: true } : null;

const kana: ValidatorFn = (control: AbstractControl<FieldValue>): ValidationErrors | null =>
  typeof control.value === 'string' && !NAME_READING_PATTERN.test(control.value) ? { kana: true } : null;

function validatorsFor(field: ProfileField): ValidatorFn[] {
  switch (field.kind) {
    case 'count':
      return [Validators.min(0), Validators.max(field.max ?? Number.MAX_SAFE_INTEGER), wholeNumber];
    case 'decimal':
      return [Validators.min(0), Validators.max(field.max ?? Number.MAX_SAFE_INTEGER), oneDecimal];
    case 'email':
      return [RkValidators.email as ValidatorFn];
    case 'kana':
      return [Validators.maxLength(field.max ?? 200), kana];
    case 'text':
    case 'textarea':
    case 'tel':
      return field.max ? [Validators.maxLength(field.max)] : [];
    default:
      return [];
  }
}

function valueAt(content: HostProfileContent, path: string): FieldValue {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), content);
  return value === undefined ? null : (value as FieldValue);
}

const isText = (field: ProfileField) => ['text', 'textarea', 'email', 'tel', 'kana'].includes(field.kind);

function control(field: ProfileField, content: HostProfileContent): FormControl<FieldValue> {
  const value = valueAt(content, field.path);
  return new FormControl<FieldValue>(isText(field) ? (value ?? '') : value, { validators: validatorsFor(field) });
}

function section(prefix: string, content: HostProfileContent): SectionForm {
  const fields = PROFILE_FIELDS.filter((field) => field.path.startsWith(`${prefix}.`));
  return new FormGroup(Object.fromEntries(fields.map((field) => [field.path.slice(prefix.length + 1), control(field, content)])));
}

const fieldOf = (path: string) => PROFILE_FIELDS.find((field) => field.path === path) as ProfileField;

export function photoForm(photo: HostPhotoRef): PhotoForm {
  return new FormGroup({
    id: new FormControl(photo.id, { nonNullable: true }),
    caption: new FormControl(photo.caption ?? '', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
}

/** The draft as a form whose control paths are the API's paths (so its field errors land on the right control). */
export function profileForm(content: HostProfileContent): ProfileForm {
  return new FormGroup({
    nameReading: control(fieldOf('nameReading'), content),
    training: section('training', content),
    living: section('living', content),
    message: control(fieldOf('message'), content),
    contact: section('contact', content),
    photos: new FormArray((content.photos ?? []).map(photoForm)),
  });
}

/** The request body for the form: text trimmed, empty text and empty numbers sent as null. */
export function profileContent(form: ProfileForm): HostProfileContent {
  const raw = form.getRawValue();
  const clean = (value: FieldValue): FieldValue => {
    if (typeof value === 'string') {
      const trimmed = value.trim();
      return trimmed === '' ? null : trimmed;
    }
    return typeof value === 'number' && !Number.isFinite(value) ? null : value;
  };
  const sectionValue = (prefix: 'training' | 'living' | 'contact') =>
    Object.fromEntries(Object.entries(raw[prefix]).map(([key, value]) => [key, clean(value)]));
  return {
    nameReading: clean(raw.nameReading) as string | null,
    training: sectionValue('training'),
    living: sectionValue('living'),
    message: clean(raw.message) as string | null,
    contact: sectionValue('contact'),
    photos: raw.photos.map((photo) => ({ id: photo.id, caption: photo.caption.trim() === '' ? null : photo.caption.trim() })),
  };
}

/** The items whose value differs between the draft and the published version (paths, in editor order). */
export function changedItems(draft: HostProfileContent, published: HostProfileContent | null): string[] {
  if (!published) {
    return [];
  }
  const normal = (value: FieldValue) => (value === '' ? null : value);
  const changed = PROFILE_FIELDS.filter((field) => normal(valueAt(draft, field.path)) !== normal(valueAt(published, field.path))).map(
    (field) => field.path,
  );
  const photos = (content: HostProfileContent) => JSON.stringify((content.photos ?? []).map((photo) => [photo.id, photo.caption ?? null]));
  return photos(draft) === photos(published) ? changed : [...changed, 'photos'];
}

/** The message under an editor field: the profile's own checks first, then the shared ones. */
export function profileFieldMessage(errors: ValidationErrors | null | undefined): string | null {
  if (errors && typeof errors['server'] !== 'string') {
    if (errors['wholeNumber']) {
      return $localize`:@@hostProfiles.error.wholeNumber:整数で入力してください。`;
    }
    if (errors['oneDecimal']) {
      return $localize`:@@hostProfiles.error.oneDecimal:小数点以下1桁までで入力してください。`;
    }
    if (errors['kana']) {
      return $localize`:@@hostProfiles.error.kana:ひらがな・カタカナで入力してください。`;
    }
  }
  return fieldErrorMessage(errors);
}
