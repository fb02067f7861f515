import { apiErrorBody, localizedApiError } from '../core/forms/server-messages';

/**
 * A failed program step in words people can act on: no capacity left and stale versions say what
 * to do next; anything else is the translated API message.
 */
export function programErrorMessage(error: unknown): string {
  const body = apiErrorBody(error);
  switch (body?.code) {
    case 'NO_CAPACITY_LEFT': {
      const taken = /\((\d+) of (\d+)/.exec(body.message);
      if (taken) {
        const accepted = taken[1];
        const acceptable = taken[2];
        return $localize`:@@programs.error.noCapacityCount:受入可能数に空きがありません（${acceptable}:acceptable: 名のうち ${accepted}:accepted: 名が受諾済み）。受け入れる人数を減らすか、辞退してください。`;
      }
      return $localize`:@@programs.error.noCapacity:受入可能数に空きがありません。受け入れる人数を減らすか、辞退してください。`;
    }
    case 'VERSION_CONFLICT':
      return $localize`:@@programs.error.conflict:ほかの人がこのプログラムまたは依頼を先に変更しました。再読み込みして最新の内容を確認してから、もう一度お試しください。`;
  }
  return localizedApiError(error);
}
