import type { HostProfileContent } from './host-profile.requests';

/** draft (host edits) → submitted (prefecture reviews) → approved (public) or returned (host edits again). */
export const HOST_PROFILE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type HostProfileStatus = (typeof HOST_PROFILE_STATUSES)[number];

export interface ProfileCompleteness {
  /** Share of the items filled in, 0–100. */
  percent: number;
  /** Paths of the items still empty, e.g. `training.supervisingDoctors`. */
  missing: string[];
}

export interface HostProfileResponse {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  prefectureCode: string;
  status: HostProfileStatus;
  draft: HostProfileContent;
  completeness: ProfileCompleteness;
  /** What the public sees: the last approved version (null until one is approved). */
  published: HostProfileContent | null;
  publishedAt: string | null;
  reviewComment: string | null;
  version: number;
}

/** GET /api/hosts/:facilityId (public): the approved profile of a host facility. */
export interface PublicHostResponse {
  facilityId: string;
  facilityCode: string;
  name: string;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  address: string;
  bedCount: number | null;
  sample: boolean;
  profile: HostProfileContent;
  publishedAt: string;
}

export const HOST_ROUTES = {
  profiles: 'host-profiles',
  hosts: 'hosts',
} as const;
