import type {
  CategoryRule,
  DatasetComparisonRow,
  DatasetSelection,
  EligibilityException,
  EligibilityStatus,
  HostTableRow,
  Reason,
  WhatIfRow,
} from '@renkei/eligibility';
import type { EligibilityCategoryCode } from './eligibility.requests';

export type EligibilityReasonResponse = Reason;

export interface EligibilityRuleSetSummary {
  /** Record id (uuid). */
  id: string;
  /** The rule set's id inside its definition, as reasons cite it (e.g. recruitment-2027). */
  definitionId: string;
  recruitmentYear: number;
  version: number;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
}

export interface EligibilityDatasetRef {
  code: string;
  kind: 'sufficiency' | 'ceiling';
  nameJa: string;
  nameEn: string;
  /** Illustrative data, not JMSB's: never read as real figures. */
  sample: boolean;
}

export interface EligibilityCategoryResult {
  category: EligibilityCategoryCode;
  label: string;
  nameJa: string;
  nameEn: string;
  status: EligibilityStatus;
  minimumRotationMonths: number;
  reasons: EligibilityReasonResponse[];
  exceptionIds: string[];
}

export interface EligibilityCheckResponse {
  year: number;
  specialty: string;
  prefectureCode: string;
  areaCode: string;
  /** The prefecture's designation of the area (医師少数区域). */
  physicianScarceArea: boolean;
  ruleSet: EligibilityRuleSetSummary;
  datasets: EligibilityDatasetRef[];
  results: EligibilityCategoryResult[];
}

export interface EligibilityPrefectureRow {
  prefectureCode: string;
  nameJa: string;
  nameEn: string;
  status: EligibilityStatus;
  reasons: EligibilityReasonResponse[];
}

export interface EligibilityPrefecturesResponse {
  year: number;
  specialty: string;
  category: EligibilityCategoryCode;
  ruleSet: EligibilityRuleSetSummary;
  datasets: EligibilityDatasetRef[];
  prefectures: EligibilityPrefectureRow[];
}

export interface DatasetComparisonResponse {
  from: string;
  to: string;
  datasets: EligibilityDatasetRef[];
  thresholds: number[];
  rows: DatasetComparisonRow[];
}

export interface HostTableResponse {
  year: number;
  ruleSet: EligibilityRuleSetSummary;
  datasets: EligibilityDatasetRef[];
  rows: HostTableRow[];
}

export interface WhatIfResponse {
  year: number;
  ruleSet: EligibilityRuleSetSummary;
  /** Always false: a what-if never writes. */
  saved: false;
  /** The thresholds of the scenario, per category (what was tried). */
  scenarioCategories: CategoryRule[];
  datasets: DatasetSelection;
  rows: WhatIfRow[];
}

export type RuleSetStatus = 'draft' | 'active' | 'retired';

export interface RuleSetResponse extends EligibilityRuleSetSummary {
  status: RuleSetStatus;
  definition: unknown;
  createdAt: string;
  createdBy: string | null;
  activatedAt: string | null;
}

export interface EligibilityExceptionResponse {
  id: string;
  active: boolean;
  sourceNote: string;
  definition: EligibilityException;
  createdAt: string;
  createdBy: string | null;
}

export interface CeilingDatasetResponse {
  code: string;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
  sample: boolean;
  recruitmentYears: number[];
  rowCount: number;
}

/** Paths under /api (shared by the API controller and the web). */
export const ELIGIBILITY_ROUTES = {
  root: 'eligibility',
  check: 'check',
  prefectures: 'prefectures',
  datasetComparison: 'dataset-comparison',
  hostTable: 'host-table',
  whatIf: 'what-if',
  ruleSets: 'rule-sets',
  exceptions: 'exceptions',
  ceilingDatasets: 'ceiling-datasets',
} as const;

/** One decision that moves when a rule set version replaces the active one. */
export interface DecisionChangeResponse {
  /** `prefectureCode|specialtyCode` for prefecture-level rows, `facilityCode|specialtyCode` for facilities. */
  key: string;
  prefectureCode: string;
  specialtyCode: string;
  facilityCode: string | null;
  category: string;
  before: string | null;
  after: string | null;
  kind: 'gained' | 'lost' | 'became-undetermined' | 'changed';
}

export interface DecisionDiffSummary {
  gained: number;
  lost: number;
  becameUndetermined: number;
  changed: number;
  unchanged: number;
  changes: DecisionChangeResponse[];
}

/** What activating a rule set version would move, per prefecture × specialty and per host facility. */
export interface RuleSetDiffResponse {
  from: { id: string; version: number; datasets: string[] } | null;
  to: { id: string; version: number; datasets: string[] };
  prefectures: DecisionDiffSummary;
  facilities: DecisionDiffSummary;
}
