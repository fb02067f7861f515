/** Reference records the caller passes in; the library holds no reference data. */
export interface SpecialtyRecord {
  readonly code: string;
  readonly nameJa: string;
  readonly nameEn: string;
  /** Exempt specialties are never under a recruitment ceiling (editable data, not in the seeds). */
  readonly ceilingExempt: boolean;
}

export interface PrefectureRecord {
  /** JIS code, "01"–"47". */
  readonly code: string;
  readonly nameJa: string;
  readonly nameEn: string;
}
