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
  /** The facility's name, for labels like 「西北五さくら病院 担当者」. */
  facilityName?: string;
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

export type AccountTokenState = 'valid' | 'expired' | 'used';

export interface InvitationStatusResponse {
  state: AccountTokenState;
  email?: string;
  displayName?: string;
}

export interface UserSummaryResponse {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  active: boolean;
  invitationPending: boolean;
  roles: (RoleAssignmentResponse & { id: string })[];
  createdAt: string;
}

export interface AuditEntryResponse {
  id: string;
  occurredAt: string;
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  prefectureCode: string | null;
  specialtyCode: string | null;
  facilityId: string | null;
}

export interface PageResponse<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
