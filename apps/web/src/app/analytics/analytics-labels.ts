import { ConcentrationBasis, FunnelCounts, FunnelOutcome, JapanHalf } from '@renkei/contract';

/** Where a chain stops, in words (the table says it; colour never does alone). */
export const FUNNEL_OUTCOME_LABELS: Readonly<Record<FunnelOutcome, string>> = {
  'not-nominated-category': $localize`:@@analytics.outcome.notNominatedCategory:推薦の対象でない区分`,
  'eligibility-undetermined': $localize`:@@analytics.outcome.eligibilityUndetermined:判定不能`,
  'no-eligible-facility': $localize`:@@analytics.outcome.noEligibleFacility:対象となる施設がない`,
  'eligible-not-nominated': $localize`:@@analytics.outcome.eligibleNotNominated:対象だが推薦なし`,
  'nominated-not-confirmed': $localize`:@@analytics.outcome.nominatedNotConfirmed:推薦済み・学会未確認`,
  'confirmed-not-published': $localize`:@@analytics.outcome.confirmedNotPublished:学会確認済み・未公表`,
  'published-no-program': $localize`:@@analytics.outcome.publishedNoProgram:公表済み・プログラムなし`,
  'requested-awaiting-answer': $localize`:@@analytics.outcome.requestedAwaitingAnswer:依頼済み・回答待ち`,
  'requested-declined': $localize`:@@analytics.outcome.requestedDeclined:依頼したが辞退`,
  'results-not-reported': $localize`:@@analytics.outcome.resultsNotReported:受入済み・採用結果未報告`,
  'accepted-not-recruited': $localize`:@@analytics.outcome.acceptedNotRecruited:受入済みだが採用なし`,
  'recruited-did-not-go': $localize`:@@analytics.outcome.recruitedDidNotGo:採用したが研修実績なし`,
  complete: $localize`:@@analytics.outcome.complete:実績まで到達`,
};

/** The chain's stages as the funnel table shows them: facilities up to `published`, then residents. */
export const FUNNEL_STAGES = [
  'eligible',
  'candidates',
  'confirmed',
  'published',
  'requested',
  'accepted',
  'recruited',
  'rotated',
] as const satisfies readonly (keyof FunnelCounts)[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const FACILITY_STAGES: readonly FunnelStage[] = ['eligible', 'candidates', 'confirmed', 'published'];

export function isFacilityStage(stage: FunnelStage): boolean {
  return FACILITY_STAGES.includes(stage);
}

export const FUNNEL_STAGE_LABELS: Readonly<Record<FunnelStage, string>> = {
  eligible: $localize`:@@analytics.stage.eligible:対象施設`,
  candidates: $localize`:@@analytics.stage.candidates:推薦`,
  confirmed: $localize`:@@analytics.stage.confirmed:学会確認`,
  published: $localize`:@@analytics.stage.published:公表`,
  requested: $localize`:@@analytics.stage.requested:依頼`,
  accepted: $localize`:@@analytics.stage.accepted:受入`,
  recruited: $localize`:@@analytics.stage.recruited:採用`,
  rotated: $localize`:@@analytics.stage.rotated:研修実績`,
};

export const UNIT_LABELS = {
  facilities: $localize`:@@analytics.unit.facilities:施設数`,
  residents: $localize`:@@analytics.unit.residents:人数（枠）`,
} as const;

export const BASIS_LABELS: Readonly<Record<ConcentrationBasis, string>> = {
  accepted: $localize`:@@analytics.basis.accepted:受入数`,
  recruited: $localize`:@@analytics.basis.recruited:採用数`,
};

export const HALF_LABELS: Readonly<Record<JapanHalf, string>> = {
  east: $localize`:@@analytics.half.east:東日本`,
  west: $localize`:@@analytics.half.west:西日本`,
};
