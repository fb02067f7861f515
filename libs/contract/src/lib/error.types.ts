/** The one error body every API failure returns. */
export interface ApiErrorResponse {
  statusCode: number;
  /** Stable machine code, e.g. `PREFECTURE_NOT_FOUND`, `VALIDATION_FAILED`. */
  code: string;
  message: string;
  /** Field-level messages for validation failures, keyed by property path. */
  fieldErrors?: Record<string, string[]>;
}
