import { HttpStatus, ValidationError, ValidationPipe } from '@nestjs/common';
import { ApiException } from './api.exception';

export class ValidationFailedException extends ApiException<'VALIDATION_FAILED'> {
  constructor(fieldErrors: Record<string, string[]>) {
    const fields = Object.keys(fieldErrors);
    super('VALIDATION_FAILED', `Invalid input: ${fields.join(', ')}`, fieldErrors);
  }

  get httpStatus(): number {
    return HttpStatus.BAD_REQUEST;
  }
}

/** Flattens nested class-validator errors into `{ 'path.to.field': [messages] }`. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    if (error.constraints) {
      result[path] = Object.values(error.constraints);
    }
    Object.assign(result, toFieldErrors(error.children ?? [], path));
  }
  return result;
}

/** Whitelist, refuse unknown fields, transform to DTO instances; one error shape with field messages. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    exceptionFactory: (errors) => new ValidationFailedException(toFieldErrors(errors)),
  });
}
