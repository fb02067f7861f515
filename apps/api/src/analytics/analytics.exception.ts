import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum AnalyticsErrorCode {
  RoundNotFound = 'ANALYTICS_ROUND_NOT_FOUND',
  InvalidQuery = 'INVALID_ANALYTICS_QUERY',
}

export class AnalyticsException extends ApiException<AnalyticsErrorCode> {
  constructor(code: AnalyticsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case AnalyticsErrorCode.RoundNotFound:
        return HttpStatus.NOT_FOUND;
      case AnalyticsErrorCode.InvalidQuery:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}

export function invalidQuery(field: string, message: string): AnalyticsException {
  return new AnalyticsException(AnalyticsErrorCode.InvalidQuery, message, { [field]: [message] });
}
