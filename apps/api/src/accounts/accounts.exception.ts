import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum AccountsErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  Forbidden = 'FORBIDDEN',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
}

export class AccountsException extends ApiException<AccountsErrorCode> {
  constructor(code: AccountsErrorCode, message: string) {
    super(code, message);
  }

  get httpStatus(): number {
    switch (this.code) {
      case AccountsErrorCode.Unauthenticated:
      case AccountsErrorCode.InvalidCredentials:
        return HttpStatus.UNAUTHORIZED;
      case AccountsErrorCode.TooManyAttempts:
        return HttpStatus.TOO_MANY_REQUESTS;
      case AccountsErrorCode.Forbidden:
      case AccountsErrorCode.CsrfTokenInvalid:
        return HttpStatus.FORBIDDEN;
      default:
        return assertNever(this.code);
    }
  }
}
