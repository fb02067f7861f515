import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum FacilitiesErrorCode {
  NotFound = 'FACILITY_NOT_FOUND',
  OutOfScope = 'FACILITY_OUT_OF_SCOPE',
  CodeTaken = 'FACILITY_CODE_TAKEN',
  UnknownArea = 'UNKNOWN_AREA',
  VersionConflict = 'VERSION_CONFLICT',
}

export class FacilitiesException extends ApiException<FacilitiesErrorCode> {
  constructor(code: FacilitiesErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case FacilitiesErrorCode.NotFound:
        return HttpStatus.NOT_FOUND;
      case FacilitiesErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case FacilitiesErrorCode.CodeTaken:
      case FacilitiesErrorCode.VersionConflict:
        return HttpStatus.CONFLICT;
      case FacilitiesErrorCode.UnknownArea:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}
