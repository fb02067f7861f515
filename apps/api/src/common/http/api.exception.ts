/**
 * Base of every module's exception: a stable machine code, a message for people, and the HTTP
 * status the module maps its code to (each module's subclass does that with an exhaustive switch).
 */
export abstract class ApiException<Code extends string = string> extends Error {
  protected constructor(
    readonly code: Code,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = new.target.name;
  }

  abstract get httpStatus(): number;
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
