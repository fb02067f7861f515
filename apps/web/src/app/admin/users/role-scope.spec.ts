import { UserSummaryResponse } from '@renkei/contract';
import { facilitySuggestions, grantableRoles, roleScopeControls, roleScopeRequest } from './role-scope';

describe('role and scope controls', () => {
  it('enables only the scope field the role needs, and sends only that', () => {
    const controls = roleScopeControls('prefecture');
    expect(controls.prefectureCode.enabled).toBe(true);
    expect(controls.specialtyCode.disabled).toBe(true);
    expect(controls.facilityId.disabled).toBe(true);
    controls.prefectureCode.setValue('02');
    expect(roleScopeRequest(controls)).toEqual({ role: 'prefecture', prefectureCode: '02' });

    controls.role.setValue('host-facility');
    expect(controls.prefectureCode.disabled).toBe(true);
    expect(controls.prefectureCode.value).toBe('');
    expect(controls.facilityId.enabled).toBe(true);
    controls.facilityId.setValue('not-a-uuid');
    expect(controls.facilityId.hasError('pattern')).toBe(true);
    controls.facilityId.setValue(' 0c01da3a-b82f-4d81-afaa-940d4e7d8edd ');
    expect(roleScopeRequest(controls)).toEqual({ role: 'host-facility', facilityId: '0c01da3a-b82f-4d81-afaa-940d4e7d8edd' });

    controls.role.setValue('jmsb');
    expect(roleScopeRequest(controls)).toEqual({ role: 'jmsb' });
    expect([controls.prefectureCode, controls.specialtyCode, controls.facilityId].every((control) => control.disabled)).toBe(true);
  });

  it('offers the JMSB every role and a prefectural officer the facility roles only', () => {
    expect(grantableRoles(true, false)).toEqual(['jmsb', 'prefecture', 'society', 'base-facility', 'host-facility']);
    expect(grantableRoles(false, true)).toEqual(['base-facility', 'host-facility']);
    expect(grantableRoles(false, false)).toEqual([]);
  });

  it('suggests the facility ids seen in the user list, with who works there', () => {
    const user = (displayName: string, facilityId?: string): UserSummaryResponse => ({
      id: displayName,
      email: `${displayName}@x.jp`,
      displayName,
      language: 'ja',
      active: true,
      invitationPending: false,
      roles: facilityId ? [{ id: `${displayName}-role`, role: 'host-facility', facilityId }] : [{ id: `${displayName}-role`, role: 'jmsb' }],
      createdAt: '2026-04-01T00:00:00.000Z',
    });

    expect(facilitySuggestions([user('a', 'f1'), user('b'), user('c', 'f1'), user('d', 'f2')])).toEqual([
      { id: 'f1', holders: ['a', 'c'] },
      { id: 'f2', holders: ['d'] },
    ]);
  });
});
