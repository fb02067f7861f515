import { HttpErrorResponse } from '@angular/common/http';
import { apiError } from '../testing/account.fixtures';
import { programErrorMessage } from './program-errors';

describe('programErrorMessage', () => {
  const failure = (status: number, code: string, message: string) => new HttpErrorResponse({ status, error: apiError(status, code, message) });

  it('says how full the host is when no capacity is left', () => {
    expect(programErrorMessage(failure(409, 'NO_CAPACITY_LEFT', 'no capacity left (3 of 3 places taken)'))).toBe(
      '受入可能数に空きがありません（3 名のうち 3 名が受諾済み）。受け入れる人数を減らすか、辞退してください。',
    );
    expect(programErrorMessage(failure(409, 'NO_CAPACITY_LEFT', 'no capacity left'))).toContain('受入可能数に空きがありません。');
  });

  it('asks to reload after a version conflict', () => {
    expect(programErrorMessage(failure(409, 'VERSION_CONFLICT', 'stale'))).toContain('再読み込み');
  });
});
