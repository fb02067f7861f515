import { PrefectureResponse } from '@renkei/contract';
import { PREFECTURES } from '../../testing/reference-data.fixtures';
import { countByIndexClass, groupPrefecturesByBlock, rankPrefectures, toPrefectureSortOrder } from './prefecture-grouping';

describe('groupPrefecturesByBlock', () => {
  it('groups prefectures by block in north-to-south order and leaves out empty blocks', () => {
    const shuffled = [...PREFECTURES].reverse();

    const groups = groupPrefecturesByBlock(shuffled);

    expect(groups.map((group) => group.block)).toEqual(['hokkaido', 'tohoku', 'kanto', 'kyushu']);
    expect(groups[1].prefectures.map((p) => p.nameJa)).toEqual(['青森県', '宮城県']);
    expect(groups[2].prefectures.map((p) => p.code)).toEqual(['12', '13']);
  });

  it('sorts within each block by index when asked', () => {
    const desc = groupPrefecturesByBlock(PREFECTURES, 'index-desc');
    const asc = groupPrefecturesByBlock(PREFECTURES, 'index-asc');

    expect(desc.find((g) => g.block === 'kanto')?.prefectures.map((p) => p.code)).toEqual(['13', '12']);
    expect(asc.find((g) => g.block === 'tohoku')?.prefectures.map((p) => p.code)).toEqual(['02', '04']);
  });

  it('ranks prefectures nationally by index, highest first', () => {
    const ranked = rankPrefectures(PREFECTURES);

    expect(ranked.find((p) => p.code === '13')?.nationalRank).toBe(1);
    expect(ranked.find((p) => p.code === '02')?.nationalRank).toBe(6);
  });

  it('gives tied indexes the same rank', () => {
    const tied: PrefectureResponse[] = [
      { ...PREFECTURES[0], code: '01', physicianDistributionIndex: 200 },
      { ...PREFECTURES[0], code: '02', physicianDistributionIndex: 200 },
      { ...PREFECTURES[0], code: '03', physicianDistributionIndex: 100 },
    ];

    expect(rankPrefectures(tied).map((p) => p.nationalRank)).toEqual([1, 1, 3]);
  });

  it('counts prefectures per class', () => {
    expect(countByIndexClass(PREFECTURES)).toEqual({ many: 2, middle: 2, few: 2 });
  });

  it('accepts only known sort orders from the URL', () => {
    expect(toPrefectureSortOrder('index-asc')).toBe('index-asc');
    expect(toPrefectureSortOrder('random')).toBe('code');
    expect(toPrefectureSortOrder(undefined)).toBe('code');
  });
});
