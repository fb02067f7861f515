import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorMessage, httpStatusOf } from './api-error';

describe('apiErrorMessage', () => {
  it("shows the API's own message", () => {
    const error = new HttpErrorResponse({
      status: 404,
      error: { statusCode: 404, code: 'PREFECTURE_NOT_FOUND', message: 'Prefecture 99 was not found' },
    });

    expect(apiErrorMessage(error)).toBe('Prefecture 99 was not found');
  });

  it('explains a network failure', () => {
    expect(apiErrorMessage(new HttpErrorResponse({ status: 0 }))).toContain('サーバーに接続できませんでした');
  });

  it('falls back to the HTTP status when the body is not an API error', () => {
    expect(apiErrorMessage(new HttpErrorResponse({ status: 502, error: '<html>Bad gateway</html>' }))).toContain('HTTP 502');
  });

  it('handles non-HTTP errors', () => {
    expect(apiErrorMessage(new Error('boom'))).toBe('予期しないエラーが発生しました。');
    expect(httpStatusOf(new Error('boom'))).toBeNull();
    expect(httpStatusOf(new HttpErrorResponse({ status: 400 }))).toBe(400);
  });
});
