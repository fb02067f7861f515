import { randomUUID } from 'node:crypto';
import { HostProfileResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

const PROFILE = {
  training: { overview: '救急・総合診療を幅広く経験できます。', supervisingDoctors: 6, feedbackFrequency: 'weekly', simulators: true },
  living: { dormitory: true, carNeeded: false, distanceToHospitalKm: 1.5 },
  message: '雪国の暮らしも支えます。',
  contact: { name: '研修担当', email: 'kenshu@example.jp' },
};

describe('host profiles: written by the host, approved by its prefecture, public once approved', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let host: TestClient;
  let otherHost: TestClient;
  let aomori: TestClient;
  let chiba: TestClient;
  let facility: Facility;

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    await client.signIn((await createUser(dataSource, options)).email);
    return client;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const facilities = dataSource.getRepository(Facility);
    facility = await facilities.save({
      facilityCode: `HP-${randomUUID().slice(0, 6)}`,
      name: '西北五プロフィール病院',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0204',
      address: '青森県五所川原市テスト1',
      isHost: true,
      sample: false,
    });
    const other = await facilities.save({
      facilityCode: `HP-${randomUUID().slice(0, 6)}`,
      name: '別の病院',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0201',
      address: '青森県弘前市テスト2',
      isHost: true,
      sample: false,
    });
    host = await signedIn({ role: 'host-facility', facilityId: facility.id });
    otherHost = await signedIn({ role: 'host-facility', facilityId: other.id });
    aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    chiba = await signedIn({ role: 'prefecture', prefectureCode: '12' });
  });

  afterAll(() => testApp.close());

  it('runs draft → submit → approve, keeps the approved version public while the next draft is written, and refuses other scopes', async () => {
    const path = `/api/host-profiles/${facility.id}`;
    const empty = (await host.get(path).expect(200)).body as HostProfileResponse;
    expect(empty).toMatchObject({ status: 'draft', version: 0, published: null, completeness: { percent: 0 } });
    await otherHost.get(path).expect(403);
    await chiba.get(path).expect(404);
    await otherHost.send('PUT', path, { ...PROFILE, version: 0 }).expect(403);
    await chiba.send('PUT', path, { ...PROFILE, version: 0 }).expect(403);
    await host
      .send('PUT', path, { ...PROFILE, living: { carNeeded: 'maybe' }, extra: true, version: 0 })
      .expect(400)
      .expect((response) => expect(Object.keys(response.body.fieldErrors)).toEqual(expect.arrayContaining(['living.carNeeded', 'extra'])));

    const saved = (await host.send('PUT', path, { ...PROFILE, version: 0 }).expect(200)).body as HostProfileResponse;
    expect(saved.completeness.percent).toBeGreaterThan(0);
    expect(saved.completeness.missing).toContain('training.onCallNightsPerMonth');
    expect(saved.completeness.missing).not.toContain('living.carNeeded');
    await aomori.send('PUT', path, { ...PROFILE, version: 0 }).expect(409);

    expect(saved.published).toBeNull();
    await aomori.post(`${path}/approve`).send({ version: saved.version }).expect(409);
    const submitted = (await host.post(`${path}/submit`).send({ version: saved.version }).expect(200)).body as HostProfileResponse;
    expect(submitted.status).toBe('submitted');
    await host.send('PUT', path, { ...PROFILE, version: submitted.version }).expect(409);
    await host.post(`${path}/approve`).send({ version: submitted.version }).expect(403);
    await chiba.post(`${path}/approve`).send({ version: submitted.version }).expect(403);
    const approved = (await aomori.post(`${path}/approve`).send({ version: submitted.version }).expect(200)).body as HostProfileResponse;
    expect(approved).toMatchObject({ status: 'approved', published: { message: '雪国の暮らしも支えます。' } });

    expect(approved.published).toMatchObject({ living: { dormitory: true, carNeeded: false } });

    // A new draft does not change the public page until it is approved; a returned draft carries the comment.
    const next = (await host.send('PUT', path, { ...PROFILE, message: '新しいメッセージ', version: approved.version }).expect(200))
      .body as HostProfileResponse;
    const again = (await host.post(`${path}/submit`).send({ version: next.version }).expect(200)).body as HostProfileResponse;
    await aomori.post(`${path}/return`).send({ comment: '', version: again.version }).expect(400);
    const returned = (await aomori.post(`${path}/return`).send({ comment: '連絡先を確認してください。', version: again.version }).expect(200))
      .body as HostProfileResponse;
    expect(returned).toMatchObject({ status: 'returned', reviewComment: '連絡先を確認してください。' });
    expect(returned.published?.message).toBe('雪国の暮らしも支えます。');
    const audit = await dataSource
      .getRepository(AuditEntry)
      .find({ where: { entityId: facility.id, entityType: 'host-profile' }, order: { occurredAt: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual([
      'host-profile.updated',
      'host-profile.submitted',
      'host-profile.approved',
      'host-profile.updated',
      'host-profile.submitted',
      'host-profile.returned',
    ]);
  });
});
