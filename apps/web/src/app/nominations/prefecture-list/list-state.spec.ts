import { candidate, round } from '../../testing/nomination.fixtures';
import { blockingRows, mayFixReturnedRow, mayWithdraw, readOnlyReason } from './list-state';

describe('candidate list state', () => {
  const deadline = '2027-01-31T14:59:59.000Z';
  const before = new Date('2027-01-10T00:00:00Z');
  const after = new Date('2027-02-10T00:00:00Z');

  it('says why the list is read-only', () => {
    expect(readOnlyReason(round({ prefectureDeadline: deadline }), { status: 'draft', editable: true }, before)).toBeNull();
    expect(readOnlyReason(round({ prefectureDeadline: deadline }), { status: 'submitted', editable: false }, before)).toContain('取り下げて');
    expect(readOnlyReason(round({ prefectureDeadline: deadline }), { status: 'draft', editable: false }, after)).toContain('提出期限を過ぎた');
    expect(readOnlyReason(round({ status: 'reviewing' }), { status: 'submitted', editable: false }, after)).toContain('学会が差し戻した行だけ');
    expect(readOnlyReason(round({ status: 'reviewing', prefectureDeadline: deadline }), { status: 'draft', editable: false }, before)).toContain(
      '学会へ送付された',
    );
    expect(readOnlyReason(round({ status: 'published' }), { status: 'submitted', editable: false }, after)).toContain('公表済み');
  });

  it('lists the rows that block submission', () => {
    const ready = candidate();
    const missing = candidate({
      id: 'c0000000-0000-4000-8000-000000000002',
      eligibility: {
        ...ready.eligibility,
        problems: [{ code: 'PERIODS_MISSING', field: 'acceptablePeriods', messageJa: '時期', messageEn: 'Periods' }],
      },
    });
    expect(blockingRows([ready, missing])).toEqual([missing]);
  });

  it('withdraws before the deadline while collecting; fixes returned rows while reviewing', () => {
    expect(mayWithdraw(round({ prefectureDeadline: deadline }), { status: 'submitted' }, before)).toBe(true);
    expect(mayWithdraw(round({ prefectureDeadline: deadline }), { status: 'submitted' }, after)).toBe(false);
    expect(mayWithdraw(round({ status: 'reviewing', prefectureDeadline: deadline }), { status: 'submitted' }, before)).toBe(false);
    expect(mayFixReturnedRow(round({ status: 'reviewing' }), { reviewStatus: 'returned' })).toBe(true);
    expect(mayFixReturnedRow(round({ status: 'published' }), { reviewStatus: 'returned' })).toBe(false);
  });
});
