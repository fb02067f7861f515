import { FormControl, FormGroup, Validators } from '@angular/forms';
import { RkValidators } from '../../core/forms/validators';

/** A form field an import needs besides the file (e.g. the dataset code), sent as a multipart field. */
export interface ImportField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  maxLength: number;
  multiline?: boolean;
}

export type ImportFieldsForm = FormGroup<Record<string, FormControl<string>>>;

export function importFieldsForm(fields: readonly ImportField[]): ImportFieldsForm {
  return new FormGroup(
    Object.fromEntries(
      fields.map((field) => [
        field.name,
        new FormControl('', {
          nonNullable: true,
          validators: field.required ? [RkValidators.requiredText, Validators.maxLength(field.maxLength)] : [Validators.maxLength(field.maxLength)],
        }),
      ]),
    ),
  );
}

/** The multipart fields to send: trimmed, optional ones only when filled in. */
export function importFieldValues(fields: readonly ImportField[], value: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const field of fields) {
    const text = (value[field.name] ?? '').trim();
    if (text !== '' || field.required) {
      result[field.name] = text;
    }
  }
  return result;
}
