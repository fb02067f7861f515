import type { RatioValue } from './ratio';

interface DatasetBase {
  readonly code: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly sourceNote: string;
  /** Demo data must be labelled; reasons mention it. */
  readonly sample?: boolean;
}

export interface SufficiencyRow {
  readonly prefectureCode: string;
  readonly specialtyCode: string;
  readonly value: RatioValue;
}

/** Current sufficiency ratios (足下充足率) per prefecture × specialty. */
export interface SufficiencyDataset extends DatasetBase {
  readonly kind: 'sufficiency';
  /** Specialties the dataset covers; any other specialty has no value. */
  readonly specialtyCodes: readonly string[];
  /** What a covered specialty's unlisted prefecture means (null: no value). */
  readonly unlistedValue: RatioValue | null;
  readonly rows: readonly SufficiencyRow[];
}

export interface CeilingRow {
  readonly recruitmentYear: number;
  readonly prefectureCode: string;
  readonly specialtyCode: string;
  readonly underCeiling: boolean;
  readonly cap: number | null;
}

/** Recruitment ceilings (シーリング) per recruitment year × prefecture × specialty. */
export interface CeilingDataset extends DatasetBase {
  readonly kind: 'ceiling';
  readonly rows: readonly CeilingRow[];
}

export type Dataset = SufficiencyDataset | CeilingDataset;
