import { randomUUID } from 'node:crypto';
import { HostPlaceResponse, HostProfileResponse, HostProfileSummary } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { HostListing } from '../../src/hosts/directory/host-listing.entity';
import { HostListingIndexer } from '../../src/hosts/directory/host-listing.indexer';
import { HostAlertHost } from '../../src/host-alerts/entities/host-alert-host.entity';
import { HostAlertSubscription } from '../../src/host-alerts/entities/host-alert-subscription.entity';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../../src/nominations/entities/published-host.entity';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

/** Recruitment years of this file's rounds: far from the years other files open. */
const COLLECTING_YEAR = 2051;
const PUBLISHED_YEAR = 2050;

const PLACE = { acceptableNumber: 3, acceptablePeriods: [{ startMonth: '2051-04', months: 12 }] };

describe('host places and the review queue: the profile reads and writes the candidate list, never a copy', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let host: TestClient;
  let otherHost: TestClient;
  let aomori: TestClient;
  let chiba: TestClient;
  let jmsb: TestClient;
  let facility: Facility;
  let other: Facility;
  let submission: PrefectureSubmission;
  let candidate: Candidate;

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    await client.signIn((await createUser(dataSource, options)).email);
    return client;
  };
  const profileOf = async (client: TestClient, facilityId = facility.id) =>
    (await client.get(`/api/host-profiles/${facilityId}`).expect(200)).body as HostProfileResponse;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const facilities = dataSource.getRepository(Facility);
    const hostFacility = (code: string, name: string, prefectureCode: string, areaCode: string) =>
      facilities.save({
        facilityCode: code,
        name,
        prefectureCode,
        secondaryMedicalAreaCode: areaCode,
        address: `${name}の住所`,
        isHost: true,
        sample: false,
      });
    facility = await hostFacility(`PL-${randomUUID().slice(0, 6)}`, '西北五受入病院', '02', '0204');
    other = await hostFacility(`PL-${randomUUID().slice(0, 6)}`, '津軽別病院', '02', '0201');
    host = await signedIn({ role: 'host-facility', facilityId: facility.id });
    otherHost = await signedIn({ role: 'host-facility', facilityId: other.id });
    aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    chiba = await signedIn({ role: 'prefecture', prefectureCode: '12' });
    jmsb = await signedIn({ role: 'jmsb' });

    const ruleSet = await dataSource.getRepository(RuleSetRecord).findOneByOrFail({ recruitmentYear: 2027, status: 'active' });
    const rounds = dataSource.getRepository(NominationRound);
    const roundFields = {
      ruleSetId: ruleSet.id,
      prefectureDeadline: new Date(Date.now() + 10 * 86_400_000),
      societyDeadline: new Date(Date.now() + 20 * 86_400_000),
      message: '',
      expectedPlaces: {},
      openedBy: randomUUID(),
    };
    const published = await rounds.save({ ...roundFields, recruitmentYear: PUBLISHED_YEAR, status: 'published', publishedAt: new Date() });
    const publishedList = await dataSource
      .getRepository(PrefectureSubmission)
      .save({ roundId: published.id, prefectureCode: '02', status: 'submitted' });
    const publishedCandidate = await dataSource.getRepository(Candidate).save(candidateRow(published.id, publishedList.id, 'confirmed'));
    await dataSource.getRepository(PublishedHost).save({
      roundId: published.id,
      candidateId: publishedCandidate.id,
      facilityId: facility.id,
      facilityCode: facility.facilityCode,
      facilityName: facility.name,
      prefectureCode: '02',
      address: facility.address,
      specialtyCode: 'internal-medicine',
      categoryCode: 'special-regional',
      categoryNameJa: '特別地域連携プログラム',
      categoryNameEn: 'Special regional program',
      acceptableNumber: 2,
      acceptablePeriods: [{ startMonth: '2050-04', months: 12 }],
      sample: false,
    });

    const collecting = await rounds.save({ ...roundFields, recruitmentYear: COLLECTING_YEAR, status: 'collecting' });
    submission = await dataSource.getRepository(PrefectureSubmission).save({ roundId: collecting.id, prefectureCode: '02', status: 'draft' });
    candidate = await dataSource.getRepository(Candidate).save(candidateRow(collecting.id, submission.id, 'confirmed'));
  });

  afterAll(async () => {
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: PUBLISHED_YEAR });
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: COLLECTING_YEAR });
    await testApp.close();
  });

  function candidateRow(roundId: string, submissionId: string, reviewStatus: Candidate['reviewStatus']): Partial<Candidate> {
    return {
      roundId,
      submissionId,
      prefectureCode: '02',
      facilityId: facility.id,
      specialtyCode: 'internal-medicine',
      origin: 'scarce-area',
      previousHost: false,
      acceptableNumber: null,
      acceptablePeriods: [],
      contactName: '',
      contactEmail: null,
      contactPhone: '',
      reasonOutsideScarce: '',
      councilConsultedOn: null,
      councilNote: '',
      universityConsultedOn: null,
      universityNote: '',
      reviewStatus,
    };
  }

  it('lists a prefecture’s host profiles for its officers and the JMSB, and refuses other scopes', async () => {
    const queue = (await aomori.get('/api/host-profiles').expect(200)).body as HostProfileSummary[];
    expect(queue.map((row) => row.facilityId)).toEqual(expect.arrayContaining([facility.id, other.id]));
    expect(queue.every((row) => row.prefectureCode === '02')).toBe(true);
    expect(queue.find((row) => row.facilityId === facility.id)).toMatchObject({ status: 'draft', version: 0, completeness: 0 });

    const saved = (await host.send('PUT', `/api/host-profiles/${facility.id}`, { training: {}, living: {}, contact: {}, version: 0 }).expect(200))
      .body as HostProfileResponse;
    await host.post(`/api/host-profiles/${facility.id}/submit`).send({ version: saved.version }).expect(200);
    const submitted = (await aomori.get('/api/host-profiles?status=submitted').expect(200)).body as HostProfileSummary[];
    expect(submitted.map((row) => row.facilityId)).toEqual([facility.id]);

    expect(((await jmsb.get('/api/host-profiles?prefecture=02').expect(200)).body as HostProfileSummary[]).length).toBe(queue.length);
    await jmsb.get('/api/host-profiles').expect(400);
    await chiba.get('/api/host-profiles?prefecture=02').expect(403);
    await host.get('/api/host-profiles?prefecture=02').expect(403);
    await aomori.get('/api/host-profiles?status=published').expect(400);
  });

  it('shows the published places residents see and the next round’s candidate row, and writes changes through to it', async () => {
    const profile = await profileOf(host);
    expect(profile.places).toEqual([
      expect.objectContaining({ recruitmentYear: PUBLISHED_YEAR, stage: 'published', editable: true, acceptableNumber: 2 }),
      expect.objectContaining({
        recruitmentYear: COLLECTING_YEAR,
        specialtyCode: 'internal-medicine',
        stage: 'candidate',
        editable: true,
        acceptableNumber: null,
      }),
    ]);
    // Without a roundId a change goes to the latest round: the one being collected.
    const place = profile.places[1] as HostPlaceResponse;
    const path = `/api/host-profiles/${facility.id}/places/internal-medicine`;

    await otherHost.send('PUT', path, { ...PLACE, version: place.version }).expect(403);
    await chiba.send('PUT', path, { ...PLACE, version: place.version }).expect(403);
    await host
      .send('PUT', path, { acceptableNumber: 0, acceptablePeriods: [{ startMonth: '2051-13', months: 12 }], version: place.version })
      .expect(400)
      .expect((response) =>
        expect(Object.keys(response.body.fieldErrors)).toEqual(expect.arrayContaining(['acceptableNumber', 'acceptablePeriods.0.startMonth'])),
      );
    await host.send('PUT', `/api/host-profiles/${facility.id}/places/pediatrics`, { ...PLACE, version: place.version }).expect(404);

    const changed = (await host.send('PUT', path, { ...PLACE, version: place.version }).expect(200)).body as HostPlaceResponse;
    expect(changed).toMatchObject({ ...PLACE, stage: 'candidate' });
    await aomori.send('PUT', path, { ...PLACE, acceptableNumber: 4, version: place.version }).expect(409);

    // The prefecture's list holds the same figures, and the society must look again at the changed row.
    const row = await dataSource.getRepository(Candidate).findOneByOrFail({ id: candidate.id });
    expect(row).toMatchObject({ acceptableNumber: 3, acceptablePeriods: PLACE.acceptablePeriods, reviewStatus: 'pending' });
    const audit = await dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: candidate.id, action: 'candidate.updated' });
    expect(audit).toMatchObject({ facilityId: facility.id, before: expect.objectContaining({ acceptableNumber: null }) });

    // A submitted list is frozen for the host as for the prefecture.
    await dataSource.getRepository(PrefectureSubmission).update({ id: submission.id }, { status: 'submitted' });
    const frozen = await profileOf(aomori);
    expect(frozen.places[1]).toMatchObject({ stage: 'candidate', editable: false, acceptableNumber: 3 });
    await host.send('PUT', path, { ...PLACE, version: changed.version }).expect(409);
  });

  it('revises the published host row residents see (even while the next round collects) and tells those who saved the host', async () => {
    const watcher = `watcher-${randomUUID().slice(0, 8)}@example.jp`;
    const subscription = await dataSource
      .getRepository(HostAlertSubscription)
      .save({ email: watcher, language: 'ja', status: 'confirmed', confirmedAt: new Date() });
    await dataSource.getRepository(HostAlertHost).save({ subscriptionId: subscription.id, facilityId: facility.id, confirmed: true });
    // A round published before the directory existed gets its listing at start-up, once.
    const indexer = testApp.app.get(HostListingIndexer);
    expect(await dataSource.transaction((manager) => indexer.indexUnindexedRounds(manager))).toBeGreaterThanOrEqual(1);
    expect(await dataSource.transaction((manager) => indexer.indexUnindexedRounds(manager))).toBe(0);
    const listed = async () =>
      (await dataSource.getRepository(HostListing).findOneByOrFail({ facilityId: facility.id })).places.map((item) => item.acceptableNumber);
    expect(await listed()).toEqual([2]);

    const profile = await profileOf(host);
    const place = profile.places[0] as HostPlaceResponse;
    expect(place).toMatchObject({
      recruitmentYear: PUBLISHED_YEAR,
      stage: 'published',
      editable: true,
      acceptableNumber: 2,
      categoryCode: 'special-regional',
    });
    const revised = (
      await aomori
        .send('PUT', `/api/host-profiles/${facility.id}/places/internal-medicine`, {
          acceptableNumber: 1,
          acceptablePeriods: [],
          roundId: place.roundId,
          version: place.version,
        })
        .expect(200)
    ).body as HostPlaceResponse;
    expect(revised).toMatchObject({ acceptableNumber: 1, acceptablePeriods: [], version: place.version + 1 });
    const row = await dataSource.getRepository(PublishedHost).findOneByOrFail({ facilityId: facility.id });
    expect(row.acceptableNumber).toBe(1);
    expect(await listed()).toEqual([1]);
    expect(await dataSource.getRepository(AuditEntry).existsBy({ entityId: row.id, action: 'published-host.updated' })).toBe(true);
    const mails = await dataSource.getRepository(OutboxMessage).findBy({ recipient: watcher });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.textBody).toContain('/ja/hosts/alerts/unsubscribe?token=');
  });
});
