import { EligibilityCheckResponse } from '@renkei/contract';

export type EligibilityStatus = EligibilityCheckResponse['results'][number]['status'];

/** Text for each status (the chip's colour only repeats it). */
export const STATUS_LABELS: Record<EligibilityStatus, string> = {
  eligible: $localize`:@@eligibility.status.eligible:対象`,
  conditional: $localize`:@@eligibility.status.conditional:条件付き`,
  ineligible: $localize`:@@eligibility.status.ineligible:対象外`,
  undetermined: $localize`:@@eligibility.status.undetermined:判定不能`,
};
