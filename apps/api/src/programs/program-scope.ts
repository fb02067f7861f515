import { CurrentUserContext } from '../accounts/access/current-user';

/** What a person may see of programs: all (JMSB), or those touching their facilities or prefectures. */
export interface ProgramScope {
  all: boolean;
  baseFacilityIds: string[];
  hostFacilityIds: string[];
  prefectureCodes: string[];
}

export function programScopeOf(user: CurrentUserContext): ProgramScope {
  const ids = (role: 'base-facility' | 'host-facility') =>
    user.roles.flatMap((assignment) => (assignment.role === role && assignment.facilityId ? [assignment.facilityId] : []));
  return {
    all: user.roles.some((assignment) => assignment.role === 'jmsb'),
    baseFacilityIds: ids('base-facility'),
    hostFacilityIds: ids('host-facility'),
    prefectureCodes: user.roles.flatMap((assignment) =>
      assignment.role === 'prefecture' && assignment.prefectureCode ? [assignment.prefectureCode] : [],
    ),
  };
}

export function isBaseUser(user: CurrentUserContext, facilityId: string): boolean {
  return user.roles.some((assignment) => assignment.role === 'base-facility' && assignment.facilityId === facilityId);
}

export function isHostUser(user: CurrentUserContext, facilityId: string): boolean {
  return user.roles.some((assignment) => assignment.role === 'host-facility' && assignment.facilityId === facilityId);
}

export function isPrefectureOfficer(user: CurrentUserContext, prefectureCode: string): boolean {
  return user.roles.some((assignment) => assignment.role === 'prefecture' && assignment.prefectureCode === prefectureCode);
}

export function isJmsb(user: CurrentUserContext): boolean {
  return user.roles.some((assignment) => assignment.role === 'jmsb');
}
