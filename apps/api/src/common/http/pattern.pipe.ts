import { Injectable, PipeTransform } from '@nestjs/common';
import { ValidationFailedException } from './validation.exception';

/** Validates a route parameter's format; a malformed value is a 400 naming the parameter. */
@Injectable()
export class PatternPipe implements PipeTransform<string, string> {
  constructor(
    private readonly parameter: string,
    private readonly pattern: RegExp,
    private readonly expected: string,
  ) {}

  transform(value: string): string {
    if (!this.pattern.test(value)) {
      throw new ValidationFailedException({
        [this.parameter]: [`${this.parameter} must be ${this.expected}`],
      });
    }
    return value;
  }
}
