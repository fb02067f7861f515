import { Provider } from '@angular/core';
import {
  AnalyticsRound,
  CapacityDemandResponse,
  ConcentrationHost,
  ConcentrationResponse,
  ConcentrationRow,
  EMPTY_FUNNEL_COUNTS,
  FUNNEL_OUTCOMES,
  FunnelCell,
  FunnelCounts,
  FunnelOutcome,
  FunnelResponse,
} from '@renkei/contract';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { AnalyticsChartOption } from '../charts/chart-option';

/** Analytics responses shaped as the API sends them (2027 round, sample datasets). */
export const ROUND: AnalyticsRound = {
  id: 'a1000000-0000-4000-8000-000000000027',
  recruitmentYear: 2027,
  status: 'published',
  publishedAt: '2027-02-01T00:00:00.000Z',
  ruleSet: {
    id: 'a2d9e3f0-1111-4c3b-8d1e-222233334444',
    definitionId: 'recruitment-2027',
    recruitmentYear: 2027,
    version: 2,
    nameJa: '2027年度ルール',
    nameEn: '2027 rules',
    sourceNote: '',
  },
  datasets: [
    { code: '2022', kind: 'sufficiency', nameJa: '足下充足率 2022年', nameEn: 'Current sufficiency ratios, 2022', sample: false },
    { code: 'sample-ceilings-2027', kind: 'ceiling', nameJa: 'シーリング 2027（サンプル）', nameEn: 'Ceilings 2027 (sample)', sample: true },
  ],
};

export function funnelCell(overrides: Partial<FunnelCell> = {}): FunnelCell {
  return {
    prefectureCode: '02',
    specialtyCode: 'internal-medicine',
    categoryCode: 'special-regional',
    prefectureStatus: 'eligible',
    ...EMPTY_FUNNEL_COUNTS,
    outcome: 'no-eligible-facility',
    reasons: [],
    ...overrides,
  };
}

/** Aomori internal medicine all the way through; Aomori pediatrics breaks at eligibility; Chiba internal medicine waits for societies. */
export const COMPLETE_CELL = funnelCell({
  eligible: 3,
  candidates: 2,
  confirmed: 2,
  published: 2,
  acceptableNumber: 4,
  requested: 3,
  accepted: 2,
  recruited: 2,
  rotated: 1,
  outcome: 'complete',
});
export const BROKEN_CELL = funnelCell({
  specialtyCode: 'pediatrics',
  prefectureStatus: 'ineligible',
  outcome: 'no-eligible-facility',
  reasons: [
    {
      code: 'SUFFICIENCY_ABOVE_THRESHOLD',
      messageJa: '足下充足率が 0.8 を超えています',
      messageEn: 'The current sufficiency ratio is above 0.8',
    },
  ],
});
export const WAITING_CELL = funnelCell({ prefectureCode: '12', eligible: 4, candidates: 1, outcome: 'nominated-not-confirmed' });

export function funnelResponse(
  cells: FunnelCell[] = [COMPLETE_CELL, BROKEN_CELL, WAITING_CELL],
  overrides: Partial<FunnelResponse> = {},
): FunnelResponse {
  const count = (outcome: FunnelOutcome) => cells.filter((cell) => cell.outcome === outcome).length;
  const totals: FunnelCounts = { ...EMPTY_FUNNEL_COUNTS };
  for (const key of Object.keys(totals) as (keyof FunnelCounts)[]) {
    totals[key] = cells.reduce((sum, cell) => sum + cell[key], 0);
  }
  return {
    round: ROUND,
    years: [2027, 2026],
    category: 'special-regional',
    categories: [
      { code: 'connection', label: "①'", nameJa: '連携プログラム', nameEn: 'Connection program', nominated: false },
      { code: 'special-regional', label: "②'", nameJa: '特別地域連携プログラム', nameEn: 'Special regional connection program', nominated: true },
    ],
    totals,
    outcomes: FUNNEL_OUTCOMES.map((outcome) => ({ outcome, cells: count(outcome) })),
    cells,
    ...overrides,
  };
}

