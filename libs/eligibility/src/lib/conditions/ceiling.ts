import { lookupCeiling } from '../dataset-index';
import type { CeilingRow } from '../dataset.types';
import { makeReason, sampleNote, specialtyNames } from '../messages';
import type { NotUnderCeilingCondition } from '../rule-set.types';
import type { ConditionEnv, ConditionEvaluation, PrefectureTarget } from './condition-env';

export function evaluateCeiling(_condition: NotUnderCeilingCondition, env: ConditionEnv, target: PrefectureTarget): ConditionEvaluation {
  const year = env.ruleSet.recruitmentYear;
  const spec = specialtyNames(env.specialties, target.specialtyCode);
  const unknown = (code: string, ja: string, en: string, datasetCode?: string): ConditionEvaluation => ({
    outcome: 'unknown',
    reasons: [makeReason(env.scope, code, `${ja}: シーリング対象か判定できない`, `${en}: cannot tell whether a ceiling applies`, { datasetCode })],
  });

  if (env.specialties.get(target.specialtyCode)?.ceilingExempt) {
    return {
      outcome: 'pass',
      reasons: [
        makeReason(env.scope, 'CEILING_EXEMPT_SPECIALTY', `${spec.ja}はシーリングの対象外の領域`, `${spec.en} is exempt from recruitment ceilings`),
      ],
    };
  }
  const codes = env.selection.ceiling;
  if (codes.length === 0)
    return unknown('CEILING_NO_DATASET_SELECTED', 'シーリングのデータセットが選択されていない', 'No ceiling dataset is selected');

  const found: {
    code: string;
    row: CeilingRow;
    sample: boolean | undefined;
  }[] = [];
  let loaded = 0;
  for (const code of codes) {
    const lookup = lookupCeiling(env.index, code, year, target.prefectureCode, target.specialtyCode);
    if (lookup.loaded) loaded += 1;
    if (lookup.row) found.push({ code, row: lookup.row, sample: lookup.dataset?.sample });
  }
  if (loaded === 0) {
    return unknown(
      'CEILING_DATASET_NOT_LOADED',
      `データセット ${codes.join(', ')} が読み込まれていない`,
      `Dataset ${codes.join(', ')} is not loaded`,
    );
  }
  const first = found[0];
  if (!first) {
    return unknown(
      'CEILING_NO_DATA',
      `${year}年度募集の${spec.ja}のシーリングの行がない（データセット ${codes.join(', ')}）`,
      `No ${year} ceiling row for ${spec.en} (dataset ${codes.join(', ')})`,
    );
  }
  if (found.some((f) => f.row.underCeiling !== first.row.underCeiling)) {
    return unknown(
      'CEILING_DATA_CONFLICT',
      `データセット ${found.map((f) => f.code).join(', ')} のシーリングの行が食い違う`,
      `Ceiling rows in datasets ${found.map((f) => f.code).join(', ')} disagree`,
    );
  }
  const sample = sampleNote(first.sample);
  if (!first.row.underCeiling) {
    return {
      outcome: 'pass',
      reasons: [
        makeReason(
          env.scope,
          'NOT_UNDER_CEILING',
          `${year}年度募集で${spec.ja}はシーリング対象外（データセット ${first.code}${sample.ja}）`,
          `${spec.en} is not under the recruitment ceiling in the ${year} recruitment (dataset ${first.code}${sample.en})`,
          { datasetCode: first.code },
        ),
      ],
    };
  }
  const capJa = first.row.cap === null ? '' : `、上限 ${first.row.cap}人`;
  const capEn = first.row.cap === null ? '' : `, cap ${first.row.cap}`;
  return {
    outcome: 'fail',
    reasons: [
      makeReason(
        env.scope,
        'UNDER_CEILING',
        `${year}年度募集で${spec.ja}はシーリング対象（データセット ${first.code}${capJa}${sample.ja}）`,
        `${spec.en} is under the recruitment ceiling in the ${year} recruitment (dataset ${first.code}${capEn}${sample.en})`,
        { datasetCode: first.code },
      ),
    ],
  };
}
