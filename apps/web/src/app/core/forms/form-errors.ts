import { AbstractControl, FormGroup, ValidationErrors } from '@angular/forms';
import { FIELD_MESSAGES } from './field-messages';
import { apiErrorBody, localizeFieldMessage, localizedApiError } from './server-messages';

/** The error key under which the API's own field messages are stored on a control. */
export const SERVER_ERROR = 'server';

/**
 * The message to show under a field for its current errors, or null. The API's message wins (it
 * is the latest word); then the client checks, most basic first.
 */
export function fieldErrorMessage(errors: ValidationErrors | null | undefined): string | null {
  if (!errors) {
    return null;
  }
  const server: unknown = errors[SERVER_ERROR];
  if (typeof server === 'string') {
    return server;
  }
  if (errors['required']) {
    return FIELD_MESSAGES.required();
  }
  if (errors['email']) {
    return FIELD_MESSAGES.email();
  }
  const tooShort = errors['passwordTooShort'] as { min: number } | undefined;
  if (tooShort) {
    return FIELD_MESSAGES.passwordTooShort(tooShort.min);
  }
  const tooLong = (errors['passwordTooLong'] ?? errors['maxlength']) as { max?: number; requiredLength?: number } | undefined;
  if (tooLong) {
    return FIELD_MESSAGES.maxLength(tooLong.max ?? tooLong.requiredLength ?? 0);
  }
  const min = errors['min'] as { min: number } | undefined;
  if (min) {
    return FIELD_MESSAGES.min(min.min);
  }
  const max = errors['max'] as { max: number } | undefined;
  if (max) {
    return FIELD_MESSAGES.max(max.max);
  }
  if (errors['pattern']) {
    return $localize`:@@fieldError.pattern:形式が正しくありません。`;
  }
  return $localize`:@@fieldError.invalid:入力内容を確認してください。`;
}

/**
 * Maps a server path (`email`, `password`, `newPassword`…) to the control that shows its message.
 * By default the path is looked up in the form itself (`form.get(path)`).
 */
export type ServerFieldMap = Readonly<Record<string, AbstractControl | undefined>>;

export interface ServerErrorOutcome {
  /** Message for the whole form (shown above the submit button), or null. */
  formMessage: string | null;
  /** Controls that received a message from the server, in form order. */
  fields: AbstractControl[];
}

/**
 * Shows a failed request's errors on the form: each `fieldErrors` entry goes under its field
 * (as the `server` error, which the next edit of that field clears); entries with no matching
 * enabled field, and errors without field details, become the form-level message.
 */
export function applyServerErrors(form: FormGroup, error: unknown, fieldMap: ServerFieldMap = {}): ServerErrorOutcome {
  const fieldErrors = apiErrorBody(error)?.fieldErrors;
  if (!fieldErrors || Object.keys(fieldErrors).length === 0) {
    return { formMessage: localizedApiError(error), fields: [] };
  }
  const fields: AbstractControl[] = [];
  const unmatched: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const control = path in fieldMap ? fieldMap[path] : form.get(path);
    const text = messages.map(localizeFieldMessage).join(' ');
    if (control && control.enabled) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR]: text });
      control.markAsTouched();
      fields.push(control);
    } else {
      unmatched.push(`${path}: ${text}`);
    }
  }
  if (unmatched.length > 0) {
    const details = unmatched.join(' / ');
    return { formMessage: $localize`:@@formError.unmatched:送信内容に問題があります（${details}:details:）。`, fields };
  }
  return { formMessage: $localize`:@@formError.checkFields:入力内容に誤りがあります。各項目のメッセージを確認してください。`, fields };
}

/** Moves focus to the first invalid field of a form element (after a failed submit). */
export function focusFirstInvalid(root: HTMLElement): void {
  const invalid = root.querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid, [aria-invalid="true"]');
  invalid?.focus();
}
