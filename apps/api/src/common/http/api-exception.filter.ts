import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiErrorResponse } from '@renkei/contract';
import { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api.exception';

const UNIQUE_VIOLATION = '23505';

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turns every error into the one `ApiErrorResponse` shape; never leaks a stack trace. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorResponse {
    if (exception instanceof ApiException) {
      return {
        statusCode: exception.httpStatus,
        code: exception.code,
        message: exception.message,
        ...(exception.fieldErrors ? { fieldErrors: exception.fieldErrors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const payload = exception.getResponse();
      // Terminus and other Nest parts put structured details in the response: keep them.
      const details = typeof payload === 'object' && payload !== null ? payload : {};
      return {
        ...details,
        statusCode,
        code: HTTP_CODES[statusCode] ?? 'HTTP_ERROR',
        message: exception.message,
      };
    }
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION) {
      // Two requests racing to create the same thing: the loser gets the same answer as a later duplicate.
      return {
        statusCode: HttpStatus.CONFLICT,
        code: 'ALREADY_EXISTS',
        message: 'This already exists; reload to see it.',
      };
    }
    if (isClientError(exception)) {
      // body-parser's errors (malformed JSON, body too large) are safe to show as they are.
      return {
        statusCode: exception.status,
        code: HTTP_CODES[exception.status] ?? 'BAD_REQUEST',
        message: exception.message,
      };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side.',
    };
  }
}

function isClientError(error: unknown): error is { status: number; message: string } {
  const candidate = error as {
    status?: unknown;
    expose?: unknown;
    message?: unknown;
  } | null;
  return (
    typeof candidate?.status === 'number' &&
    candidate.status >= 400 &&
    candidate.status < 500 &&
    candidate.expose === true &&
    typeof candidate.message === 'string'
  );
}
