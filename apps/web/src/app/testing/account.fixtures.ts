import { ApiErrorResponse, CurrentUserResponse } from '@renkei/contract';

/** Signed-in people for unit tests (the demo accounts' shapes). */
export const JMSB_USER: CurrentUserResponse = {
  email: 'jmsb@demo.renkei.test',
  displayName: '日本専門医機構 デモ担当',
  language: 'ja',
  roles: [{ role: 'jmsb' }],
};

export const AOMORI_USER: CurrentUserResponse = {
  email: 'aomori@demo.renkei.test',
  displayName: '青森県 医療政策 デモ担当',
  language: 'ja',
  roles: [{ role: 'prefecture', prefectureCode: '02' }],
};

export const SOCIETY_USER: CurrentUserResponse = {
  email: 'pediatrics@demo.renkei.test',
  displayName: '小児科学会 デモ担当',
  language: 'ja',
  roles: [{ role: 'society', specialtyCode: 'pediatrics' }],
};

export function apiError(statusCode: number, code: string, message: string, fieldErrors?: Record<string, string[]>): ApiErrorResponse {
  return { statusCode, code, message, ...(fieldErrors ? { fieldErrors } : {}) };
}

/** `flush` options for an error status. */
export function status(code: number): { status: number; statusText: string } {
  return { status: code, statusText: String(code) };
}
