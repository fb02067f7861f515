import { CurrentUserContext } from '../accounts/access/current-user';
import { NominationsErrorCode, NominationsException } from './nominations.exception';

export function isJmsb(user: CurrentUserContext): boolean {
  return user.roles.some((role) => role.role === 'jmsb');
}

/** The JMSB sees every prefecture's list; a prefectural officer only their own. */
export function mayReadPrefecture(user: CurrentUserContext, prefectureCode: string): boolean {
  return isJmsb(user) || mayEditPrefectureList(user, prefectureCode);
}

/** Only the prefecture's officers fill in and submit its candidate list. */
export function mayEditPrefectureList(user: CurrentUserContext, prefectureCode: string): boolean {
  return user.roles.some((role) => role.role === 'prefecture' && role.prefectureCode === prefectureCode);
}

/** Only the specialty's society confirms or returns its candidates. */
export function mayReviewSpecialty(user: CurrentUserContext, specialtyCode: string): boolean {
  return user.roles.some((role) => role.role === 'society' && role.specialtyCode === specialtyCode);
}

export function outOfScope(message: string): NominationsException {
  return new NominationsException(NominationsErrorCode.OutOfScope, message);
}
