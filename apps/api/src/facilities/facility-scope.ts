import { CurrentUserContext } from '../accounts/access/current-user';

/** What a person may see of the registry: everything (JMSB, societies), some prefectures, or some facilities. */
export interface FacilityScope {
  all: boolean;
  prefectureCodes: string[];
  facilityIds: string[];
}

export function facilityScopeOf(user: CurrentUserContext): FacilityScope {
  return {
    all: user.roles.some((role) => role.role === 'jmsb' || role.role === 'society'),
    prefectureCodes: user.roles.flatMap((role) => (role.role === 'prefecture' && role.prefectureCode ? [role.prefectureCode] : [])),
    facilityIds: user.roles.flatMap((role) =>
      (role.role === 'base-facility' || role.role === 'host-facility') && role.facilityId ? [role.facilityId] : [],
    ),
  };
}

/** Who may change a prefecture's facilities: the JMSB, and that prefecture's officers. */
export function mayEditPrefecture(user: CurrentUserContext, prefectureCode: string): boolean {
  return user.roles.some((role) => role.role === 'jmsb' || (role.role === 'prefecture' && role.prefectureCode === prefectureCode));
}
