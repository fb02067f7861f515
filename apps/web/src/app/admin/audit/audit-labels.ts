/** Filters offered for the audit trail: an action prefix ending in a dot (the API's prefix match). */
export const AUDIT_ACTION_FILTERS: readonly { value: string; label: string }[] = [
  { value: '', label: $localize`:@@audit.filterAll:すべての操作` },
  { value: 'auth.', label: $localize`:@@audit.filterAuth:サインイン・パスワード（auth.）` },
  { value: 'user.', label: $localize`:@@audit.filterUser:ユーザー・役割（user.）` },
  { value: 'access.', label: $localize`:@@audit.filterAccess:アクセス拒否（access.）` },
  { value: 'nomination-round.', label: $localize`:@@audit.filterRound:募集回（nomination-round.）` },
  { value: 'submission.', label: $localize`:@@audit.filterSubmission:候補リスト（submission.）` },
  { value: 'candidate.', label: $localize`:@@audit.filterCandidate:候補（candidate.）` },
];

/** People-readable names of the actions the API records; unknown actions show their code. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'auth.login': $localize`:@@audit.action.login:サインイン`,
  'auth.login-failed': $localize`:@@audit.action.loginFailed:サインイン失敗`,
  'auth.login-throttled': $localize`:@@audit.action.loginThrottled:サインインの一時制限`,
  'auth.logout': $localize`:@@audit.action.logout:サインアウト`,
  'auth.password-changed': $localize`:@@audit.action.passwordChanged:パスワード変更`,
  'auth.password-reset': $localize`:@@audit.action.passwordReset:パスワード再設定`,
  'auth.password-reset-requested': $localize`:@@audit.action.passwordResetRequested:パスワード再設定の申請`,
  'auth.password-reset-throttled': $localize`:@@audit.action.passwordResetThrottled:パスワード再設定申請の一時制限`,
  'user.invited': $localize`:@@audit.action.invited:招待`,
  'user.invitation-accepted': $localize`:@@audit.action.invitationAccepted:招待の承諾`,
  'user.updated': $localize`:@@audit.action.updated:アカウント情報の変更`,
  'user.deactivated': $localize`:@@audit.action.deactivated:アカウントの無効化`,
  'user.role-added': $localize`:@@audit.action.roleAdded:役割の追加`,
  'user.role-removed': $localize`:@@audit.action.roleRemoved:役割の削除`,
  'access.denied': $localize`:@@audit.action.accessDenied:アクセス拒否`,
  'nomination-round.opened': $localize`:@@audit.action.roundOpened:募集の開始`,
  'nomination-round.expected-places-set': $localize`:@@audit.action.expectedPlacesSet:必要数の設定`,
  'nomination-round.sent-to-societies': $localize`:@@audit.action.sentToSocieties:学会への送付`,
  'nomination-round.published': $localize`:@@audit.action.roundPublished:連携先施設の公表`,
  'submission.submitted': $localize`:@@audit.action.submissionSubmitted:候補リストの提出`,
  'submission.withdrawn': $localize`:@@audit.action.submissionWithdrawn:候補リストの取り下げ`,
  'submission.returned': $localize`:@@audit.action.submissionReturned:候補リストの差し戻し`,
  'candidate.added': $localize`:@@audit.action.candidateAdded:候補の追加`,
  'candidate.updated': $localize`:@@audit.action.candidateUpdated:候補の変更`,
  'candidate.removed': $localize`:@@audit.action.candidateRemoved:候補の削除`,
  'candidate.confirmed': $localize`:@@audit.action.candidateConfirmed:候補の確認（学会）`,
  'candidate.returned': $localize`:@@audit.action.candidateReturned:候補の差し戻し（学会）`,
  'candidate.resubmitted': $localize`:@@audit.action.candidateResubmitted:候補の再提出`,
};

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  user: $localize`:@@audit.entity.user:ユーザー`,
  'nomination-round': $localize`:@@audit.entity.round:募集回`,
  'prefecture-submission': $localize`:@@audit.entity.submission:候補リスト`,
  candidate: $localize`:@@audit.entity.candidate:候補`,
};

/** One changed field of an entry: its value before and after (absent when there was none). */
export interface AuditChange {
  field: string;
  before?: string;
  after?: string;
}

/** The fields an entry changed, in a stable order: before's keys first, then after's new ones. */
export function auditChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): AuditChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].filter(
    // A field that is empty on both sides (e.g. the unused scope columns of a role) says nothing.
    (field) => !isEmpty(before?.[field]) || !isEmpty(after?.[field]),
  );
  return fields.map((field) => ({
    field,
    ...(before && field in before ? { before: show(before[field]) } : {}),
    ...(after && field in after ? { after: show(after[field]) } : {}),
  }));
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined;
}

function show(value: unknown): string {
  if (value === null || value === undefined) {
    return '—';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
