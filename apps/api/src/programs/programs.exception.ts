import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum ProgramsErrorCode {
  NotFound = 'PROGRAM_NOT_FOUND',
  OutOfScope = 'PROGRAM_OUT_OF_SCOPE',
  InvalidProgram = 'INVALID_PROGRAM',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  VersionConflict = 'VERSION_CONFLICT',
  NoCapacityLeft = 'NO_CAPACITY_LEFT',
  RoundNotPublished = 'ROUND_NOT_PUBLISHED',
}

export class ProgramsException extends ApiException<ProgramsErrorCode> {
  constructor(code: ProgramsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case ProgramsErrorCode.NotFound:
      case ProgramsErrorCode.RoundNotPublished:
        return HttpStatus.NOT_FOUND;
      case ProgramsErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case ProgramsErrorCode.InvalidProgram:
        return HttpStatus.BAD_REQUEST;
      case ProgramsErrorCode.IllegalTransition:
      case ProgramsErrorCode.VersionConflict:
      case ProgramsErrorCode.NoCapacityLeft:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(this.code);
    }
  }
}

export function programNotFound(): ProgramsException {
  return new ProgramsException(ProgramsErrorCode.NotFound, 'No such program, or it is not one you can see.');
}

export function outOfScope(message: string): ProgramsException {
  return new ProgramsException(ProgramsErrorCode.OutOfScope, message);
}

export function invalidProgram(fieldErrors: Record<string, string[]>): ProgramsException {
  const first = Object.values(fieldErrors)[0]?.[0] ?? 'The program is not valid.';
  return new ProgramsException(ProgramsErrorCode.InvalidProgram, first, fieldErrors);
}

export function versionConflict(what: string): ProgramsException {
  return new ProgramsException(
    ProgramsErrorCode.VersionConflict,
    `Someone else changed this ${what} after you opened it. Reload to see their changes, then try again.`,
  );
}

export function illegalTransition(message: string): ProgramsException {
  return new ProgramsException(ProgramsErrorCode.IllegalTransition, message);
}
