import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorResponse } from '@renkei/contract';
import { apiErrorMessage } from '../api-error';
import { FIELD_MESSAGES } from './field-messages';

/**
 * The API writes its messages in English for developers and logs. People see them in the UI's
 * language: known codes and field messages are translated here; anything unknown is shown as the
 * API wrote it (still better than nothing).
 */

export function apiErrorBody(error: unknown): ApiErrorResponse | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const body = error.error as Partial<ApiErrorResponse> | null;
  return typeof body === 'object' && body !== null && typeof body.code === 'string' && typeof body.message === 'string'
    ? (body as ApiErrorResponse)
    : null;
}

/** The API error code of a failed request (`INVALID_CREDENTIALS`, `LINK_USED`…), or null. */
export function apiErrorCode(error: unknown): string | null {
  return apiErrorBody(error)?.code ?? null;
}

const CODE_MESSAGES: Readonly<Record<string, string>> = {
  INVALID_CREDENTIALS: $localize`:@@serverError.invalidCredentials:メールアドレスまたはパスワードが正しくありません。`,
  UNAUTHENTICATED: $localize`:@@serverError.unauthenticated:サインインしてください。`,
  FORBIDDEN: $localize`:@@serverError.forbidden:この操作を行う権限がありません。`,
  CSRF_TOKEN_INVALID: $localize`:@@serverError.csrf:画面の情報が古くなっています。ページを再読み込みして、もう一度お試しください。`,
  ACCOUNT_EXISTS: $localize`:@@serverError.accountExists:このメールアドレスのアカウントはすでにあります。役割を追加する場合は、一覧からそのユーザーに追加してください。`,
  USER_NOT_FOUND: $localize`:@@serverError.userNotFound:ユーザーが見つかりません。一覧を再読み込みしてください。`,
  LINK_EXPIRED: $localize`:@@serverError.linkExpired:このリンクは有効期限が切れています。`,
  LINK_USED: $localize`:@@serverError.linkUsed:このリンクはすでに使用されています。リンクは一度だけ使えます。`,
  LINK_UNKNOWN: $localize`:@@serverError.linkUnknown:このリンクは無効です。メールのアドレスを省略せずに開いたかご確認ください。`,
};

/** A message for people about a failed request, in the UI's language where the code is known. */
export function localizedApiError(error: unknown): string {
  const body = apiErrorBody(error);
  if (!body) {
    return apiErrorMessage(error);
  }
  if (body.code === 'TOO_MANY_ATTEMPTS') {
    const minutes = /(\d+) minute/.exec(body.message)?.[1] ?? '15';
    return $localize`:@@serverError.tooManyAttempts:サインインの試行回数が上限に達しました。${minutes}:minutes: 分ほど待ってから、もう一度お試しください。`;
  }
  return CODE_MESSAGES[body.code] ?? localizeFieldMessage(body.message);
}

