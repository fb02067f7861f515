import { apiErrorBody, localizedApiError } from '../../core/forms/server-messages';

/** A failed profile request in words people can act on: a stale version says to reload; a refused step says why. */
export function profileErrorMessage(error: unknown): string {
  const body = apiErrorBody(error);
  switch (body?.code) {
    case 'VERSION_CONFLICT':
      return $localize`:@@hostProfiles.error.conflict:ほかの人がこのプロフィールを先に保存しました。あなたの変更はまだ保存されていません。「再読み込み」で最新の内容を表示してから、もう一度編集してください。`;
    case 'HOST_OUT_OF_SCOPE':
      return $localize`:@@hostProfiles.error.outOfScope:このプロフィールを変更する権限がありません（自施設、または担当の都道府県の施設だけを扱えます）。`;
    case 'HOST_NOT_FOUND':
      return $localize`:@@hostProfiles.error.notFound:この施設のプロフィールは見つかりません。連携先施設として登録されているか確認してください。`;
    case 'ILLEGAL_TRANSITION': {
      const reason = body.message;
      return $localize`:@@hostProfiles.error.illegal:この操作は現在の状態ではできません（${reason}:reason:）。`;
    }
  }
  return localizedApiError(error);
}
