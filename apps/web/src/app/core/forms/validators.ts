import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@renkei/contract';
import { isEmail } from 'class-validator';

/**
 * Client-side checks that mirror the API's (the same `isEmail` the contract's DTOs use, password
 * length counted in characters as the API counts them), so most mistakes are caught before the
 * request. The API stays the judge: its field messages are shown too (see `applyServerErrors`).
 */
export const RkValidators = {
  /** An e-mail address the API accepts (`@IsEmail()`); empty passes (combine with `required`). */
  email: ((control: AbstractControl<string>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    return value === '' || isEmail(value) ? null : { email: true };
  }) satisfies ValidatorFn,

  /** A new password: PASSWORD_MIN_LENGTH to PASSWORD_MAX_LENGTH characters (code points, not UTF-16 units). */
  newPassword: ((control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (value === '') {
      return null;
    }
    const length = [...value].length;
    if (length < PASSWORD_MIN_LENGTH) {
      return { passwordTooShort: { min: PASSWORD_MIN_LENGTH, actual: length } };
    }
    if (length > PASSWORD_MAX_LENGTH) {
      return { passwordTooLong: { max: PASSWORD_MAX_LENGTH, actual: length } };
    }
    return null;
  }) satisfies ValidatorFn,

  /** Not empty once trimmed (a name of spaces only is no name). */
  requiredText: ((control: AbstractControl<string>): ValidationErrors | null =>
    (control.value ?? '').trim() === '' ? { required: true } : null) satisfies ValidatorFn,
};
