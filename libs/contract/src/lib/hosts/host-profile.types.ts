import type { EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import type { EligibilityCategoryResult } from '../eligibility/eligibility.types';
import type { AcceptablePeriod } from '../nominations/nomination.requests';
import type { RegionalBlock } from '../reference/reference.types';
import type { HostProfileContent } from './host-profile.requests';
import type { PrefectureProfileContent } from './prefecture-profile.requests';

/** draft (host edits) → submitted (prefecture reviews) → approved (public) or returned (host edits again). */
export const HOST_PROFILE_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type HostProfileStatus = (typeof HOST_PROFILE_STATUSES)[number];

export interface ProfileCompleteness {
  /** Share of the items filled in, 0–100. */
  percent: number;
  /** Paths of the items still empty, e.g. `training.supervisingDoctors`. */
  missing: string[];
}

/**
 * The acceptable number and periods of one specialty in the current round, as the candidate list
 * (before publication) or the published host list (after) holds them.
 */
export interface HostPlaceResponse {
  roundId: string;
  recruitmentYear: number;
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode | null;
  acceptableNumber: number | null;
  acceptablePeriods: AcceptablePeriod[];
  /** `candidate`: a row of the prefecture's list; `published`: a published host. */
  stage: 'candidate' | 'published';
  /** Whether the profile's editor may change it now (a candidate list under review is frozen). */
  editable: boolean;
  /** For PUT …/places/:specialtyCode. */
  version: number;
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
  /**
   * Acceptable number and periods per specialty: the published round residents see now, then the
   * newer round being collected (empty when the facility is in none).
   */
  places: HostPlaceResponse[];
  version: number;
}

/** One row of GET /api/host-profiles (the prefecture's review queue). */
export interface HostProfileSummary {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  prefectureCode: string;
  status: HostProfileStatus;
  completeness: number;
  updatedAt: string | null;
  version: number;
}

/** POST /api/host-profiles/:facilityId/photos (multipart `file`): the stored photo, to place in the draft's `photos`. */
export interface HostPhotoResponse {
  id: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  byteSize: number;
  width: number | null;
  height: number | null;
}

/** Photo limits: images only (checked by their content, not their name), at most 2 MB each. */
export const HOST_PHOTO_MAX_BYTES = 2 * 1024 * 1024;
export const HOST_PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The round a public host page or search is about: the most recently published one. */
export interface DirectoryRound {
  id: string;
  recruitmentYear: number;
  publishedAt: string;
}

/** One specialty a published host takes, with its category. */
export interface DirectoryPlace {
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode;
  categoryNameJa: string;
  categoryNameEn: string;
  acceptableNumber: number;
  acceptablePeriods: AcceptablePeriod[];
}

/** On the host page each place also explains its eligibility (rule, dataset, value, exception). */
export interface DirectoryPlaceDetail extends DirectoryPlace {
  eligibility: EligibilityCategoryResult | null;
}

/** The living conditions residents filter by, from the approved profile (null: not answered). */
export interface DirectoryLivingFlags {
  dormitory: boolean | null;
  /** A housing allowance above zero, or a dormitory. */
  housingSupport: boolean | null;
  carNotNeeded: boolean | null;
  childcareNearby: boolean | null;
}

/** One host in the search results. */
export interface HostSummary {
  facilityId: string;
  facilityCode: string;
  name: string;
  nameReading: string | null;
  prefectureCode: string;
  block: RegionalBlock;
  municipality: string;
  bedCount: number | null;
  physicianScarceArea: boolean;
  physicianScarceSpot: boolean;
  sample: boolean;
  places: DirectoryPlace[];
  living: DirectoryLivingFlags;
  /** Completeness of the approved profile (null when none is approved yet). */
  profileCompleteness: number | null;
  /** The first approved photo, for a thumbnail. */
  photoId: string | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

/**
 * Counts per value of each filter, under all the other filters (so a visitor sees what choosing a
 * value would give). `prefecture` also feeds the map.
 */
export interface HostSearchFacets {
  specialty: FacetCount[];
  category: FacetCount[];
  prefecture: FacetCount[];
  block: FacetCount[];
  physicianScarce: number;
  dormitory: number;
  housingSupport: number;
  carNotNeeded: number;
  childcare: number;
}

/** GET /api/hosts (public) */
export interface HostSearchResponse {
  /** Null before any round is published (then `hosts` is empty). */
  round: DirectoryRound | null;
  total: number;
  page: number;
  pageSize: number;
  hosts: HostSummary[];
  facets: HostSearchFacets;
}

/** GET /api/hosts/:facilityId (public): everything a resident sees on a host page. */
export interface PublicHostResponse {
  facilityId: string;
  facilityCode: string;
  name: string;
  prefectureCode: string;
  block: RegionalBlock;
  secondaryMedicalAreaCode: string;
  municipality: string;
  address: string;
  bedCount: number | null;
  physicianScarceArea: boolean;
  physicianScarceSpot: boolean;
  sample: boolean;
  round: DirectoryRound;
  places: DirectoryPlaceDetail[];
  /** The approved profile (null until the prefecture approves one). */
  profile: HostProfileContent | null;
  profileCompleteness: number | null;
  profilePublishedAt: string | null;
  /** The prefecture's common information, shown on every host page in it. */
  prefectureProfile: PrefectureProfileContent | null;
}

export const HOST_ROUTES = {
  profiles: 'host-profiles',
  hosts: 'hosts',
  photos: 'host-photos',
  prefectureProfiles: 'prefecture-profiles',
  alerts: 'host-alerts',
} as const;
