import { EligibilityPrefecturesResponse, RuleSetResponse } from '@renkei/contract';
import { JAPAN_TILE_GRID } from '../map/japan-tile-grid';
import { EligibilityStatus } from '../status-labels';

const category = (code: string, label: string, nameJa: string, nameEn: string, conditions: unknown[]) => ({
  code,
  label,
  nameJa,
  nameEn,
  conditions,
});

/** The 2026 and 2027 rule sets as the API lists them (only what the web reads). */
export const RULE_SETS: RuleSetResponse[] = [
  {
    id: 'rs-2026',
    definitionId: 'recruitment-2026',
    recruitmentYear: 2026,
    version: 1,
    nameJa: '2026年度募集',
    nameEn: '2026 recruitment',
    sourceNote: '',
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: null,
    activatedAt: '2026-01-01T00:00:00Z',
    definition: {
      categories: [
        category('connection', '①', '連携プログラム', 'Connection program', [{ kind: 'not-under-ceiling' }]),
        category('prefecture-limited', '②', '都道府県限定分', 'Prefecture-limited part', [
          { kind: 'sufficiency-at-most', threshold: 0.8, specialtyThresholds: {} },
        ]),
        category('special-regional', '③', '特別地域連携プログラム', 'Special regional connection program', [
          { kind: 'sufficiency-at-most', threshold: 0.7, specialtyThresholds: { pediatrics: 0.8 } },
          { kind: 'in-scarce-area-or-spot' },
        ]),
      ],
    },
  },
  {
    id: 'rs-2027',
    definitionId: 'recruitment-2027',
    recruitmentYear: 2027,
    version: 1,
    nameJa: '2027年度募集',
    nameEn: '2027 recruitment',
    sourceNote: '',
    status: 'active',
    createdAt: '2026-01-01T00:00:00Z',
    createdBy: null,
    activatedAt: '2026-01-01T00:00:00Z',
    definition: {
      categories: [
        category('connection', "①'", '連携プログラム', 'Connection program', [{ kind: 'not-under-ceiling' }]),
        category('special-regional', "②'", '特別地域連携プログラム', 'Special regional connection program', [
          { kind: 'sufficiency-at-most', threshold: 0.8, specialtyThresholds: { pediatrics: 0.9 } },
        ]),
      ],
    },
  },
];

/** All 47 prefectures: Aomori conditional, Tokyo ineligible, Okinawa undetermined, Iwate eligible, the rest ineligible. */
export function prefecturesResponse(): EligibilityPrefecturesResponse {
  const statusOf = (code: string): EligibilityStatus =>
    (({ '02': 'conditional', '03': 'eligible', '47': 'undetermined' }) as Record<string, EligibilityStatus>)[code] ?? 'ineligible';
  return {
    year: 2026,
    specialty: 'internal-medicine',
    category: 'special-regional',
    ruleSet: {
      id: 'rs-2026',
      definitionId: 'recruitment-2026',
      recruitmentYear: 2026,
      version: 1,
      nameJa: '2026年度募集',
      nameEn: '2026 recruitment',
      sourceNote: '',
    },
    datasets: [{ code: '2016-2018', kind: 'sufficiency', nameJa: '2016・2018年', nameEn: '2016 and 2018', sample: false }],
    prefectures: [...JAPAN_TILE_GRID]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((cell) => ({
        prefectureCode: cell.code,
        nameJa: cell.code === '02' ? '青森県' : cell.code === '13' ? '東京都' : `県${cell.code}`,
        nameEn: cell.code === '02' ? 'Aomori' : cell.code === '13' ? 'Tokyo' : `Pref ${cell.code}`,
        status: statusOf(cell.code),
        reasons:
          cell.code === '02'
            ? [
                { code: 'CATEGORY_CONDITIONAL', messageJa: '③ 特別地域連携プログラム: 条件付き対象', messageEn: '③: conditional' },
                { code: 'SUFFICIENCY_AT_MOST', messageJa: '内科の足下充足率は 0.7 以下です。', messageEn: 'Internal medicine is at most 0.7.' },
                { code: 'SCARCE_AREA_NEEDED', messageJa: '医師少数区域の施設に限られます。', messageEn: 'Only facilities in a scarce area.' },
              ]
            : [{ code: 'SUFFICIENCY_ABOVE', messageJa: '足下充足率が 0.7 を超えています。', messageEn: 'Above 0.7.' }],
      })),
  };
}
