import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditChanges } from './audit-labels';

describe('audit labels', () => {
  it('shows what changed, before → after, leaving out fields empty on both sides', () => {
    expect(auditChanges({ active: true }, { active: false })).toEqual([{ field: 'active', before: 'true', after: 'false' }]);
    expect(auditChanges(null, { email: 'a@x.jp', role: 'prefecture', prefectureCode: '02', facilityId: null })).toEqual([
      { field: 'email', after: 'a@x.jp' },
      { field: 'role', after: 'prefecture' },
      { field: 'prefectureCode', after: '02' },
    ]);
    expect(auditChanges({ displayName: '旧' }, { displayName: '新', language: 'en' })).toEqual([
      { field: 'displayName', before: '旧', after: '新' },
      { field: 'language', after: 'en' },
    ]);
    expect(auditChanges({ role: 'host-facility' }, null)).toEqual([{ field: 'role', before: 'host-facility' }]);
    expect(auditChanges(null, null)).toEqual([]);
  });

  it('names the actions the API records', () => {
    expect(AUDIT_ACTION_LABELS['user.invited']).toBe('招待');
    expect(AUDIT_ACTION_LABELS['access.denied']).toBe('アクセス拒否');
    expect(AUDIT_ACTION_LABELS['nomination-round.published']).toBe('連携先施設の公表');
    expect(AUDIT_ACTION_LABELS['submission.returned']).toBe('候補リストの差し戻し');
    expect(AUDIT_ACTION_LABELS['candidate.resubmitted']).toBe('候補の再提出');
    expect(AUDIT_ENTITY_LABELS['prefecture-submission']).toBe('候補リスト');
  });
});
