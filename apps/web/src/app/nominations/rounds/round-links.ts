import { RoleAssignmentResponse, RoundResponse } from '@renkei/contract';

/** Where a person acts in a round: the JMSB's round page, a prefecture's list, a society's review. */
export type RoundLink =
  | { kind: 'round'; path: string }
  | { kind: 'prefecture-list'; path: string; prefectureCode: string }
  | { kind: 'review'; path: string; specialtyCode: string }
  | { kind: 'published'; path: string };

export function roundPath(roundId: string): string {
  return `/nominations/rounds/${roundId}`;
}

export function prefectureListPath(roundId: string, prefectureCode: string): string {
  return `${roundPath(roundId)}/prefectures/${prefectureCode}`;
}

export function reviewPath(roundId: string, specialtyCode: string): string {
  return `${roundPath(roundId)}/review/${specialtyCode}`;
}

export function publishedHostsPath(roundId: string): string {
  return `/hosts/lists/${roundId}`;
}

/**
 * The links one person needs for a round, per role assignment: the JMSB compiles on the round
 * page, each prefecture edits its list, each society reviews its specialty once the candidates
 * are sent; everyone gets the public list once published.
 */
export function roundLinks(round: Pick<RoundResponse, 'id' | 'status'>, roles: readonly RoleAssignmentResponse[]): RoundLink[] {
  const links: RoundLink[] = [];
  for (const assignment of roles) {
    if (assignment.role === 'jmsb' && !links.some((link) => link.kind === 'round')) {
      links.push({ kind: 'round', path: roundPath(round.id) });
    }
    if (assignment.role === 'prefecture' && assignment.prefectureCode) {
      links.push({
        kind: 'prefecture-list',
        path: prefectureListPath(round.id, assignment.prefectureCode),
        prefectureCode: assignment.prefectureCode,
      });
    }
    if (assignment.role === 'society' && assignment.specialtyCode && round.status !== 'collecting') {
      links.push({ kind: 'review', path: reviewPath(round.id, assignment.specialtyCode), specialtyCode: assignment.specialtyCode });
    }
  }
  if (round.status === 'published') {
    links.push({ kind: 'published', path: publishedHostsPath(round.id) });
  }
  return links;
}
