import { FacilityResponse, ImportPreviewResponse, PrefectureDetailResponse, ScarceSpotResponse } from '@renkei/contract';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createFacility, createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

const FACILITY = {
  name: 'テスト記念病院',
  kind: 'hospital',
  secondaryMedicalAreaCode: '0204',
  municipality: '五所川原市',
  address: '青森県五所川原市テスト町1-1',
  bedCount: 300,
  isBase: false,
  isHost: true,
};

describe('facility registry and physician-scarce designations', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let aomori: TestClient;
  let chiba: TestClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    aomori = await new TestClient(testApp.http).start();
    await aomori.signIn(
      (
        await createUser(dataSource, {
          role: 'prefecture',
          prefectureCode: '02',
        })
      ).email,
    );
    chiba = await new TestClient(testApp.http).start();
    await chiba.signIn(
      (
        await createUser(dataSource, {
          role: 'prefecture',
          prefectureCode: '12',
        })
      ).email,
    );
  });

  afterAll(() => testApp.close());

  const code = () => `T${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

  it('lets a prefecture register and edit its facilities, refuses other prefectures, and detects conflicting edits', async () => {
    const created = (
      await aomori
        .post('/api/facilities')
        .send({ ...FACILITY, facilityCode: code() })
        .expect(201)
    ).body as FacilityResponse;
    expect(created).toMatchObject({
      prefectureCode: '02',
      physicianScarceArea: true,
      physicianScarceSpot: false,
      version: 1,
      sample: false,
    });

    await chiba
      .post('/api/facilities')
      .send({ ...FACILITY, facilityCode: code() })
      .expect(403);
    await chiba
      .send('PUT', `/api/facilities/${created.id}`, {
        ...FACILITY,
        facilityCode: created.facilityCode,
        version: 1,
      })
      .expect(403);
    await chiba.get(`/api/facilities/${created.id}`).expect(404);
    expect(((await chiba.get('/api/facilities').expect(200)).body as FacilityResponse[]).some((facility) => facility.id === created.id)).toBe(false);

    const edited = (
      await aomori
        .send('PUT', `/api/facilities/${created.id}`, {
          ...FACILITY,
          facilityCode: created.facilityCode,
          bedCount: 320,
          version: 1,
        })
        .expect(200)
    ).body as FacilityResponse;
    expect(edited).toMatchObject({ bedCount: 320, version: 2 });
    const stale = await aomori
      .send('PUT', `/api/facilities/${created.id}`, {
        ...FACILITY,
        facilityCode: created.facilityCode,
        bedCount: 999,
        version: 1,
      })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'VERSION_CONFLICT' });

    const audit = await dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'facility.updated', entityId: created.id });
    expect(audit.before).toMatchObject({ bedCount: 300 });
    expect(audit.after).toMatchObject({ bedCount: 320 });
  });

  it('refuses a facility with bad fields, an unknown area, or an area of another prefecture', async () => {
    const invalid = await aomori
      .post('/api/facilities')
      .send({ ...FACILITY, facilityCode: '', kind: 'spa', isHost: 'maybe' })
      .expect(400);
    expect(Object.keys((invalid.body as { fieldErrors: object }).fieldErrors).sort()).toEqual(['facilityCode', 'isHost', 'kind']);
    await aomori
      .post('/api/facilities')
      .send({
        ...FACILITY,
        facilityCode: code(),
        secondaryMedicalAreaCode: '0299',
      })
      .expect(400);
    await aomori
      .post('/api/facilities')
      .send({
        ...FACILITY,
        facilityCode: code(),
        secondaryMedicalAreaCode: '1201',
      })
      .expect(403);
  });

  it('imports facilities from CSV: every bad row reported, nothing written until clean, a second run changes nothing', async () => {
    const header = 'facility_code,name,kind,secondary_medical_area_code,municipality,address,bed_count,base_facility,host_facility';
    const first = code();
    const bad = [
      header,
      `${first},青森テスト病院,hospital,0202,八戸市,青森県八戸市1,200,false,true`,
      `${code()},千葉の病院,hospital,1201,千葉市,千葉県千葉市1,100,true,false`,
      `${code()},診療所,spa,0203,青森市,青森県青森市1,,no,yes`,
    ].join('\n');
    const badPreview = (await aomori.post('/api/imports/facilities').attach('file', Buffer.from(bad), 'facilities.csv').expect(201))
      .body as ImportPreviewResponse;
    expect(badPreview.issues.map((issue) => `${issue.line}:${issue.columnName}`)).toEqual(['3:secondary_medical_area_code', '4:kind']);
    await aomori.post(`/api/imports/${badPreview.id}/commit`).send({}).expect(409);
    expect((await aomori.get('/api/facilities?q=' + first).expect(200)).body as FacilityResponse[]).toHaveLength(0);

    const good = [
      header,
      `${first},青森テスト病院,hospital,0202,八戸市,青森県八戸市1,200,false,true`,
      `${code()},青森テスト診療所,clinic,0203,青森市,青森県青森市2,,no,yes`,
    ].join('\n');
    const preview = (await aomori.post('/api/imports/facilities').attach('file', Buffer.from(good), 'facilities.csv').expect(201))
      .body as ImportPreviewResponse;
    expect(preview.summary).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    await aomori.post(`/api/imports/${preview.id}/commit`).send({}).expect(201);
    await aomori.post(`/api/imports/${preview.id}/commit`).send({}).expect(201);
    const again = (await aomori.post('/api/imports/facilities').attach('file', Buffer.from(good), 'facilities.csv').expect(201))
      .body as ImportPreviewResponse;
    expect(again.summary).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    await aomori.post(`/api/imports/${again.id}/commit`).send({}).expect(201);
    const imported = (await aomori.get(`/api/facilities?q=${first}`).expect(200)).body as FacilityResponse[];
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatchObject({ name: '青森テスト病院', version: 1 });

    // A preview goes stale when someone edits a facility before the commit: nothing is imported.
    const changedFile = good.replace(
      '青森テスト病院,hospital,0202,八戸市,青森県八戸市1,200',
      '青森テスト病院,hospital,0202,八戸市,青森県八戸市1,250',
    );
    const stalePreview = (await aomori.post('/api/imports/facilities').attach('file', Buffer.from(changedFile), 'facilities.csv').expect(201))
      .body as ImportPreviewResponse;
    expect(stalePreview.summary).toMatchObject({ updated: 1, unchanged: 1 });
    await aomori
      .send('PUT', `/api/facilities/${imported[0]?.id}`, {
        ...FACILITY,
        facilityCode: first,
        secondaryMedicalAreaCode: '0202',
        version: 1,
      })
      .expect(200);
    const stale = await aomori.post(`/api/imports/${stalePreview.id}/commit`).send({}).expect(409);
    expect(stale.body).toMatchObject({ code: 'IMPORT_STALE' });
    expect(((await aomori.get(`/api/facilities/${imported[0]?.id}`).expect(200)).body as FacilityResponse).bedCount).toBe(300);

    // Another prefecture's officer neither sees nor commits someone else's import.
    await chiba.get(`/api/imports/${stalePreview.id}`).expect(404);
    await chiba.post(`/api/imports/${stalePreview.id}/commit`).send({}).expect(404);
  });

  it('lets a prefecture change its own area designations and spots with a reason, audited, and no one else’s', async () => {
    const before = (await request(testApp.http).get('/api/reference/prefectures/02').expect(200)).body as PrefectureDetailResponse;
    const tsugaru = before.secondaryMedicalAreas.find((area) => area.code === '0201');
    expect(tsugaru?.physicianScarce).toBe(false);

    await chiba
      .send('PUT', '/api/reference/areas/0201/designation', {
        physicianScarce: true,
        reason: 'x',
        version: tsugaru?.designation.version,
      })
      .expect(403);
    const changed = await aomori
      .send('PUT', '/api/reference/areas/0201/designation', {
        physicianScarce: true,
        reason: '山間部の医師確保が困難なため',
        version: tsugaru?.designation.version,
      })
      .expect(200);
    expect(changed.body).toMatchObject({ physicianScarce: true });
    await aomori
      .send('PUT', '/api/reference/areas/0201/designation', {
        physicianScarce: false,
        reason: 'stale',
        version: tsugaru?.designation.version,
      })
      .expect(409);
    const after = (await request(testApp.http).get('/api/reference/prefectures/02').expect(200)).body as PrefectureDetailResponse;
    expect(after.secondaryMedicalAreas.find((area) => area.code === '0201')).toMatchObject({
      physicianScarce: true,
      designation: {
        source: 'prefecture',
        reason: '山間部の医師確保が困難なため',
      },
    });
    const version = after.secondaryMedicalAreas.find((area) => area.code === '0201')?.designation.version;
    await aomori
      .send('PUT', '/api/reference/areas/0201/designation', {
        physicianScarce: false,
        reason: 'テスト後に戻す',
        version,
      })
      .expect(200);

    const facility = await createFacility(dataSource, '02', '0203');
    await dataSource.query(`UPDATE facility SET municipality = '蓬田村' WHERE id = $1`, [facility.id]);
    await chiba.post('/api/reference/prefectures/02/scarce-spots').send({ municipality: '蓬田村', reason: 'x' }).expect(403);
    const spot = (
      await aomori
        .post('/api/reference/prefectures/02/scarce-spots')
        .send({ municipality: '蓬田村', reason: '医師少数スポットとして指定' })
        .expect(201)
    ).body as ScarceSpotResponse;
    await aomori.post('/api/reference/prefectures/02/scarce-spots').send({ municipality: '蓬田村', reason: 'again' }).expect(409);
    expect(((await aomori.get(`/api/facilities/${facility.id}`).expect(200)).body as FacilityResponse).physicianScarceSpot).toBe(true);
    expect(
      ((await request(testApp.http).get('/api/reference/prefectures/02/scarce-spots').expect(200)).body as ScarceSpotResponse[]).map(
        (item) => item.municipality,
      ),
    ).toContain('蓬田村');
    await chiba.send('DELETE', `/api/reference/prefectures/02/scarce-spots/${spot.id}`, {}).expect(403);
    await aomori.send('DELETE', `/api/reference/prefectures/02/scarce-spots/${spot.id}`, {}).expect(204);
    const actions = (await dataSource.getRepository(AuditEntry).find({ where: { prefectureCode: '02' } })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['designation.area-changed', 'designation.spot-added', 'designation.spot-removed']));
  });
});
