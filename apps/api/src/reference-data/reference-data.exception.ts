import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum ReferenceDataErrorCode {
  PrefectureNotFound = 'PREFECTURE_NOT_FOUND',
  DatasetNotFound = 'SUFFICIENCY_DATASET_NOT_FOUND',
  UnknownSpecialty = 'UNKNOWN_SPECIALTY',
  MalformedCode = 'MALFORMED_CODE',
  AreaNotFound = 'AREA_NOT_FOUND',
  SpotNotFound = 'SCARCE_SPOT_NOT_FOUND',
  SpotExists = 'SCARCE_SPOT_EXISTS',
  OutOfScope = 'OUT_OF_SCOPE',
  VersionConflict = 'VERSION_CONFLICT',
}

export class ReferenceDataException extends ApiException<ReferenceDataErrorCode> {
  constructor(code: ReferenceDataErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case ReferenceDataErrorCode.PrefectureNotFound:
      case ReferenceDataErrorCode.DatasetNotFound:
      case ReferenceDataErrorCode.AreaNotFound:
      case ReferenceDataErrorCode.SpotNotFound:
        return HttpStatus.NOT_FOUND;
      case ReferenceDataErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case ReferenceDataErrorCode.SpotExists:
      case ReferenceDataErrorCode.VersionConflict:
        return HttpStatus.CONFLICT;
      case ReferenceDataErrorCode.UnknownSpecialty:
      case ReferenceDataErrorCode.MalformedCode:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}
