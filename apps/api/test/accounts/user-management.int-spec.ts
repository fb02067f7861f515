import { AuditEntryResponse, PageResponse, UserSummaryResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { RoleAssignment } from '../../src/accounts/entities/role-assignment.entity';
import { createFacility, createUser, TEST_PASSWORD, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

describe('user management, audit trail and the development mailbox', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(() => testApp.close());

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const user = await createUser(dataSource, options);
    const client = await new TestClient(testApp.http).start();
    await client.signIn(user.email);
    return { user, client };
  };

  it('lets the JMSB deactivate an account, which ends its sessions at once', async () => {
    const { client: jmsb } = await signedIn({ role: 'jmsb' });
    const { user, client: society } = await signedIn({
      role: 'society',
      specialtyCode: 'urology',
    });

    const response = await jmsb.post(`/api/users/${user.id}/deactivate`).send({}).expect(201);

    expect((response.body as UserSummaryResponse).active).toBe(false);
    await society.get('/api/auth/me').expect(401);

    const me = (await jmsb.get('/api/auth/me').expect(200)).body as { email: string };
    const self = ((await jmsb.get('/api/users').expect(200)).body as UserSummaryResponse[]).find((candidate) => candidate.email === me.email);
    await jmsb.post(`/api/users/${self?.id}/deactivate`).send({}).expect(403);
    await jmsb.send('DELETE', `/api/users/${self?.id}/roles/${self?.roles[0]?.id}`, {}).expect(403);
  });

  it('shows a prefecture only the facility users of its prefecture and hides the others (404)', async () => {
    const aomoriFacility = await createFacility(dataSource, '02', '0202');
    const chibaFacility = await createFacility(dataSource, '12', '1202');
    const { user: aomoriHost } = await signedIn({
      role: 'host-facility',
      facilityId: aomoriFacility.id,
    });
    const { user: chibaHost } = await signedIn({
      role: 'host-facility',
      facilityId: chibaFacility.id,
    });
    const { client: aomori } = await signedIn({
      role: 'prefecture',
      prefectureCode: '02',
    });

    const listed = ((await aomori.get('/api/users').expect(200)).body as UserSummaryResponse[]).map((user) => user.email);
    expect(listed).toContain(aomoriHost.email);
    expect(listed).not.toContain(chibaHost.email);

    await aomori.post(`/api/users/${chibaHost.id}/deactivate`).send({}).expect(404);
    await aomori.post(`/api/users/${aomoriHost.id}/roles`).send({ role: 'base-facility', facilityId: chibaFacility.id }).expect(403);
    const granted = await aomori.post(`/api/users/${aomoriHost.id}/roles`).send({ role: 'base-facility', facilityId: aomoriFacility.id }).expect(201);
    expect((granted.body as UserSummaryResponse).roles.map((role) => role.role).sort()).toEqual(['base-facility', 'host-facility']);
  });

  it('scopes the audit trail: the JMSB sees all, a prefecture its own prefecture, and CSV export is formula-safe', async () => {
    const { client: jmsb } = await signedIn({ role: 'jmsb' });
    const aomoriFacility = await createFacility(dataSource, '02', '0203');
    const chibaFacility = await createFacility(dataSource, '12', '1203');
    await jmsb
      .post('/api/invitations')
      .send({
        email: `a-${Date.now()}@test.renkei.invalid`,
        displayName: '=HYPERLINK("x")',
        language: 'ja',
        role: 'host-facility',
        facilityId: aomoriFacility.id,
      })
      .expect(201);
    await jmsb
      .post('/api/invitations')
      .send({
        email: `c-${Date.now()}@test.renkei.invalid`,
        displayName: 'Chiba host',
        language: 'ja',
        role: 'host-facility',
        facilityId: chibaFacility.id,
      })
      .expect(201);

    const all = (await jmsb.get('/api/audit?action=user.invited&pageSize=500').expect(200)).body as PageResponse<AuditEntryResponse>;
    expect(all.items.map((entry) => entry.prefectureCode)).toEqual(expect.arrayContaining(['02', '12']));

    const { client: aomori } = await signedIn({
      role: 'prefecture',
      prefectureCode: '02',
    });
    const own = (await aomori.get('/api/audit?action=user.invited&pageSize=500').expect(200)).body as PageResponse<AuditEntryResponse>;
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((entry) => entry.prefectureCode === '02')).toBe(true);

    const csv = await jmsb
      .get('/api/audit/export.csv?action=user.invited')
      .expect(200)
      .expect('Content-Type', /text\/csv/);
    expect(csv.text.startsWith('\uFEFFoccurred_at_utc,actor,action')).toBe(true);
    const lines = csv.text.trim().split('\r\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.filter((line) => line.includes(',user.invited,'))).toHaveLength(lines.length - 1);
  });

  it('does not let a prefecture manage someone who also holds a role beyond its facilities', async () => {
    const aomoriFacility = await createFacility(dataSource, '02', '0205');
    const { user: mixed } = await signedIn({
      role: 'host-facility',
      facilityId: aomoriFacility.id,
    });
    await dataSource.getRepository(RoleAssignment).insert({
      userId: mixed.id,
      role: 'jmsb',
      prefectureCode: null,
      specialtyCode: null,
      facilityId: null,
    });
    const { client: aomori } = await signedIn({
      role: 'prefecture',
      prefectureCode: '02',
    });

    expect(((await aomori.get('/api/users').expect(200)).body as UserSummaryResponse[]).map((user) => user.email)).not.toContain(mixed.email);
    await aomori.post(`/api/users/${mixed.id}/deactivate`).send({}).expect(404);
  });

  it('lets the JMSB take a role away, and people change their own name, language and password', async () => {
    const { client: jmsb } = await signedIn({ role: 'jmsb' });
    const { user, client: person } = await signedIn({
      role: 'society',
      specialtyCode: 'dermatology',
    });
    const withTwo = (await jmsb.post(`/api/users/${user.id}/roles`).send({ role: 'society', specialtyCode: 'urology' }).expect(201))
      .body as UserSummaryResponse;
    const urology = withTwo.roles.find((role) => role.specialtyCode === 'urology');
    const withOne = (await jmsb.send('DELETE', `/api/users/${user.id}/roles/${urology?.id}`, {}).expect(200)).body as UserSummaryResponse;
    expect(withOne.roles.map((role) => role.specialtyCode)).toEqual(['dermatology']);

    const updated = await person
      .send('PATCH', '/api/account', {
        displayName: '皮膚 花子',
        language: 'en',
      })
      .expect(200);
    expect(updated.body).toMatchObject({
      displayName: '皮膚 花子',
      language: 'en',
    });
    await person.send('PATCH', '/api/account', { email: 'x@y.z' }).expect(400);

    const otherDevice = await new TestClient(testApp.http).start();
    await otherDevice.signIn(user.email);
    const wrong = await person
      .post('/api/account/password')
      .send({
        currentPassword: 'not it at all',
        newPassword: 'a new long passphrase',
      })
      .expect(400);
    expect(wrong.body).toMatchObject({
      fieldErrors: { currentPassword: ['the current password is incorrect'] },
    });
    await person
      .post('/api/account/password')
      .send({
        currentPassword: TEST_PASSWORD,
        newPassword: 'a new long passphrase',
      })
      .expect(204);
    await person.get('/api/auth/me').expect(200);
    await otherDevice.get('/api/auth/me').expect(401);
  });

  it('resends a pending invitation, reactivates an account, and names facilities in roles', async () => {
    const { client: jmsb } = await signedIn({ role: 'jmsb' });
    const facility = await createFacility(dataSource, '02', '0206');
    const email = `pending-${Date.now()}@test.renkei.invalid`;
    const { id } = (
      await jmsb
        .post('/api/invitations')
        .send({ email, displayName: 'Pending', language: 'ja', role: 'host-facility', facilityId: facility.id })
        .expect(201)
    ).body as { id: string };
    await jmsb.post(`/api/users/${id}/invitation`).send({}).expect(204);
    const queued = await dataSource.query<{ count: string }[]>(
      `SELECT count(*) FROM outbox_message WHERE recipient = $1 AND template = 'invitation'`,
      [email],
    );
    expect(Number(queued[0]?.count)).toBe(2);
    const listed = ((await jmsb.get('/api/users').expect(200)).body as UserSummaryResponse[]).find((user) => user.id === id);
    expect(listed?.roles[0]).toMatchObject({ role: 'host-facility', facilityName: 'テスト病院' });

    const { user: active } = await signedIn({ role: 'society', specialtyCode: 'radiology' });
    await jmsb.post(`/api/users/${active.id}/invitation`).send({}).expect(409);
    await jmsb.post(`/api/users/${active.id}/deactivate`).send({}).expect(201);
    await (await new TestClient(testApp.http).start()).signIn(active.email, TEST_PASSWORD, 401);
    const reactivated = (await jmsb.post(`/api/users/${active.id}/reactivate`).send({}).expect(201)).body as UserSummaryResponse;
    expect(reactivated.active).toBe(true);
    await (await new TestClient(testApp.http).start()).signIn(active.email);
  });

  it('keeps the development mailbox to the JMSB', async () => {
    const { client: jmsb } = await signedIn({ role: 'jmsb' });
    const { client: society } = await signedIn({
      role: 'society',
      specialtyCode: 'surgery',
    });
    const mailbox = (await jmsb.get('/api/dev-mailbox').expect(200)).body as {
      active: boolean;
      messages: unknown[];
    };
    expect(mailbox.active).toBe(true);
    await society.get('/api/dev-mailbox').expect(403);
  });
});
