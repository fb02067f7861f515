import { DecisionChangeResponse, DecisionDiffSummary } from '@renkei/contract';

export type ChangeKind = DecisionChangeResponse['kind'];

export interface DiffGroup {
  kind: ChangeKind;
  count: number;
  changes: DecisionChangeResponse[];
}

const KIND_ORDER: readonly ChangeKind[] = ['gained', 'lost', 'became-undetermined', 'changed'];

/**
 * The changes of one side of a diff (prefectures or facilities) grouped by what moved, in the
 * order the JMSB reads them (gained, lost, became undetermined, other); empty groups are left out.
 * Within a group: by prefecture, specialty, facility, then category.
 */
export function groupChanges(summary: DecisionDiffSummary): DiffGroup[] {
  const order = (change: DecisionChangeResponse) =>
    [change.prefectureCode, change.specialtyCode, change.facilityCode ?? '', change.category].join('|');
  return KIND_ORDER.map((kind) => {
    const changes = summary.changes.filter((change) => change.kind === kind).sort((a, b) => order(a).localeCompare(order(b)));
    return { kind, count: changes.length, changes };
  }).filter((group) => group.count > 0);
}
