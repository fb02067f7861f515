import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorResponse } from '@renkei/contract';

function isApiErrorResponse(body: unknown): body is ApiErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as Partial<ApiErrorResponse>).message === 'string' &&
    typeof (body as Partial<ApiErrorResponse>).statusCode === 'number'
  );
}

/** A message to show the user for a failed request: the API's own `message` when it sent one. */
export function apiErrorMessage(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (isApiErrorResponse(error.error)) {
      return error.error.message;
    }
    if (error.status === 0) {
      return $localize`:@@error.network:サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。`;
    }
    return $localize`:@@error.httpStatus:データを取得できませんでした（HTTP ${error.status}:status:）。`;
  }
  return $localize`:@@error.unknown:予期しないエラーが発生しました。`;
}

/** The HTTP status of a failed request, or null when it is not an HTTP failure. */
export function httpStatusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}
