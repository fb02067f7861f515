import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum ReferenceDataErrorCode {
  PrefectureNotFound = 'PREFECTURE_NOT_FOUND',
  DatasetNotFound = 'SUFFICIENCY_DATASET_NOT_FOUND',
  UnknownSpecialty = 'UNKNOWN_SPECIALTY',
  MalformedCode = 'MALFORMED_CODE',
}

export class ReferenceDataException extends ApiException<ReferenceDataErrorCode> {
  constructor(code: ReferenceDataErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case ReferenceDataErrorCode.PrefectureNotFound:
      case ReferenceDataErrorCode.DatasetNotFound:
        return HttpStatus.NOT_FOUND;
      case ReferenceDataErrorCode.UnknownSpecialty:
      case ReferenceDataErrorCode.MalformedCode:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}
