import { EligibilityCategoryResult, EligibilityDatasetRef, EligibilityReasonResponse } from '@renkei/contract';
import type { CategoryDecision } from '@renkei/eligibility';

export function toCategoryResult(decision: CategoryDecision, datasets: EligibilityDatasetRef[]): EligibilityCategoryResult {
  return {
    category: decision.categoryCode,
    label: decision.label,
    nameJa: decision.nameJa,
    nameEn: decision.nameEn,
    status: decision.status,
    minimumRotationMonths: decision.minRotationMonths,
    reasons: withSampleNote(decision.reasons, datasets),
    exceptionIds: [...decision.exceptionIds],
  };
}

/** Adds a SAMPLE_DATA_USED reason whenever a reason cites a sample dataset, so nobody mistakes it for real data. */
export function withSampleNote(reasons: readonly EligibilityReasonResponse[], datasets: EligibilityDatasetRef[]): EligibilityReasonResponse[] {
  const samples = datasets.filter((d) => d.sample && reasons.some((r) => r.datasetCode === d.code));
  return [
    ...reasons,
    ...samples.map((d) => ({
      code: 'SAMPLE_DATA_USED',
      messageJa: `この判定はサンプルデータ「${d.nameJa}」（${d.code}）を使っています。実際のJMSBの数値ではありません。`,
      messageEn: `This decision reads sample data "${d.nameEn}" (${d.code}); the figures are illustrative, not JMSB's.`,
      datasetCode: d.code,
    })),
  ];
}
