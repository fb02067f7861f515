import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum NominationsErrorCode {
  RoundNotFound = 'ROUND_NOT_FOUND',
  RoundExists = 'ROUND_EXISTS',
  NoActiveRuleSet = 'NO_ACTIVE_RULE_SET',
  InvalidDeadlines = 'INVALID_DEADLINES',
  UnknownSpecialty = 'UNKNOWN_SPECIALTY',
  CandidateNotFound = 'CANDIDATE_NOT_FOUND',
  FacilityNotFound = 'FACILITY_NOT_FOUND',
  DuplicateCandidate = 'DUPLICATE_CANDIDATE',
  OutOfScope = 'NOMINATION_OUT_OF_SCOPE',
  IllegalTransition = 'ILLEGAL_TRANSITION',
  NotReady = 'NOT_READY',
  VersionConflict = 'VERSION_CONFLICT',
  NotPublished = 'NOT_PUBLISHED',
}

export class NominationsException extends ApiException<NominationsErrorCode> {
  constructor(code: NominationsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case NominationsErrorCode.RoundNotFound:
      case NominationsErrorCode.CandidateNotFound:
      case NominationsErrorCode.NotPublished:
        return HttpStatus.NOT_FOUND;
      case NominationsErrorCode.OutOfScope:
        return HttpStatus.FORBIDDEN;
      case NominationsErrorCode.RoundExists:
      case NominationsErrorCode.DuplicateCandidate:
      case NominationsErrorCode.IllegalTransition:
      case NominationsErrorCode.VersionConflict:
        return HttpStatus.CONFLICT;
      case NominationsErrorCode.NoActiveRuleSet:
      case NominationsErrorCode.InvalidDeadlines:
      case NominationsErrorCode.UnknownSpecialty:
      case NominationsErrorCode.FacilityNotFound:
        return HttpStatus.BAD_REQUEST;
      case NominationsErrorCode.NotReady:
        return HttpStatus.UNPROCESSABLE_ENTITY;
      default:
        return assertNever(this.code);
    }
  }
}

export function versionConflict(what: string): NominationsException {
  return new NominationsException(
    NominationsErrorCode.VersionConflict,
    `Someone else changed this ${what} after you opened it. Reload to see their changes, then try again.`,
  );
}

export function illegalTransition(message: string): NominationsException {
  return new NominationsException(NominationsErrorCode.IllegalTransition, message);
}
