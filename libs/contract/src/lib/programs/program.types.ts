import type { EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import type { EligibilityCategoryResult } from '../eligibility/eligibility.types';

export const CONNECTION_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type ConnectionRequestStatus = (typeof CONNECTION_REQUEST_STATUSES)[number];

export interface ProgramFacility {
  id: string;
  facilityCode: string;
  name: string;
  prefectureCode: string;
}

export interface ConnectionComment {
  authorEmail: string;
  comment: string;
  createdAt: string;
}

/** One host's side of a program: what was asked, and what the host answered. */
export interface ConnectionRequestResponse {
  id: string;
  programId: string;
  host: ProgramFacility;
  placesRequested: number;
  monthsRequested: number;
  status: ConnectionRequestStatus;
  placesAccepted: number | null;
  monthsAccepted: number | null;
  declineReason: string | null;
  respondedAt: string | null;
  comments: ConnectionComment[];
  /** Residents who actually went (recorded after recruitment). */
  rotations: { id: string; residentLabel: string; startedOn: string; endedOn: string | null }[];
  version: number;
}

export interface ProgramResponse {
  id: string;
  base: ProgramFacility;
  roundId: string;
  recruitmentYear: number;
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode;
  places: number;
  /** The engine's decision for each host as stored at registration (rule, dataset, value, exception). */
  decisions: { hostFacilityId: string; result: EligibilityCategoryResult }[];
  requests: ConnectionRequestResponse[];
  contactName: string;
  contactEmail: string | null;
  contactPhone: string;
  /** Residents recruited (null until recorded). */
  recruited: number | null;
  createdAt: string;
  version: number;
}

/** One row of a host's capacity ledger: round × specialty. */
export interface LedgerRow {
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode;
  acceptableNumber: number;
  /** Places asked for by pending requests and taken by accepted ones. */
  placesRequested: number;
  placesAccepted: number;
  remaining: number;
}

/** GET /api/hosts/:facilityId/ledger (the host, its prefecture, the JMSB) */
export interface HostLedgerResponse {
  facilityId: string;
  roundId: string;
  recruitmentYear: number;
  rows: LedgerRow[];
}

/** A published host a base facility could ask, with why it ranks where it does. */
export interface HostRecommendation {
  host: ProgramFacility;
  acceptableNumber: number;
  remaining: number;
  profileCompleteness: number | null;
  samePrefecture: boolean;
  sameBlock: boolean;
  /** Accepted connections between this base and host in earlier rounds. */
  pastConnections: number;
  score: number;
  reasons: { code: string; messageJa: string; messageEn: string }[];
}

export const PROGRAM_ROUTES = {
  programs: 'programs',
} as const;
