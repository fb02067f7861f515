import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum HostProfilesErrorCode {
  NotFound = 'HOST_NOT_FOUND',
  OutOfScope = 'HOST_OUT_OF_SCOPE',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  VersionConflict = 'VERSION_CONFLICT',
  InvalidQuery = 'INVALID_QUERY',
}

export class HostProfilesException extends ApiException<HostProfilesErrorCode> {
  constructor(code: HostProfilesErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case HostProfilesErrorCode.InvalidQuery:
        return HttpStatus.BAD_REQUEST;
      case HostProfilesErrorCode.NotFound:
        return HttpStatus.NOT_FOUND;
      case HostProfilesErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case HostProfilesErrorCode.IllegalTransition:
      case HostProfilesErrorCode.VersionConflict:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(this.code);
    }
  }
}
