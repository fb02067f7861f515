import { ValidationErrors } from '@angular/forms';
import { FIELD_MESSAGES } from '../core/forms/field-messages';
import { SERVER_ERROR, fieldErrorMessage } from '../core/forms/form-errors';

/** The message under a rules form field: the shared messages plus "choose at least one" and "a number > 0". */
export function rulesFieldError(errors: ValidationErrors | null | undefined): string | null {
  if (errors && !errors[SERVER_ERROR] && !errors['required']) {
    if (errors['requiredChoice']) {
      return FIELD_MESSAGES.requiredChoice();
    }
    if (errors['positive']) {
      return $localize`:@@rules.fieldError.positive:0 より大きい数を入力してください。`;
    }
  }
  return fieldErrorMessage(errors);
}
