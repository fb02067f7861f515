import {
  AcceptablePeriod,
  CandidateOrigin,
  CapacityRow,
  CandidateProblem,
  ReviewStatus,
  RoundStatus,
  SubmissionStatus,
  TaskKind,
} from '@renkei/contract';
import { AppLocaleCode } from '../core/locale/app-locales';

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
  collecting: $localize`:@@nominations.roundStatus.collecting:候補の受付中`,
  reviewing: $localize`:@@nominations.roundStatus.reviewing:学会の確認中`,
  published: $localize`:@@nominations.roundStatus.published:公表済み`,
};

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  draft: $localize`:@@nominations.submissionStatus.draft:未提出（下書き）`,
  submitted: $localize`:@@nominations.submissionStatus.submitted:提出済み`,
  returned: $localize`:@@nominations.submissionStatus.returned:差し戻し中`,
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  pending: $localize`:@@nominations.reviewStatus.pending:確認待ち`,
  confirmed: $localize`:@@nominations.reviewStatus.confirmed:確認済み`,
  returned: $localize`:@@nominations.reviewStatus.returned:差し戻し`,
};

export const ORIGIN_LABELS: Record<CandidateOrigin, string> = {
  'previous-host': $localize`:@@nominations.origin.previousHost:前回の連携先（自動入力）`,
  'scarce-area': $localize`:@@nominations.origin.scarceArea:医師少数区域・スポット（自動入力）`,
  added: $localize`:@@nominations.origin.added:追加`,
};

export const TASK_KIND_LABELS: Record<TaskKind, string> = {
  'submit-candidates': $localize`:@@nominations.task.submitCandidates:候補リストを提出する`,
  'fix-returned-candidates': $localize`:@@nominations.task.fixReturned:差し戻された候補を修正して再提出する`,
  'compile-submissions': $localize`:@@nominations.task.compile:提出状況を確認して学会へ送る`,
  'review-candidates': $localize`:@@nominations.task.review:候補を確認する`,
  'publish-hosts': $localize`:@@nominations.task.publish:連携先施設を公表する`,
};

/** Names of the candidate fields a problem may concern (the API's `field`). */
export const CANDIDATE_FIELD_LABELS: Readonly<Record<string, string>> = {
  acceptableNumber: $localize`:@@nominations.field.acceptableNumber:受入可能数（年間）`,
  acceptablePeriods: $localize`:@@nominations.field.acceptablePeriods:受入可能時期`,
  contactName: $localize`:@@nominations.field.contactName:担当者`,
  contactEmail: $localize`:@@nominations.field.contactEmail:担当者のメールアドレス`,
  contactPhone: $localize`:@@nominations.field.contactPhone:担当者の電話番号`,
  reasonOutsideScarce: $localize`:@@nominations.field.reasonOutsideScarce:医師少数区域・スポット外の推薦理由`,
  councilConsultedOn: $localize`:@@nominations.field.councilConsultedOn:地域医療対策協議会への協議日`,
  councilNote: $localize`:@@nominations.field.councilNote:地域医療対策協議会の協議内容`,
  universityConsultedOn: $localize`:@@nominations.field.universityConsultedOn:大学への協議日`,
  universityNote: $localize`:@@nominations.field.universityNote:大学との協議内容`,
  specialtyCode: $localize`:@@nominations.field.specialty:基本領域`,
  facilityId: $localize`:@@nominations.field.facility:施設`,
};

/** A problem in the UI's language, prefixed with the field it concerns: 「受入可能数（年間）: …」. */
export function problemText(problem: CandidateProblem, locale: AppLocaleCode): string {
  const message = locale === 'en' ? problem.messageEn : problem.messageJa;
  const field = problem.field ? CANDIDATE_FIELD_LABELS[problem.field] : undefined;
  return field ? `${field}: ${message}` : message;
}

/** 「2027年4月から12か月」 / "12 months from Apr 2027". */
export function formatPeriod(period: AcceptablePeriod, locale: AppLocaleCode): string {
  const [year, month] = period.startMonth.split('-').map(Number);
  if (!year || !month) {
    return `${period.startMonth} (${period.months})`;
  }
  if (locale === 'en') {
    const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
    return `${period.months} ${period.months === 1 ? 'month' : 'months'} from ${name} ${year}`;
  }
  return `${year}年${month}月から${period.months}か月`;
}

/** Every period of a row, or a dash when none is entered. */
export function formatPeriods(periods: readonly AcceptablePeriod[], locale: AppLocaleCode): string {
  if (periods.length === 0) {
    return '—';
  }
  return periods.map((period) => formatPeriod(period, locale)).join(locale === 'en' ? '; ' : '、');
}

export type CapacityState = 'short' | 'enough' | 'no-target';

/** Whether the submitted capacity covers the places the JMSB expects (the API decides `short`). */
export function capacityState(row: Pick<CapacityRow, 'expectedPlaces' | 'short'>): CapacityState {
  if (row.expectedPlaces === null) {
    return 'no-target';
  }
  return row.short ? 'short' : 'enough';
}

export function capacityLabel(row: Pick<CapacityRow, 'expectedPlaces' | 'offered' | 'short'>): string {
  switch (capacityState(row)) {
    case 'short': {
      const missing = (row.expectedPlaces ?? 0) - row.offered;
      return $localize`:@@nominations.capacity.short:不足（あと ${missing}:missing: 人分）`;
    }
    case 'enough':
      return $localize`:@@nominations.capacity.enough:充足`;
    case 'no-target':
      return $localize`:@@nominations.capacity.noTarget:必要数未入力`;
  }
}

/**
 * A date picked in a form (YYYY-MM-DD) as the end of that day in Japan time, which is what a
 * deadline "on 31 January" means for people in Japan: 2027-01-31T23:59:59+09:00.
 */
export function endOfDayJst(date: string): string {
  return `${date}T23:59:59+09:00`;
}

/** The calendar day in Japan (YYYY-MM-DD) of an instant, for date inputs. */
export function jstDay(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(date.getTime() + 9 * 3600 * 1000).toISOString().slice(0, 10);
}
