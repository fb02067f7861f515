/** Regional blocks used to group prefectures, in the conventional north-to-south order. */
export const REGIONAL_BLOCKS = ['hokkaido', 'tohoku', 'kanto', 'chubu', 'kinki', 'chugoku', 'shikoku', 'kyushu'] as const;
export type RegionalBlock = (typeof REGIONAL_BLOCKS)[number];

/**
 * Tercile class of the physician distribution index (医師偏在指標):
 * `many` = upper third (医師多数), `few` = lower third (医師少数).
 */
export const INDEX_CLASSES = ['many', 'middle', 'few'] as const;
export type IndexClass = (typeof INDEX_CLASSES)[number];

export interface PrefectureResponse {
  /** JIS code, two digits ("01"–"47"). */
  code: string;
  nameJa: string;
  nameEn: string;
  block: RegionalBlock;
  physicianDistributionIndex: number;
  indexClass: IndexClass;
}

export interface SecondaryMedicalAreaResponse {
  /** Four digits; the first two are the prefecture code. */
  code: string;
  nameJa: string;
  physicianDistributionIndex: number;
  /** Default class from the index; the prefecture's designation is `physicianScarce`. */
  indexClass: IndexClass;
  /** Whether the prefecture designates this area physician-scarce (医師少数区域). */
  physicianScarce: boolean;
  /** Who decided: the index default or the prefecture (with its reason); `version` for editing. */
  designation: {
    source: 'index-default' | 'prefecture';
    reason: string | null;
    version: number;
  };
}

export interface PrefectureDetailResponse extends PrefectureResponse {
  secondaryMedicalAreas: SecondaryMedicalAreaResponse[];
}

export interface SpecialtyResponse {
  /** Stable slug, e.g. `internal-medicine`. */
  code: string;
  nameJa: string;
  nameEn: string;
  /** Exempt from recruitment ceilings (editable data, not in the seeds). */
  ceilingExempt: boolean;
}

/**
 * A current sufficiency ratio (足下充足率) as the dataset knows it: an exact value, or a band
 * `(lowerBound, upperBound]` where either bound may be open. Never an invented exact value.
 */
export interface SufficiencyRatio {
  exact: number | null;
  /** Exclusive lower bound; null when unbounded below. */
  lowerBound: number | null;
  /** Inclusive upper bound; null when unbounded above. */
  upperBound: number | null;
}

export interface SufficiencyDatasetSummaryResponse {
  code: string;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
  /** Specialties the dataset covers; a covered specialty with no row for a prefecture is `unlistedRatio`. */
  specialtyCodes: string[];
  /** What the dataset says about a covered prefecture × specialty it does not list. */
  unlistedRatio: SufficiencyRatio;
  bandCount: number;
}

export interface SufficiencyBandResponse extends SufficiencyRatio {
  specialtyCode: string;
}

export interface PrefectureSufficiencyResponse {
  prefectureCode: string;
  prefectureNameJa: string;
  prefectureNameEn: string;
  /** Rows the dataset lists for this prefecture (filtered by specialty when asked). */
  bands: SufficiencyBandResponse[];
}

export interface SufficiencyDatasetResponse extends SufficiencyDatasetSummaryResponse {
  /** All 47 prefectures, in code order. */
  prefectures: PrefectureSufficiencyResponse[];
}
