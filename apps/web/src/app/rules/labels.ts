import { DecisionChangeResponse, RuleSetStatus } from '@renkei/contract';
import type { EligibilityStatus } from '@renkei/eligibility';

/** Text for each rule set status (the chip's colour only repeats it). */
export const RULE_SET_STATUS_LABELS: Record<RuleSetStatus, string> = {
  draft: $localize`:@@rules.ruleSetStatus.draft:下書き`,
  active: $localize`:@@rules.ruleSetStatus.active:有効`,
  retired: $localize`:@@rules.ruleSetStatus.retired:廃止`,
};

export const DECISION_STATUS_LABELS: Record<EligibilityStatus, string> = {
  eligible: $localize`:@@rules.decision.eligible:対象`,
  conditional: $localize`:@@rules.decision.conditional:条件付き`,
  ineligible: $localize`:@@rules.decision.ineligible:対象外`,
  undetermined: $localize`:@@rules.decision.undetermined:判定不能`,
};

export const CHANGE_KIND_LABELS: Record<DecisionChangeResponse['kind'], string> = {
  gained: $localize`:@@rules.change.gained:対象になる`,
  lost: $localize`:@@rules.change.lost:対象でなくなる`,
  'became-undetermined': $localize`:@@rules.change.becameUndetermined:判定不能になる`,
  changed: $localize`:@@rules.change.changed:その他の変化`,
};

/** A decision's status on one side of a diff (null: the category does not exist there). */
export function decisionLabel(status: string | null): string {
  return status === null ? $localize`:@@rules.decision.none:（区分なし）` : (DECISION_STATUS_LABELS[status as EligibilityStatus] ?? status);
}
