import { RoundResponse, SubmissionOverview } from '@renkei/contract';

/** Whether a step is possible now, and if not, why (shown next to the disabled button). */
export interface ActionState {
  allowed: boolean;
  reason: string | null;
}

const allowed: ActionState = { allowed: true, reason: null };
const refused = (reason: string): ActionState => ({ allowed: false, reason });

export function sendToSocietiesState(round: Pick<RoundResponse, 'status'>, submissions: readonly SubmissionOverview[]): ActionState {
  if (round.status !== 'collecting') {
    return refused($localize`:@@nominations.action.alreadySent:候補はすでに学会へ送付済みです。`);
  }
  if (!submissions.some((submission) => submission.status === 'submitted')) {
    return refused($localize`:@@nominations.action.nothingSubmitted:候補リストを提出した都道府県がまだありません。`);
  }
  return allowed;
}

export function publishState(round: Pick<RoundResponse, 'status'>): ActionState {
  switch (round.status) {
    case 'collecting':
      return refused($localize`:@@nominations.action.sendFirst:先に候補を学会へ送付し、学会の確認を受けてください。`);
    case 'published':
      return refused($localize`:@@nominations.action.alreadyPublished:この募集回はすでに公表済みです。`);
    default:
      return allowed;
  }
}

/**
 * The JMSB returns a submitted list, or reopens a draft once the deadline has passed or the
 * candidates went to the societies (before that, the prefecture edits the draft itself). Nothing
 * moves after publication.
 */
export function returnSubmissionState(
  round: Pick<RoundResponse, 'status' | 'prefectureDeadline'>,
  submission: Pick<SubmissionOverview, 'status'>,
  now: Date,
): ActionState {
  if (round.status === 'published') {
    return refused($localize`:@@nominations.action.publishedNoReturn:公表済みのため差し戻せません。`);
  }
  if (submission.status === 'returned') {
    return refused($localize`:@@nominations.action.alreadyReturned:差し戻し中です。`);
  }
  if (submission.status === 'draft' && round.status === 'collecting' && now <= new Date(round.prefectureDeadline)) {
    return refused($localize`:@@nominations.action.stillDraft:期限前の下書きは都道府県が編集できます。`);
  }
  return allowed;
}
