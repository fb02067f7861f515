import { DecisionChangeResponse, DecisionDiffSummary } from '@renkei/contract';
import { groupChanges } from './diff-groups';

const change = (kind: DecisionChangeResponse['kind'], prefectureCode: string, specialtyCode: string, facilityCode: string | null = null) => ({
  key: `${facilityCode ?? prefectureCode}|${specialtyCode}`,
  prefectureCode,
  specialtyCode,
  facilityCode,
  category: 'special-regional',
  before: 'ineligible',
  after: 'conditional',
  kind,
});

describe('groupChanges', () => {
  it('groups by what moved, gained first, leaves out empty groups and orders rows by prefecture and specialty', () => {
    const summary: DecisionDiffSummary = {
      gained: 2,
      lost: 1,
      becameUndetermined: 1,
      changed: 0,
      unchanged: 10,
      changes: [
        change('lost', '12', 'internal-medicine'),
        change('became-undetermined', '02', 'pediatrics'),
        change('gained', '13', 'surgery'),
        change('gained', '13', 'internal-medicine'),
      ],
    };

    const groups = groupChanges(summary);

    expect(groups.map((group) => [group.kind, group.count])).toEqual([
      ['gained', 2],
      ['lost', 1],
      ['became-undetermined', 1],
    ]);
    expect(groups[0]?.changes.map((c) => c.specialtyCode)).toEqual(['internal-medicine', 'surgery']);
  });

  it('has no groups when nothing moved', () => {
    expect(groupChanges({ gained: 0, lost: 0, becameUndetermined: 0, changed: 0, unchanged: 5, changes: [] })).toEqual([]);
  });
});
