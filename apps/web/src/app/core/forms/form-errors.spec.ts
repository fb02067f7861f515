import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { apiError } from '../../testing/account.fixtures';
import { SERVER_ERROR, applyServerErrors, fieldErrorMessage } from './form-errors';
import { RkValidators } from './validators';

function failure(statusCode: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status: statusCode, error: body });
}

function signInForm() {
  return new FormGroup({
    email: new FormControl('', { nonNullable: true }),
    password: new FormControl('', { nonNullable: true }),
  });
}

describe('applyServerErrors', () => {
  it("puts each of the API's field messages under its field, translated", () => {
    const form = signInForm();
    const error = failure(
      400,
      apiError(400, 'VALIDATION_FAILED', 'Invalid input: email, password', {
        email: ['email must be an e-mail address'],
        password: ['password must be at least 8 characters'],
      }),
    );

    const outcome = applyServerErrors(form, error);

    expect(form.controls.email.errors).toEqual({ [SERVER_ERROR]: 'メールアドレスの形式で入力してください（例: name@example.jp）。' });
    expect(form.controls.password.errors?.[SERVER_ERROR]).toBe('パスワードは 8 文字以上にしてください。');
    expect(form.controls.email.touched).toBe(true);
    expect(outcome.fields).toEqual([form.controls.email, form.controls.password]);
    expect(outcome.formMessage).toContain('各項目のメッセージ');
  });

  it('maps server paths to differently named controls', () => {
    const form = new FormGroup({ secret: new FormControl('', { nonNullable: true }) });
    const error = failure(
      400,
      apiError(400, 'PASSWORD_REJECTED', 'x', { password: ['password is one of the most common passwords; choose another'] }),
    );

    applyServerErrors(form, error, { password: form.controls.secret });

    expect(fieldErrorMessage(form.controls.secret.errors)).toContain('よく使われていて推測されやすいパスワード');
  });

  it('lists field messages no field can show (unknown or disabled fields) in the form message', () => {
    const form = signInForm();
    form.controls.password.disable();
    const error = failure(
      400,
      apiError(400, 'VALIDATION_FAILED', 'Invalid input', {
        remember: ['property remember should not exist'],
        password: ['password must not be empty'],
      }),
    );

    const outcome = applyServerErrors(form, error);

    expect(outcome.fields).toEqual([]);
    expect(outcome.formMessage).toContain('remember: この項目は受け付けられません。');
    expect(outcome.formMessage).toContain('password: 入力してください。');
  });

  it('turns errors without field details into a form message by code', () => {
    const form = signInForm();

    expect(
      applyServerErrors(form, failure(401, apiError(401, 'INVALID_CREDENTIALS', 'The e-mail address or password is incorrect.'))).formMessage,
    ).toBe('メールアドレスまたはパスワードが正しくありません。');
    expect(
      applyServerErrors(form, failure(429, apiError(429, 'TOO_MANY_ATTEMPTS', 'Too many sign-in attempts. Try again in 15 minutes.'))).formMessage,
    ).toContain('15 分');
    expect(applyServerErrors(form, failure(418, apiError(418, 'SOMETHING_NEW', 'A brand new problem.'))).formMessage).toBe('A brand new problem.');
    expect(applyServerErrors(form, new HttpErrorResponse({ status: 0 })).formMessage).toContain('サーバーに接続できませんでした');
    expect(form.valid).toBe(true);
  });

  it("clears the API's message as soon as the field is edited", () => {
    const form = signInForm();
    form.controls.email.setValidators([Validators.required, RkValidators.email]);
    applyServerErrors(form, failure(409, apiError(409, 'ACCOUNT_EXISTS', 'x', { email: ['this address already has an account'] })));
    expect(form.controls.email.hasError(SERVER_ERROR)).toBe(true);

    form.controls.email.setValue('someone@example.jp');

    expect(form.controls.email.errors).toBeNull();
  });
});

describe('fieldErrorMessage', () => {
  it('says what is wrong, most basic problem first', () => {
    expect(fieldErrorMessage(null)).toBeNull();
    expect(fieldErrorMessage({ required: true, email: true })).toBe('入力してください。');
    expect(fieldErrorMessage({ email: true })).toContain('メールアドレスの形式');
    expect(fieldErrorMessage({ passwordTooShort: { min: 8, actual: 3 } })).toBe('パスワードは 8 文字以上にしてください。');
    expect(fieldErrorMessage({ maxlength: { requiredLength: 100, actualLength: 120 } })).toBe('100 文字以内で入力してください。');
    expect(fieldErrorMessage({ [SERVER_ERROR]: 'from the API', required: true })).toBe('from the API');
  });
});
