import type { CategoryRule, RuleSet } from './rule-set.types';

const SEED = 'Seed 004 (令和7年度第2回 医師専門研修部会資料)';

const connection = (label: string, sourceNote: string): CategoryRule => ({
  code: 'connection',
  label,
  nameJa: label === '①' ? '連携プログラム（都道府県限定分を除く）' : '連携プログラム',
  nameEn: label === '①' ? 'Connection program (excluding the prefecture-limited part)' : 'Connection program',
  minRotationMonths: 18,
  rank: 1,
  conditions: [
    {
      id: 'connection.not-under-ceiling',
      kind: 'not-under-ceiling',
      level: 'prefecture',
      nameJa: 'シーリング対象外の都道府県に所在',
      nameEn: 'In a prefecture where the specialty is not under the ceiling',
    },
  ],
  sourceNote,
});

/** 令和8年度 (2026 recruitment, in force): ① ② ③, reading the 2016-or-2018 host lists. */
export const RULE_SET_2026: RuleSet = {
  id: 'recruitment-2026',
  version: 1,
  recruitmentYear: 2026,
  nameJa: '令和8年度専攻医募集',
  nameEn: '2026 recruitment',
  sourceNote: `${SEED} p. 47 (令和8年度 区分①②③); p. 12 (連携先の対象都道府県一覧, 2016年または2018年足下充足率)`,
  datasets: { sufficiency: ['2016-2018'], ceiling: [] },
  categories: [
    connection('①', `${SEED} p. 47: シーリング対象外の都道府県に所在する施設, 1年半以上`),
    {
      code: 'prefecture-limited',
      label: '②',
      nameJa: '連携プログラム（都道府県限定分）',
      nameEn: 'Connection program, prefecture-limited part',
      minRotationMonths: 18,
      rank: 2,
      conditions: [
        {
          id: 'prefecture-limited.sufficiency',
          kind: 'sufficiency-at-most',
          level: 'prefecture',
          nameJa: '足下充足率0.8以下の都道府県に所在',
          nameEn: 'In a prefecture with sufficiency ratio ≤ 0.8',
          threshold: 0.8,
          specialtyThresholds: {},
          sourceNote: `${SEED} p. 47 ②; p. 12 都道府県限定分（足下充足率0.8以下）`,
        },
      ],
      sourceNote: `${SEED} p. 47: 足元充足率0.8以下の都道府県に所在する施設, 1年半以上`,
    },
    {
      code: 'special-regional',
      label: '③',
      nameJa: '特別地域連携プログラム',
      nameEn: 'Special regional connection program',
      minRotationMonths: 12,
      rank: 3,
      conditions: [
        {
          id: 'special-regional.sufficiency',
          kind: 'sufficiency-at-most',
          level: 'prefecture',
          nameJa: '足下充足率0.7（小児科0.8）以下の都道府県に所在',
          nameEn: 'In a prefecture with sufficiency ratio ≤ 0.7 (pediatrics ≤ 0.8)',
          threshold: 0.7,
          specialtyThresholds: { pediatrics: 0.8 },
          sourceNote: `${SEED} p. 12: ※ 2016年足下充足率または2018年足下充足率において0.7（小児科0.8）以下`,
        },
        {
          id: 'special-regional.scarce-location',
          kind: 'in-scarce-area-or-spot',
          level: 'facility',
          nameJa: '医師少数区域等（医師少数区域・医師少数スポット）に所在',
          nameEn: 'In a physician-scarce area or spot',
          includeSpots: true,
          sourceNote: `${SEED} p. 47 ③: 医師少数区域等に所在する施設`,
        },
      ],
      sourceNote: `${SEED} p. 47: 足元充足率0.7以下の都道府県の医師少数区域等に所在する施設, 1年以上`,
    },
  ],
};

/** 令和9年度以降 (2027 recruitment, proposal): ①' and ②' (② and ③ merged), reading the 2022 ratios. */
export const RULE_SET_2027: RuleSet = {
  id: 'recruitment-2027',
  version: 1,
  recruitmentYear: 2027,
  nameJa: '令和9年度専攻医募集（見直し案）',
  nameEn: '2027 recruitment (proposal)',
  sourceNote: `${SEED} pp. 46–47 (令和9年度以降（案）: ①' ②')`,
  datasets: { sufficiency: ['2022'], ceiling: [] },
  categories: [
    connection("①'", `${SEED} p. 47: ①' = ①, 1年半以上`),
    {
      code: 'special-regional',
      label: "②'",
      nameJa: '特別地域連携プログラム',
      nameEn: 'Special regional connection program',
      minRotationMonths: 12,
      rank: 3,
      conditions: [
        {
          id: 'special-regional.sufficiency',
          kind: 'sufficiency-at-most',
          level: 'prefecture',
          nameJa: '足下充足率0.8（小児科0.9）以下の都道府県に所在',
          nameEn: 'In a prefecture with sufficiency ratio ≤ 0.8 (pediatrics ≤ 0.9)',
          threshold: 0.8,
          specialtyThresholds: { pediatrics: 0.9 },
          sourceNote: `${SEED} p. 46: 足下充足率の基準を0.7から0.8（小児科は0.8から0.9）に引き上げる`,
        },
        {
          id: 'special-regional.nominated',
          kind: 'nominated-by-prefecture',
          level: 'facility',
          nameJa: '当該都道府県が候補とした施設',
          nameEn: 'Nominated by the prefecture',
          reasonRequiredOutsideScarceArea: true,
          // p. 46 says 医師少数区域 (not 区域等); editable if spots should count.
          spotsCountAsScarceArea: false,
          priorHostsAreDefaultCandidates: true,
          sourceNote: `${SEED} p. 46: 原則として医師少数区域の施設を中心に選定、都道府県が必要と認める場合はそれ以外も可; 令和8年度までの連携先は引き続き候補に含めることを基本`,
        },
      ],
      sourceNote: `${SEED} p. 47: 足元充足率0.8以下(小児科は0.9以下)の都道府県にあり、当該都道府県が候補とした施設, 1年以上`,
    },
  ],
};

export const DEFAULT_RULE_SETS: readonly RuleSet[] = [RULE_SET_2026, RULE_SET_2027];
