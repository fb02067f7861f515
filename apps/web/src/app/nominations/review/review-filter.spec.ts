import { candidate } from '../../testing/nomination.fixtures';
import { bulkSelection, filterReviewRows } from './review-filter';

describe('review filter and bulk selection', () => {
  const aomori = candidate();
  const chiba = candidate({ id: 'c0000000-0000-4000-8000-000000000002', prefectureCode: '12', reviewStatus: 'confirmed', version: 3 });
  const ineligible = candidate({
    id: 'c0000000-0000-4000-8000-000000000003',
    prefectureCode: '12',
    eligibility: { results: [], eligibleCategories: [], problems: [] },
  });

  it('filters by prefecture and status', () => {
    expect(filterReviewRows([aomori, chiba, ineligible], { prefectureCode: '12', status: '' })).toEqual([chiba, ineligible]);
    expect(filterReviewRows([aomori, chiba, ineligible], { prefectureCode: '', status: 'confirmed' })).toEqual([chiba]);
    expect(filterReviewRows([aomori, chiba], { prefectureCode: '', status: '' })).toEqual([aomori, chiba]);
  });

  it('confirms only selected rows that are pending and eligible, with their versions', () => {
    const selected = new Set([aomori.id, chiba.id, ineligible.id]);
    expect(bulkSelection([aomori, chiba, ineligible], selected)).toEqual([{ id: aomori.id, version: 1 }]);
  });
});
