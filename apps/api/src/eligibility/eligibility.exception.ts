import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum EligibilityErrorCode {
  /** A query or body names a year, specialty, area or dataset that does not exist (fieldErrors name which). */
  UnknownReference = 'ELIGIBILITY_UNKNOWN_REFERENCE',
  RuleSetNotFound = 'RULE_SET_NOT_FOUND',
  RuleSetInvalid = 'RULE_SET_INVALID',
  RuleSetAlreadyActive = 'RULE_SET_ALREADY_ACTIVE',
  /** Another activation for the same year committed first. */
  ActivationConflict = 'RULE_SET_ACTIVATION_CONFLICT',
  ExceptionNotFound = 'ELIGIBILITY_EXCEPTION_NOT_FOUND',
  ExceptionInvalid = 'ELIGIBILITY_EXCEPTION_INVALID',
  ExceptionAlreadyInactive = 'ELIGIBILITY_EXCEPTION_ALREADY_INACTIVE',
}

export class EligibilityException extends ApiException<EligibilityErrorCode> {
  constructor(code: EligibilityErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case EligibilityErrorCode.UnknownReference:
      case EligibilityErrorCode.RuleSetInvalid:
      case EligibilityErrorCode.ExceptionInvalid:
        return HttpStatus.BAD_REQUEST;
      case EligibilityErrorCode.RuleSetNotFound:
      case EligibilityErrorCode.ExceptionNotFound:
        return HttpStatus.NOT_FOUND;
      case EligibilityErrorCode.RuleSetAlreadyActive:
      case EligibilityErrorCode.ActivationConflict:
      case EligibilityErrorCode.ExceptionAlreadyInactive:
        return HttpStatus.CONFLICT;
      default:
        return assertNever(this.code);
    }
  }
}

/** One 400 naming every unknown parameter: `{ year: ['…'], area: ['…'] }`. */
export function unknownReference(fieldErrors: Record<string, string[]>): EligibilityException {
  return new EligibilityException(EligibilityErrorCode.UnknownReference, `Unknown value: ${Object.keys(fieldErrors).join(', ')}`, fieldErrors);
}
