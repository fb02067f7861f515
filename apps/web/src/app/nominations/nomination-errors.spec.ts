import { HttpErrorResponse } from '@angular/common/http';
import { apiError } from '../testing/account.fixtures';
import { nominationErrorMessage } from './nomination-errors';

const failure = (status: number, code: string, message: string) => new HttpErrorResponse({ status, error: apiError(status, code, message) });

describe('nominationErrorMessage', () => {
  it('tells people to reload on a version conflict, naming what changed', () => {
    const conflict = failure(409, 'VERSION_CONFLICT', 'Someone else changed this candidate after you opened it.');
    expect(nominationErrorMessage(conflict)).toContain('ほかの人がこの行を変更しました。再読み込み');
    expect(nominationErrorMessage(conflict, 'round')).toContain('この募集回を変更しました');
  });

  it('explains refused steps and incomplete lists with the API reason', () => {
    expect(nominationErrorMessage(failure(409, 'ILLEGAL_TRANSITION', 'The round is published.'))).toBe(
      'この操作は現在の状態ではできません（The round is published.）。',
    );
    expect(nominationErrorMessage(failure(422, 'NOT_READY', 'No candidate is confirmed yet.'))).toBe(
      'まだ実行できません（No candidate is confirmed yet.）。',
    );
    expect(nominationErrorMessage(failure(403, 'NOMINATION_OUT_OF_SCOPE', 'You can see only your own prefecture’s candidate list.'))).toContain(
      '権限がありません',
    );
    expect(nominationErrorMessage(failure(404, 'NOT_PUBLISHED', 'This round has not published its hosts.'))).toBe(
      'この募集回の連携先施設はまだ公表されていません。',
    );
  });
});
