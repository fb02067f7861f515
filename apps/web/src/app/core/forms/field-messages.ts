import { PASSWORD_MIN_LENGTH } from '@renkei/contract';

/** Field messages shared by the client checks and the translated API messages. */
export const FIELD_MESSAGES = {
  required: (): string => $localize`:@@fieldError.required:入力してください。`,
  requiredChoice: (): string => $localize`:@@fieldError.requiredChoice:選択してください。`,
  email: (): string => $localize`:@@fieldError.email:メールアドレスの形式で入力してください（例: name@example.jp）。`,
  minLength: (count: number | string): string => $localize`:@@fieldError.minLength:${count}:count: 文字以上で入力してください。`,
  maxLength: (count: number | string): string => $localize`:@@fieldError.maxLength:${count}:count: 文字以内で入力してください。`,
  passwordTooShort: (count: number | string): string =>
    $localize`:@@fieldError.passwordTooShort:パスワードは ${count}:count: 文字以上にしてください。`,
  min: (value: number | string): string => $localize`:@@fieldError.min:${value}:min: 以上の数を入力してください。`,
  max: (value: number | string): string => $localize`:@@fieldError.max:${value}:max: 以下の数を入力してください。`,
  facilityIdFormat: (): string => $localize`:@@fieldError.facilityIdFormat:施設 ID（UUID の形式）を入力してください。`,
} as const;

/** The hint under every "new password" field. */
export function newPasswordHint(): string {
  const min = PASSWORD_MIN_LENGTH;
  return $localize`:@@password.hint:${min}:min: 文字以上。覚えやすい長めのフレーズがおすすめです（記号は必須ではありません）。`;
}
