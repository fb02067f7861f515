import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum HostAlertsErrorCode {
  UnknownToken = 'HOST_ALERT_TOKEN_UNKNOWN',
}

export class HostAlertsException extends ApiException<HostAlertsErrorCode> {
  constructor(code: HostAlertsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case HostAlertsErrorCode.UnknownToken:
        return HttpStatus.NOT_FOUND;
      default:
        return assertNever(this.code);
    }
  }
}
