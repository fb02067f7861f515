import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum AccountsErrorCode {
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  Forbidden = 'FORBIDDEN',
  CsrfTokenInvalid = 'CSRF_TOKEN_INVALID',
  AccountExists = 'ACCOUNT_EXISTS',
  UserNotFound = 'USER_NOT_FOUND',
  InvalidScope = 'INVALID_SCOPE',
  PasswordRejected = 'PASSWORD_REJECTED',
  LinkExpired = 'LINK_EXPIRED',
  LinkUsed = 'LINK_USED',
  LinkUnknown = 'LINK_UNKNOWN',
  VersionConflict = 'VERSION_CONFLICT',
}

export class AccountsException extends ApiException<AccountsErrorCode> {
  constructor(code: AccountsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
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
      case AccountsErrorCode.AccountExists:
      case AccountsErrorCode.VersionConflict:
        return HttpStatus.CONFLICT;
      case AccountsErrorCode.UserNotFound:
      case AccountsErrorCode.LinkUnknown:
        return HttpStatus.NOT_FOUND;
      case AccountsErrorCode.LinkExpired:
      case AccountsErrorCode.LinkUsed:
        return HttpStatus.GONE;
      case AccountsErrorCode.InvalidScope:
      case AccountsErrorCode.PasswordRejected:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}
