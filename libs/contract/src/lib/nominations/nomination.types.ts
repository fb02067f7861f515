import type { EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import type { EligibilityCategoryResult, EligibilityRuleSetSummary } from '../eligibility/eligibility.types';
import type { AcceptablePeriod } from './nomination.requests';

/** collecting: prefectures submit · reviewing: societies confirm · published: the host list is public. */
export const ROUND_STATUSES = ['collecting', 'reviewing', 'published'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** A prefecture's candidate list: draft (editable) → submitted; the JMSB may return it (editable again). */
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'returned'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** A candidate as the society sees it: pending → confirmed, or returned (the prefecture fixes and resubmits it). */
export const REVIEW_STATUSES = ['pending', 'confirmed', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Where a draft row came from: last round's hosts and facilities in scarce areas are pre-filled. */
export const CANDIDATE_ORIGINS = ['previous-host', 'scarce-area', 'added'] as const;
export type CandidateOrigin = (typeof CANDIDATE_ORIGINS)[number];

export interface ExpectedPlaces {
  specialtyCode: string;
  places: number;
}

export interface RoundResponse {
  id: string;
  recruitmentYear: number;
  status: RoundStatus;
  ruleSet: EligibilityRuleSetSummary;
  prefectureDeadline: string;
  societyDeadline: string;
  message: string;
  openedAt: string;
  sentToSocietiesAt: string | null;
  publishedAt: string | null;
  expectedPlaces: ExpectedPlaces[];
  version: number;
}

export interface CandidateFacility {
  id: string;
  facilityCode: string;
  name: string;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  municipality: string;
  address: string;
  bedCount: number | null;
  physicianScarceArea: boolean;
  physicianScarceSpot: boolean;
  sample: boolean;
}

/** The live eligibility of a row, and whether it may be submitted as it stands. */
export interface CandidateEligibility {
  results: EligibilityCategoryResult[];
  /** The category the row would be published under: the special regional program, when eligible (else empty). */
  eligibleCategories: EligibilityCategoryCode[];
  /** Empty when the row may be submitted; otherwise what is missing (code + ja/en message). */
  problems: CandidateProblem[];
}

export interface CandidateProblem {
  code: string;
  field: string | null;
  messageJa: string;
  messageEn: string;
}

export interface CandidateResponse {
  id: string;
  roundId: string;
  prefectureCode: string;
  specialtyCode: string;
  facility: CandidateFacility;
  origin: CandidateOrigin;
  previousHost: boolean;
  acceptableNumber: number | null;
  acceptablePeriods: AcceptablePeriod[];
  contactName: string;
  contactEmail: string | null;
  contactPhone: string;
  reasonOutsideScarce: string;
  councilConsultedOn: string | null;
  councilNote: string;
  universityConsultedOn: string | null;
  universityNote: string;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  reviewedAt: string | null;
  eligibility: CandidateEligibility;
  version: number;
}

export interface SubmissionResponse {
  id: string;
  roundId: string;
  prefectureCode: string;
  status: SubmissionStatus;
  submittedAt: string | null;
  returnComment: string | null;
  /** Whether the prefecture can still change it: before the deadline, or after the JMSB returned it. */
  editable: boolean;
  candidates: CandidateResponse[];
  version: number;
}

export interface SubmissionOverview {
  prefectureCode: string;
  status: SubmissionStatus;
  submittedAt: string | null;
  candidateCount: number;
  acceptableTotal: number;
  /** The list's version, for returning it to the prefecture. */
  version: number;
}

export interface CapacityRow {
  specialtyCode: string;
  expectedPlaces: number | null;
  /** Sum of acceptable numbers in submitted lists. */
  offered: number;
  /** Expected places are entered and the submitted capacity is below them. */
  short: boolean;
  byPrefecture: { prefectureCode: string; offered: number }[];
}

/** GET /api/rounds/:id/compilation (JMSB) */
export interface CompilationResponse {
  round: RoundResponse;
  submissions: SubmissionOverview[];
  capacity: CapacityRow[];
}

/** GET /api/rounds/:id/review/:specialtyCode (society) */
export interface ReviewListResponse {
  round: RoundResponse;
  specialtyCode: string;
  candidates: CandidateResponse[];
}

/** One row of the published host list (seed p. 40 columns, plus capacity and periods). */
export interface PublishedHostRow {
  facilityCode: string;
  categoryCode: EligibilityCategoryCode;
  /** 連携区分名 */
  categoryNameJa: string;
  categoryNameEn: string;
  specialtyCode: string;
  specialtyNameJa: string;
  specialtyNameEn: string;
  prefectureCode: string;
  prefectureNameJa: string;
  prefectureNameEn: string;
  address: string;
  facilityName: string;
  acceptableNumber: number;
  acceptablePeriods: AcceptablePeriod[];
  sample: boolean;
}

export interface PublishedHostsResponse {
  roundId: string;
  recruitmentYear: number;
  publishedAt: string;
  hosts: PublishedHostRow[];
}

export const TASK_KINDS = ['submit-candidates', 'fix-returned-candidates', 'compile-submissions', 'review-candidates', 'publish-hosts'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Something waiting for the signed-in person, derived from the workflow's state. */
export interface TaskResponse {
  kind: TaskKind;
  roundId: string;
  recruitmentYear: number;
  prefectureCode: string | null;
  specialtyCode: string | null;
  /** How many rows wait (returned candidates, candidates to review …). */
  count: number;
  dueAt: string | null;
  /** Path in the web app where the task is done. */
  path: string;
}

export interface TasksResponse {
  total: number;
  tasks: TaskResponse[];
}

/** Paths under /api (shared by the API controllers and the web). */
export const NOMINATION_ROUTES = {
  rounds: 'rounds',
  tasks: 'tasks',
} as const;
