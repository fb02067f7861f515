export const ROLES = ['jmsb', 'prefecture', 'society', 'base-facility', 'host-facility'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A role held in one scope: national (JMSB), a prefecture, a specialty or a facility. */
export interface RoleAssignmentResponse {
  role: Role;
  prefectureCode?: string;
  specialtyCode?: string;
  facilityId?: string;
}

export interface CurrentUserResponse {
  email: string;
  displayName: string;
  language: Language;
  roles: RoleAssignmentResponse[];
}

/** The cookie Angular's HttpClient reads and the header it echoes on unsafe requests. */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
export const SESSION_COOKIE = 'renkei_session';

export const PASSWORD_MIN_LENGTH = 8;
/** Long passphrases are welcome; the cap only bounds hashing work. */
export const PASSWORD_MAX_LENGTH = 256;
