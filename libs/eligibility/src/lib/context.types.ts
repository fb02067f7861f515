import type { CategoryCode } from './rule-set.types';

export type NominationStatus = 'nominated' | 'pending' | 'declined';

export interface Nomination {
  readonly status: NominationStatus;
  /** Recorded reason, required when the facility is outside a scarce area. */
  readonly reason?: string | null;
}

/** A (candidate) host facility × specialty to evaluate. */
export interface FacilityContext {
  /** Caller's key, used by batch evaluation and diffs. */
  readonly key?: string;
  readonly facilityCode?: string | null;
  readonly specialtyCode: string;
  readonly prefectureCode: string;
  readonly secondaryAreaCode?: string | null;
  /** The prefecture's designation; null when unknown. */
  readonly scarceArea: boolean | null;
  readonly scarceSpot: boolean | null;
  /** Missing: not nominated yet. */
  readonly nomination?: Nomination | null;
  /** Host up to the previous recruitment year. */
  readonly previousHost?: boolean;
  readonly previousHostCategories?: readonly CategoryCode[];
  /** Exceptions the JMSB granted to this facility explicitly. */
  readonly grantedExceptionIds?: readonly string[];
}