export const CAPACITY: CapacityDemandResponse = {
  round: ROUND,
  years: [2027],
  rows: [
    { specialtyCode: 'internal-medicine', block: 'tohoku', half: 'east', hosts: 2, acceptableNumber: 4, requested: 3, accepted: 2 },
    { specialtyCode: 'internal-medicine', block: 'kyushu', half: 'west', hosts: 1, acceptableNumber: 1, requested: 0, accepted: 0 },
    { specialtyCode: 'pediatrics', block: 'tohoku', half: 'east', hosts: 1, acceptableNumber: 2, requested: 2, accepted: 1 },
    { specialtyCode: 'pediatrics', block: 'kyushu', half: 'west', hosts: 0, acceptableNumber: 0, requested: 0, accepted: 0 },
  ],
  halves: [
    { specialtyCode: 'internal-medicine', half: 'east', hosts: 2, acceptableNumber: 4, requested: 3, accepted: 2 },
    { specialtyCode: 'internal-medicine', half: 'west', hosts: 1, acceptableNumber: 1, requested: 0, accepted: 0 },
    { specialtyCode: 'pediatrics', half: 'east', hosts: 1, acceptableNumber: 2, requested: 2, accepted: 1 },
    { specialtyCode: 'pediatrics', half: 'west', hosts: 0, acceptableNumber: 0, requested: 0, accepted: 0 },
  ],
  flows: [
    { baseHalf: 'east', hostHalf: 'east', requested: 4, accepted: 2 },
    { baseHalf: 'east', hostHalf: 'west', requested: 0, accepted: 0 },
    { baseHalf: 'west', hostHalf: 'east', requested: 1, accepted: 1 },
    { baseHalf: 'west', hostHalf: 'west', requested: 0, accepted: 0 },
  ],
};

function host(code: string, name: string, accepted: number): ConcentrationHost {
  return { facilityId: `f0000000-0000-4000-8000-0000000000${code}`, facilityCode: `DEMO-H-${code}`, name, accepted, recruited: accepted };
}

/** Aomori internal medicine: one hospital takes 3 of 4 (index 0.625, flagged); Chiba: nobody came yet. */
export const CONCENTRATED: ConcentrationRow = {
  prefectureCode: '02',
  specialtyCode: 'internal-medicine',
  publishedHosts: 2,
  hostsWithResidents: 2,
  total: 4,
  topHost: host('21', '西北五さくら病院（デモ）', 3),
  topShare: 0.75,
  herfindahl: 0.625,
  flagged: true,
  hosts: [host('21', '西北五さくら病院（デモ）', 3), host('22', '八戸みなと病院（デモ）', 1)],
};
export const NOBODY_YET: ConcentrationRow = {
  prefectureCode: '12',
  specialtyCode: 'internal-medicine',
  publishedHosts: 1,
  hostsWithResidents: 0,
  total: 0,
  topHost: null,
  topShare: null,
  herfindahl: null,
  flagged: false,
  hosts: [host('31', '房総みさき病院（デモ）', 0)],
};
export const SPREAD: ConcentrationRow = {
  ...CONCENTRATED,
  specialtyCode: 'pediatrics',
  total: 2,
  topHost: host('23', '弘前こども病院（デモ）', 1),
  topShare: 0.5,
  herfindahl: 0.5,
  flagged: false,
  hosts: [host('23', '弘前こども病院（デモ）', 1), host('24', '十和田こども病院（デモ）', 1)],
};

export const CONCENTRATION: ConcentrationResponse = {
  round: ROUND,
  years: [2027],
  basis: 'accepted',
  threshold: 0.6,
  rows: [NOBODY_YET, SPREAD, CONCENTRATED],
};

/**
 * ECharts stand-in for unit tests: records the options each chart was given. jsdom has no
 * ResizeObserver, which ngx-echarts needs, so a no-op one is installed.
 */
export function provideFakeCharts(): { providers: Provider[]; options: AnalyticsChartOption[] } {
  const ignore = (): void => undefined;
  window.ResizeObserver ??= class {
    observe = ignore;
    unobserve = ignore;
    disconnect = ignore;
  };
  const options: AnalyticsChartOption[] = [];
  const chart = {
    setOption: (option: AnalyticsChartOption) => options.push(option),
    isDisposed: () => false,
    dispose: () => undefined,
    resize: () => undefined,
    on: () => undefined,
    off: () => undefined,
  };
  return { providers: [{ provide: NGX_ECHARTS_CONFIG, useValue: { echarts: { init: () => chart } } }], options };
}
