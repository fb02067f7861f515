import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../../common/http/api.exception';

export enum HostPhotosErrorCode {
  NotFound = 'PHOTO_NOT_FOUND',
  OutOfScope = 'PHOTO_OUT_OF_SCOPE',
  Rejected = 'PHOTO_REJECTED',
  TooLarge = 'PHOTO_TOO_LARGE',
  TooMany = 'PHOTO_LIMIT_REACHED',
  NotThisFacility = 'PHOTO_NOT_THIS_FACILITY',
}

export class HostPhotosException extends ApiException<HostPhotosErrorCode> {
  constructor(code: HostPhotosErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case HostPhotosErrorCode.NotFound:
        return HttpStatus.NOT_FOUND;
      case HostPhotosErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case HostPhotosErrorCode.Rejected:
      case HostPhotosErrorCode.NotThisFacility:
        return HttpStatus.BAD_REQUEST;
      case HostPhotosErrorCode.TooLarge:
        return HttpStatus.PAYLOAD_TOO_LARGE;
      case HostPhotosErrorCode.TooMany:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(this.code);
    }
  }
}

/** An error about the uploaded file, shown beside the file field. */
export function fileError(code: HostPhotosErrorCode, message: string): HostPhotosException {
  return new HostPhotosException(code, message, { file: [message] });
}
