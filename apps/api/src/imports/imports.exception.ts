import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum ImportsErrorCode {
  UnknownKind = 'IMPORT_KIND_UNKNOWN',
  NotAllowed = 'IMPORT_NOT_ALLOWED',
  NotFound = 'IMPORT_NOT_FOUND',
  HasIssues = 'IMPORT_HAS_ISSUES',
  FileMissing = 'IMPORT_FILE_MISSING',
  Stale = 'IMPORT_STALE',
}

export class ImportsException extends ApiException<ImportsErrorCode> {
  constructor(code: ImportsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case ImportsErrorCode.UnknownKind:
      case ImportsErrorCode.NotFound:
        return HttpStatus.NOT_FOUND;
      case ImportsErrorCode.NotAllowed:
        return HttpStatus.FORBIDDEN;
      case ImportsErrorCode.HasIssues:
      case ImportsErrorCode.Stale:
        return HttpStatus.CONFLICT;
      case ImportsErrorCode.FileMissing:
        return HttpStatus.BAD_REQUEST;
      default:
        return assertNever(this.code);
    }
  }
}
