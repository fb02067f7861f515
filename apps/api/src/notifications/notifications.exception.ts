import { HttpStatus } from '@nestjs/common';
import { ApiException, assertNever } from '../common/http/api.exception';

export enum NotificationsErrorCode {
  DevelopmentMailNotFound = 'DEVELOPMENT_MAIL_NOT_FOUND',
  InvalidRecipient = 'INVALID_MAIL_RECIPIENT',
  /** A caller passed template params the template cannot render (a bug, not the user's input). */
  InvalidTemplateParams = 'INVALID_MAIL_TEMPLATE_PARAMS',
  /** `enqueue` was called without the caller's transaction: the mail could outlive a rolled-back change. */
  EnqueueOutsideTransaction = 'MAIL_ENQUEUE_OUTSIDE_TRANSACTION',
}

export class NotificationsException extends ApiException<NotificationsErrorCode> {
  constructor(code: NotificationsErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(code, message, fieldErrors);
  }

  get httpStatus(): number {
    switch (this.code) {
      case NotificationsErrorCode.DevelopmentMailNotFound:
        return HttpStatus.NOT_FOUND;
      case NotificationsErrorCode.InvalidRecipient:
        return HttpStatus.BAD_REQUEST;
      case NotificationsErrorCode.InvalidTemplateParams:
      case NotificationsErrorCode.EnqueueOutsideTransaction:
        return HttpStatus.INTERNAL_SERVER_ERROR;
      default:
        return assertNever(this.code);
    }
  }
}
