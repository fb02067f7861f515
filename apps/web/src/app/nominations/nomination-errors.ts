import { apiErrorBody, localizedApiError } from '../core/forms/server-messages';

/** What a stale version concerns, for the 409 message. */
export type ConflictSubject = 'row' | 'list' | 'round';

/**
 * A failed workflow request in words people can act on: conflicts say to reload, refused steps
 * (409) and incomplete lists (422) say why, with the API's own explanation.
 */
export function nominationErrorMessage(error: unknown, subject: ConflictSubject = 'row'): string {
  const body = apiErrorBody(error);
  switch (body?.code) {
    case 'VERSION_CONFLICT':
      switch (subject) {
        case 'row':
          return $localize`:@@nominations.error.conflictRow:ほかの人がこの行を変更しました。再読み込みして最新の内容を確認してから、もう一度お試しください。`;
        case 'list':
          return $localize`:@@nominations.error.conflictList:ほかの人がこの候補リストを変更しました。再読み込みして最新の内容を確認してから、もう一度お試しください。`;
        case 'round':
          return $localize`:@@nominations.error.conflictRound:ほかの人がこの募集回を変更しました。再読み込みして最新の内容を確認してから、もう一度お試しください。`;
      }
      break;
    case 'NOMINATION_OUT_OF_SCOPE':
      return $localize`:@@nominations.error.outOfScope:この候補リストを表示・変更する権限がありません（担当の都道府県・領域のものだけを扱えます）。`;
    case 'ROUND_NOT_FOUND':
    case 'CANDIDATE_NOT_FOUND': {
      return $localize`:@@nominations.error.notFound:対象が見つかりません。削除されたか、権限の範囲外です。一覧を再読み込みしてください。`;
    }
    case 'NOT_PUBLISHED':
      return $localize`:@@nominations.error.notPublished:この募集回の連携先施設はまだ公表されていません。`;
    case 'ILLEGAL_TRANSITION': {
      const reason = body.message;
      return $localize`:@@nominations.error.illegal:この操作は現在の状態ではできません（${reason}:reason:）。`;
    }
    case 'NOT_READY': {
      const reason = body.message;
      return $localize`:@@nominations.error.notReady:まだ実行できません（${reason}:reason:）。`;
    }
  }
  return localizedApiError(error);
}