/** Translates one of the API's field messages (e.g. `password must be at least 8 characters`). */
export function localizeFieldMessage(message: string): string {
  let match: RegExpExecArray | null;
  if (/must be an e-mail address$/.test(message)) {
    return FIELD_MESSAGES.email();
  }
  if ((match = /must be at least (\d+) characters$/.exec(message))) {
    return message.startsWith('password') || message.startsWith('newPassword')
      ? FIELD_MESSAGES.passwordTooShort(match[1] ?? '')
      : FIELD_MESSAGES.minLength(match[1] ?? '');
  }
  if ((match = /must be at most (\d+) characters$/.exec(message))) {
    return FIELD_MESSAGES.maxLength(match[1] ?? '');
  }
  if ((match = /must be (\d+) to (\d+) characters$/.exec(message))) {
    const min = match[1];
    const max = match[2];
    return $localize`:@@fieldError.lengthRange:${min}:min: 〜${max}:max: 文字で入力してください。`;
  }
  if (/must not be empty$/.test(message)) {
    return FIELD_MESSAGES.required();
  }
  if (/one of the most common passwords/.test(message)) {
    return $localize`:@@fieldError.commonPassword:よく使われていて推測されやすいパスワードです。別のパスワードにしてください。`;
  }
  if (/current password is incorrect/.test(message)) {
    return $localize`:@@fieldError.currentPasswordWrong:現在のパスワードが正しくありません。`;
  }
  if (/already has an account/.test(message)) {
    return $localize`:@@fieldError.accountExists:このメールアドレスのアカウントはすでにあります。`;
  }
  if (/is required for the \S+ role$/.test(message)) {
    return $localize`:@@fieldError.scopeRequired:この役割では指定が必要です。`;
  }
  if (/does not apply to the \S+ role$/.test(message)) {
    return $localize`:@@fieldError.scopeNotApplicable:この役割では指定できません。`;
  }
  if (/^this facility does not exist$/.test(message)) {
    return $localize`:@@fieldError.facilityUnknown:この ID の施設は登録されていません。`;
  }
  if (/must be a facility id$/.test(message)) {
    return FIELD_MESSAGES.facilityIdFormat();
  }
  if (/^(prefecture|specialty) \S+ does not exist$/.test(message)) {
    return $localize`:@@fieldError.scopeUnknown:選択された値は登録されていません。`;
  }
  if (/deadline must be in the future$/.test(message)) {
    return $localize`:@@fieldError.deadlineFuture:期限は今より後の日付にしてください。`;
  }
  if (/deadline must come after the prefectures’ deadline$/.test(message)) {
    return $localize`:@@fieldError.deadlineOrder:学会の確認期限は、都道府県の提出期限より後の日付にしてください。`;
  }
  if ((match = /^a round for (\d{4}) already exists$/.exec(message))) {
    const year = match[1];
    return $localize`:@@fieldError.roundExists:${year}:year:年度の募集はすでに開始されています。`;
  }
  if ((match = /^activate a rule set for (\d{4}) before opening its round$/.exec(message))) {
    const year = match[1];
    return $localize`:@@fieldError.noRuleSet:${year}:year:年度の有効なルールセットがありません。先にルールセットを有効にしてください。`;
  }
  if (/must be a year such as/.test(message)) {
    return $localize`:@@fieldError.year:2027 のような西暦年で入力してください。`;
  }
  if (/^this facility is already on the list for this specialty$/.test(message)) {
    return $localize`:@@fieldError.duplicateCandidate:この施設はこの領域ですでにリストに入っています。`;
  }
  if (/^no such facility in this prefecture$/.test(message)) {
    return $localize`:@@fieldError.facilityNotInPrefecture:この都道府県の施設を選んでください。`;
  }
  if (/minimum/.test(message) && (match = /(\d+) months?/.exec(message))) {
    const months = match[1];
    return $localize`:@@fieldError.minimumRotation:この区分の最低ローテーション期間（${months}:months: か月）を下回っています。`;
  }
  if (/not (a )?published (as a )?host/.test(message)) {
    return $localize`:@@fieldError.notPublishedHost:この施設は、この年度・領域・区分の連携先施設として公表されていません。`;
  }
  if ((match = /must be at least (\d+)$/.exec(message))) {
    return FIELD_MESSAGES.min(match[1] ?? '');
  }
  if ((match = /must be at most (\d+)$/.exec(message))) {
    return FIELD_MESSAGES.max(match[1] ?? '');
  }
  if (/threshold must be > 0$/.test(message)) {
    return $localize`:@@fieldError.thresholdPositive:しきい値は 0 より大きい数にしてください。`;
  }
  if (/threshold must be ≤ 10$/.test(message)) {
    return $localize`:@@fieldError.thresholdMax:しきい値は 10 以下にしてください。`;
  }
  if (/threshold must be a number$/.test(message)) {
    return $localize`:@@fieldError.thresholdNumber:しきい値は数値で入力してください（例: 0.8）。`;
  }
  if (/must be a month such as/.test(message)) {
    return $localize`:@@fieldError.month:2027-04 のような年月で入力してください。`;
  }
  if (/must be a date such as/.test(message)) {
    return $localize`:@@fieldError.date:日付を入力してください。`;
  }
  if (/^nameReading must be written in kana$/.test(message)) {
    return $localize`:@@hostProfiles.serverError.kana:ひらがな・カタカナで入力してください。`;
  }
  if (/must be a whole number$/.test(message)) {
    return $localize`:@@hostProfiles.serverError.wholeNumber:整数で入力してください。`;
  }
  if (/must be yes or no$/.test(message)) {
    return $localize`:@@hostProfiles.serverError.yesNo:「はい」「いいえ」「未回答」から選んでください。`;
  }
  if (/must be an https:\/\/ address$/.test(message)) {
    return $localize`:@@prefectureProfile.serverError.https:https:// で始まるアドレスを入力してください。`;
  }
  if (/should not exist$/.test(message)) {
    return $localize`:@@fieldError.unknownField:この項目は受け付けられません。`;
  }
  return message;
}
