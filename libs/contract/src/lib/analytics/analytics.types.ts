import type { EligibilityStatus } from '@renkei/eligibility';
import type { EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import type { EligibilityDatasetRef, EligibilityReasonResponse, EligibilityRuleSetSummary } from '../eligibility/eligibility.types';
import type { RoundStatus } from '../nominations/nomination.types';
import type { RegionalBlock } from '../reference/reference.types';

/** Paths under /api; each view also downloads as `<view>.csv` and `<view>.xlsx` with the same filters. */
export const ANALYTICS_ROUTES = {
  root: 'analytics',
  funnel: 'funnel',
  capacityDemand: 'capacity-demand',
  concentration: 'concentration',
} as const;

export const ANALYTICS_VIEWS = [ANALYTICS_ROUTES.funnel, ANALYTICS_ROUTES.capacityDemand, ANALYTICS_ROUTES.concentration] as const;
export type AnalyticsView = (typeof ANALYTICS_VIEWS)[number];

/**
 * Where a prefecture × specialty × category's chain stops, in the order of the chain: the first
 * stage that nothing reaches after the last stage something reached.
 */
export const FUNNEL_BREAKS = [
  /** Prefectures nominate for one category only (the special regional program); the others have no nominations to follow. */
  'not-nominated-category',
  /** No host facility is eligible and the data cannot decide for some (a band straddling the threshold, no ceiling row). */
  'eligibility-undetermined',
  'no-eligible-facility',
  'eligible-not-nominated',
  'nominated-not-confirmed',
  'confirmed-not-published',
  'published-no-program',
  /** Places requested, none accepted yet, some requests still wait for the host's answer. */
  'requested-awaiting-answer',
  'requested-declined',
  /** Places accepted, and a program has not reported its recruitment yet. */
  'results-not-reported',
  'accepted-not-recruited',
  'recruited-did-not-go',
] as const;
export type FunnelBreak = (typeof FUNNEL_BREAKS)[number];

export const FUNNEL_OUTCOMES = [...FUNNEL_BREAKS, 'complete'] as const;
export type FunnelOutcome = (typeof FUNNEL_OUTCOMES)[number];

/** The chain's stages. Facilities up to `published`, then residents (places). */
export interface FunnelCounts {
  /** Host facilities the round's rules make eligible (or conditional: eligible once nominated). */
  eligible: number;
  /** Host facilities the data cannot decide. */
  undetermined: number;
  /** Facilities on the prefecture's submitted candidate list. */
  candidates: number;
  /** Of those, confirmed by the specialty's society. */
  confirmed: number;
  /** Published hosts. */
  published: number;
  /** Their acceptable numbers (受入可能数), summed. */
  acceptableNumber: number;
  /** Places programs requested from them (withdrawn requests left out). */
  requested: number;
  accepted: number;
  /** Residents recruited by the programs, shared among their hosts by places accepted. */
  recruited: number;
  /** Residents who actually went (rotation records). */
  rotated: number;
}

/** Every stage at zero: where sums start. */
export const EMPTY_FUNNEL_COUNTS: Readonly<FunnelCounts> = {
  eligible: 0,
  undetermined: 0,
  candidates: 0,
  confirmed: 0,
  published: 0,
  acceptableNumber: 0,
  requested: 0,
  accepted: 0,
  recruited: 0,
  rotated: 0,
};

export interface FunnelCell extends FunnelCounts {
  prefectureCode: string;
  specialtyCode: string;
  categoryCode: EligibilityCategoryCode;
  /** The category's prefecture-level decision (ratios, ceilings) under the round's rule set. */
  prefectureStatus: EligibilityStatus;
  outcome: FunnelOutcome;
  /** When the chain breaks at eligibility: the prefecture-level reasons (rule, dataset, value) that did not pass. */
  reasons: EligibilityReasonResponse[];
}

export interface AnalyticsRound {
  id: string;
  recruitmentYear: number;
  status: RoundStatus;
  publishedAt: string | null;
  ruleSet: EligibilityRuleSetSummary;
  datasets: EligibilityDatasetRef[];
}

/** What every view answers besides its rows: the round it reads and the years that have a round. */
export interface AnalyticsEnvelope {
  round: AnalyticsRound;
  years: number[];
}

export interface FunnelCategory {
  code: EligibilityCategoryCode;
  label: string;
  nameJa: string;
  nameEn: string;
  /** The category prefectures nominate hosts for. */
  nominated: boolean;
}

export interface FunnelResponse extends AnalyticsEnvelope {
  category: EligibilityCategoryCode;
  categories: FunnelCategory[];
  totals: FunnelCounts;
  /** How many cells end at each outcome (every outcome listed, zeros included). */
  outcomes: { outcome: FunnelOutcome; cells: number }[];
  cells: FunnelCell[];
}

export const JAPAN_HALVES = ['east', 'west'] as const;
export type JapanHalf = (typeof JAPAN_HALVES)[number];

/** East Japan: Hokkaido, Tohoku, Kanto and Chubu; West Japan: Kinki, Chugoku, Shikoku and Kyushu (incl. Okinawa). */
export const EAST_JAPAN_BLOCKS: readonly RegionalBlock[] = ['hokkaido', 'tohoku', 'kanto', 'chubu'];

export function japanHalfOf(block: RegionalBlock): JapanHalf {
  return EAST_JAPAN_BLOCKS.includes(block) ? 'east' : 'west';
}

export interface CapacityFigures {
  /** Published hosts' acceptable numbers, summed. */
  acceptableNumber: number;
  requested: number;
  accepted: number;
}

/** One specialty × block of host prefectures. */
export interface CapacityDemandRow extends CapacityFigures {
  specialtyCode: string;
  block: RegionalBlock;
  half: JapanHalf;
  hosts: number;
}

/** One specialty × half of Japan (hosts' side). */
export interface CapacityHalfRow extends CapacityFigures {
  specialtyCode: string;
  half: JapanHalf;
  hosts: number;
}

/** Where requests go: programs' base facilities in one half, hosts in the other (or the same). */
export interface CapacityFlowRow {
  baseHalf: JapanHalf;
  hostHalf: JapanHalf;
  requested: number;
  accepted: number;
}

export interface CapacityDemandResponse extends AnalyticsEnvelope {
  rows: CapacityDemandRow[];
  halves: CapacityHalfRow[];
  flows: CapacityFlowRow[];
}

export const CONCENTRATION_BASES = ['accepted', 'recruited'] as const;
export type ConcentrationBasis = (typeof CONCENTRATION_BASES)[number];

export const DEFAULT_CONCENTRATION_THRESHOLD = 0.5;

export interface ConcentrationHost {
  facilityId: string;
  facilityCode: string;
  name: string;
  accepted: number;
  recruited: number;
}

/** One host prefecture × specialty: how the residents spread over its published hosts (seed 004 p. 4). */
export interface ConcentrationRow {
  prefectureCode: string;
  specialtyCode: string;
  publishedHosts: number;
  /** Hosts that got at least one (on the chosen basis). */
  hostsWithResidents: number;
  /** Residents counted on the chosen basis. */
  total: number;
  topHost: ConcentrationHost | null;
  /** The top host's share of the total (0–1); null when nobody came. */
  topShare: number | null;
  /** Herfindahl–Hirschman index: the sum of the hosts' squared shares (1 = one host takes everyone). */
  herfindahl: number | null;
  /** At least two published hosts, and the index at or above the threshold. */
  flagged: boolean;
  hosts: ConcentrationHost[];
}

export interface ConcentrationResponse extends AnalyticsEnvelope {
  basis: ConcentrationBasis;
  threshold: number;
  rows: ConcentrationRow[];
}
