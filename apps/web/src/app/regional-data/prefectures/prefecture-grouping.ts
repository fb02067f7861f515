import { PrefectureResponse, REGIONAL_BLOCKS, RegionalBlock } from '@renkei/contract';

export const PREFECTURE_SORT_ORDERS = ['code', 'index-desc', 'index-asc'] as const;
export type PrefectureSortOrder = (typeof PREFECTURE_SORT_ORDERS)[number];

export function toPrefectureSortOrder(value: string | null | undefined): PrefectureSortOrder {
  return PREFECTURE_SORT_ORDERS.find((order) => order === value) ?? 'code';
}

export interface RankedPrefecture extends PrefectureResponse {
  /** 1 = highest physician distribution index in the country. */
  nationalRank: number;
}

export interface PrefectureBlockGroup {
  block: RegionalBlock;
  prefectures: RankedPrefecture[];
}

const COMPARATORS: Readonly<Record<PrefectureSortOrder, (a: PrefectureResponse, b: PrefectureResponse) => number>> = {
  code: (a, b) => a.code.localeCompare(b.code),
  'index-desc': (a, b) => b.physicianDistributionIndex - a.physicianDistributionIndex || a.code.localeCompare(b.code),
  'index-asc': (a, b) => a.physicianDistributionIndex - b.physicianDistributionIndex || a.code.localeCompare(b.code),
};

/** Adds the national rank by index (ties share a rank). */
export function rankPrefectures(prefectures: readonly PrefectureResponse[]): RankedPrefecture[] {
  const indexes = prefectures.map((p) => p.physicianDistributionIndex);
  return prefectures.map((prefecture) => ({
    ...prefecture,
    nationalRank: 1 + indexes.filter((index) => index > prefecture.physicianDistributionIndex).length,
  }));
}

/**
 * Groups prefectures by regional block in the conventional north-to-south block order, sorting
 * each block by the given order. Blocks without prefectures are left out.
 */
export function groupPrefecturesByBlock(prefectures: readonly PrefectureResponse[], order: PrefectureSortOrder = 'code'): PrefectureBlockGroup[] {
  const ranked = rankPrefectures(prefectures);
  return REGIONAL_BLOCKS.map((block) => ({
    block,
    prefectures: ranked.filter((p) => p.block === block).sort(COMPARATORS[order]),
  })).filter((group) => group.prefectures.length > 0);
}

export interface IndexClassCounts {
  many: number;
  middle: number;
  few: number;
}

export function countByIndexClass(items: readonly { indexClass: PrefectureResponse['indexClass'] }[]): IndexClassCounts {
  const counts: IndexClassCounts = { many: 0, middle: 0, few: 0 };
  for (const item of items) {
    counts[item.indexClass] += 1;
  }
  return counts;
}
