import { CandidateResponse, RoundResponse, SubmissionResponse } from '@renkei/contract';

/** Why the list cannot be changed right now, or null when it can. */
export function readOnlyReason(
  round: Pick<RoundResponse, 'status' | 'prefectureDeadline'>,
  submission: Pick<SubmissionResponse, 'status' | 'editable'>,
  now: Date,
): string | null {
  if (submission.editable) {
    return null;
  }
  if (round.status === 'published') {
    return $localize`:@@nominations.list.readOnlyPublished:この募集回は公表済みのため、リストは変更できません。`;
  }
  if (submission.status === 'submitted') {
    if (round.status === 'reviewing') {
      return $localize`:@@nominations.list.readOnlyReviewing:提出済みで、学会が確認しています。学会が差し戻した行だけ修正して再提出できます。`;
    }
    if (now <= new Date(round.prefectureDeadline)) {
      return $localize`:@@nominations.list.readOnlySubmitted:提出済みです。変更するには、期限までに提出を取り下げてください。`;
    }
  }
  if (submission.status === 'draft' && round.status === 'reviewing') {
    return $localize`:@@nominations.list.readOnlyDraftReviewing:候補はすでに学会へ送付されたため、このリストは変更できません。提出が必要なときは日本専門医機構に連絡してください（機構が差し戻すと再び編集できます）。`;
  }
  return $localize`:@@nominations.list.readOnlyDeadline:提出期限を過ぎたため変更できません。変更が必要なときは日本専門医機構に連絡してください（機構が差し戻すと再び編集できます）。`;
}

/** The rows that keep the list from being submitted (each lists its own problems). */
export function blockingRows(candidates: readonly CandidateResponse[]): CandidateResponse[] {
  return candidates.filter((candidate) => candidate.eligibility.problems.length > 0);
}

/** A prefecture may withdraw a submitted list before the deadline, while the JMSB is still collecting. */
export function mayWithdraw(
  round: Pick<RoundResponse, 'status' | 'prefectureDeadline'>,
  submission: Pick<SubmissionResponse, 'status'>,
  now: Date,
): boolean {
  return submission.status === 'submitted' && round.status === 'collecting' && now <= new Date(round.prefectureDeadline);
}

/** A row a society returned can be fixed and resubmitted while the round is under review. */
export function mayFixReturnedRow(round: Pick<RoundResponse, 'status'>, candidate: Pick<CandidateResponse, 'reviewStatus'>): boolean {
  return round.status === 'reviewing' && candidate.reviewStatus === 'returned';
}
