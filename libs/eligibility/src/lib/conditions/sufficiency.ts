import { lookupSufficiency } from '../dataset-index';
import { makeReason, sampleNote, specialtyNames } from '../messages';
import { compareAtMost, formatRatio, formatThreshold, type Comparison } from '../ratio';
import type { Reason } from '../result.types';
import type { SufficiencyAtMostCondition } from '../rule-set.types';
import type { ConditionEnv, ConditionEvaluation, PrefectureTarget } from './condition-env';

export function thresholdFor(condition: SufficiencyAtMostCondition, specialtyCode: string): number {
  return Object.hasOwn(condition.specialtyThresholds, specialtyCode) ? (condition.specialtyThresholds[specialtyCode] as number) : condition.threshold;
}

const VERDICT: Readonly<Record<Comparison, { code: string; ja: string; en: string }>> = {
  holds: { code: 'SUFFICIENCY_MET', ja: 'を満たす', en: 'meets' },
  fails: {
    code: 'SUFFICIENCY_NOT_MET',
    ja: 'を満たさない',
    en: 'does not meet',
  },
  unknown: {
    code: 'SUFFICIENCY_UNDETERMINED',
    ja: 'を満たすか判定できない',
    en: 'cannot be decided against',
  },
};

interface PerDataset {
  readonly comparison: Comparison;
  readonly reason: Reason;
}

function evaluateOne(
  condition: SufficiencyAtMostCondition,
  env: ConditionEnv,
  target: PrefectureTarget,
  datasetCode: string,
  threshold: number,
): PerDataset {
  const spec = specialtyNames(env.specialties, target.specialtyCode);
  const isOverride = Object.hasOwn(condition.specialtyThresholds, target.specialtyCode);
  const thrJa = `基準 ${formatThreshold(threshold, 'ja')}${isOverride ? `（${spec.ja}の基準）` : ''}`;
  const thrEn = `the threshold ${formatThreshold(threshold, 'en')}${isOverride ? ` (${spec.en} threshold)` : ''}`;
  const scope = env.scope;
  const lookup = lookupSufficiency(env.index, datasetCode, target.prefectureCode, target.specialtyCode);
  if (!lookup.found) {
    const [code, ja, en] =
      lookup.cause === 'dataset-not-loaded'
        ? ['SUFFICIENCY_DATASET_NOT_LOADED', `データセット ${datasetCode} が読み込まれていない`, `dataset ${datasetCode} is not loaded`]
        : lookup.cause === 'specialty-not-covered'
          ? ['SUFFICIENCY_NO_VALUE', `データセット ${datasetCode} は${spec.ja}を対象としない`, `dataset ${datasetCode} does not cover ${spec.en}`]
          : ['SUFFICIENCY_NO_VALUE', `データセット ${datasetCode} に値がない`, `dataset ${datasetCode} has no value`];
    return {
      comparison: 'unknown',
      reason: makeReason(
        scope,
        code,
        `足下充足率の値がない（${ja}）: ${thrJa}を満たすか判定できない`,
        `No current sufficiency ratio (${en}): cannot be decided against ${thrEn}`,
        { datasetCode, threshold },
      ),
    };
  }
  const comparison = compareAtMost(lookup.value, threshold);
  const verdict = VERDICT[comparison];
  const unlisted = lookup.source === 'unlisted';
  const sample = sampleNote(lookup.dataset.sample);
  return {
    comparison,
    reason: makeReason(
      scope,
      verdict.code,
      `足下充足率 ${formatRatio(lookup.value, 'ja')}（データセット ${datasetCode}${unlisted ? '、掲載なし' : ''}${sample.ja}）: ${thrJa}${verdict.ja}`,
      `Current sufficiency ratio ${formatRatio(lookup.value, 'en')} (dataset ${datasetCode}${unlisted ? ', not listed' : ''}${sample.en}): ${verdict.en} ${thrEn}`,
      { datasetCode, threshold, value: formatRatio(lookup.value, 'en') },
    ),
  };
}

/** Holds if it holds in any selected dataset, fails only if it fails in all, else unknown. */
export function evaluateSufficiency(condition: SufficiencyAtMostCondition, env: ConditionEnv, target: PrefectureTarget): ConditionEvaluation {
  const threshold = thresholdFor(condition, target.specialtyCode);
  const codes = env.selection.sufficiency;
  if (codes.length === 0) {
    return {
      outcome: 'unknown',
      reasons: [
        makeReason(
          env.scope,
          'SUFFICIENCY_NO_DATASET_SELECTED',
          '足下充足率のデータセットが選択されていない: 判定できない',
          'No sufficiency dataset is selected: cannot decide',
          { threshold },
        ),
      ],
    };
  }
  const results = codes.map((code) => evaluateOne(condition, env, target, code, threshold));
  const holding = results.filter((r) => r.comparison === 'holds');
  if (holding.length > 0) return { outcome: 'pass', reasons: holding.map((r) => r.reason) };
  const allFail = results.every((r) => r.comparison === 'fails');
  return {
    outcome: allFail ? 'fail' : 'unknown',
    reasons: results.map((r) => r.reason),
  };
}
