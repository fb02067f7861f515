import { randomUUID } from 'node:crypto';
import {
  CreateProgramRequest,
  HostLedgerResponse,
  HostRecommendation,
  HostPlaceResponse,
  HostProfileResponse,
  ProgramResponse,
} from '@renkei/contract';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { HostProfile } from '../../src/hosts/entities/host-profile.entity';
import { emptyProfile, profileCompleteness } from '../../src/hosts/profile-completeness';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../../src/nominations/entities/published-host.entity';
import { Program } from '../../src/programs/entities/program.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

/** This file's published round: far above the years other files use, deleted afterwards. */
const YEAR = 2070;
const UNPUBLISHED_YEAR = 2071;
/** A later published round, where this file's 2070 connections count as past ones. */
const LATER_YEAR = 2072;

const CATEGORY_NAMES = {
  'special-regional': ['特別地域連携プログラム', 'Special regional program'],
  connection: ['連携プログラム', 'Connection program'],
} as const;

describe('programs, connection requests and the host capacity ledger', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let base: Facility;
  let otherBase: Facility;
  let hostA: Facility;
  let hostB: Facility;
  let crowded: Facility;
  let baseUser: TestClient;
  let otherBaseUser: TestClient;
  let hostAUser: TestClient;
  let hostBUser: TestClient;
  let crowdedUser: TestClient;
  let aomori: TestClient;
  let chiba: TestClient;
  let tokyo: TestClient;
  let jmsb: TestClient;
  let laterRound: NominationRound;
  let publish: (round: NominationRound, host: Facility, categoryCode: keyof typeof CATEGORY_NAMES, acceptableNumber: number) => Promise<void>;

  const emailOf = new Map<TestClient, string>();
  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    const { email } = await createUser(dataSource, options);
    await client.signIn(email);
    emailOf.set(client, email);
    return client;
  };
  const subjectsTo = async (client: TestClient) =>
    (
      await dataSource
        .getRepository(OutboxMessage)
        .find({ where: { recipient: emailOf.get(client), template: 'connection-step' }, order: { createdAt: 'ASC' } })
    ).map((mail) => mail.subject);
  const facility = (name: string, prefectureCode: string, areaCode: string, kind: { isBase?: boolean; isHost?: boolean }) =>
    dataSource.getRepository(Facility).save({
      facilityCode: `PG-${randomUUID().slice(0, 8)}`,
      name,
      prefectureCode,
      secondaryMedicalAreaCode: areaCode,
      address: `${name}の住所`,
      isBase: kind.isBase ?? false,
      isHost: kind.isHost ?? false,
      sample: false,
    });
  const program = (overrides: Partial<CreateProgramRequest> = {}): CreateProgramRequest => ({
    baseFacilityId: base.id,
    specialtyCode: 'internal-medicine',
    categoryCode: 'special-regional',
    recruitmentYear: YEAR,
    places: 3,
    hosts: [{ hostFacilityId: hostA.id, places: 3, months: 12 }],
    contactName: '連携 太郎',
    contactEmail: 'renkei@example.jp',
    contactPhone: '043-000-0000',
    ...overrides,
  });
  const register = async (body: CreateProgramRequest = program()) =>
    (await baseUser.post('/api/programs').send(body).expect(201)).body as ProgramResponse;
  const ledgerOf = async (client: TestClient, facilityId: string) =>
    (await client.get(`/api/hosts/${facilityId}/ledger?year=${YEAR}`).expect(200)).body as HostLedgerResponse;
  const requestPath = (registered: ProgramResponse, index = 0) => `/api/programs/${registered.id}/requests/${registered.requests[index]?.id}`;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    base = await facility('千葉基幹病院', '12', '1201', { isBase: true });
    otherBase = await facility('別の基幹病院', '12', '1202', { isBase: true });
    hostA = await facility('青森連携病院', '02', '0204', { isHost: true });
    hostB = await facility('津軽連携病院', '02', '0201', { isHost: true });
    crowded = await facility('人気の連携病院', '02', '0201', { isHost: true });
    baseUser = await signedIn({ role: 'base-facility', facilityId: base.id });
    otherBaseUser = await signedIn({ role: 'base-facility', facilityId: otherBase.id });
    hostAUser = await signedIn({ role: 'host-facility', facilityId: hostA.id });
    hostBUser = await signedIn({ role: 'host-facility', facilityId: hostB.id });
    crowdedUser = await signedIn({ role: 'host-facility', facilityId: crowded.id });
    aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    chiba = await signedIn({ role: 'prefecture', prefectureCode: '12' });
    tokyo = await signedIn({ role: 'prefecture', prefectureCode: '13' });
    jmsb = await signedIn({ role: 'jmsb' });

    const ruleSet = await dataSource.getRepository(RuleSetRecord).findOneByOrFail({ recruitmentYear: 2027, status: 'active' });
    const roundFields = {
      ruleSetId: ruleSet.id,
      prefectureDeadline: new Date(Date.now() - 20 * 86_400_000),
      societyDeadline: new Date(Date.now() - 10 * 86_400_000),
      message: '',
      expectedPlaces: {},
      openedBy: randomUUID(),
    };
    const rounds = dataSource.getRepository(NominationRound);
    const round = await rounds.save({ ...roundFields, recruitmentYear: YEAR, status: 'published', publishedAt: new Date() });
    await rounds.save({ ...roundFields, recruitmentYear: UNPUBLISHED_YEAR, status: 'reviewing' });
    publish = async (round: NominationRound, host: Facility, categoryCode: keyof typeof CATEGORY_NAMES, acceptableNumber: number) => {
      const submissions = dataSource.getRepository(PrefectureSubmission);
      const submission =
        (await submissions.findOneBy({ roundId: round.id, prefectureCode: host.prefectureCode })) ??
        (await submissions.save({ roundId: round.id, prefectureCode: host.prefectureCode, status: 'submitted' }));
      const candidate = await dataSource.getRepository(Candidate).save({
        roundId: round.id,
        submissionId: submission.id,
        prefectureCode: host.prefectureCode,
        facilityId: host.id,
        specialtyCode: 'internal-medicine',
        origin: 'scarce-area',
        previousHost: false,
        acceptableNumber,
        acceptablePeriods: [],
        contactName: '',
        contactEmail: null,
        contactPhone: '',
        reasonOutsideScarce: '',
        councilConsultedOn: null,
        councilNote: '',
        universityConsultedOn: null,
        universityNote: '',
        reviewStatus: 'confirmed',
      });
      await dataSource.getRepository(PublishedHost).save({
        roundId: round.id,
        candidateId: candidate.id,
        facilityId: host.id,
        facilityCode: host.facilityCode,
        facilityName: host.name,
        prefectureCode: host.prefectureCode,
        address: host.address,
        specialtyCode: 'internal-medicine',
        categoryCode,
        categoryNameJa: CATEGORY_NAMES[categoryCode][0],
        categoryNameEn: CATEGORY_NAMES[categoryCode][1],
        acceptableNumber,
        acceptablePeriods: [],
        sample: false,
      });
    };
    await publish(round, hostA, 'special-regional', 3);
    await publish(round, hostB, 'connection', 2);
    await publish(round, crowded, 'special-regional', 3);
    laterRound = await rounds.save({ ...roundFields, recruitmentYear: LATER_YEAR, status: 'published', publishedAt: new Date() });
  });

  afterAll(async () => {
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: YEAR });
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: UNPUBLISHED_YEAR });
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: LATER_YEAR });
    await testApp.close();
  });

  it('registers a program with a request per host, the engine’s decision stored, and the step audited', async () => {
    const registered = await register();
    expect(registered).toMatchObject({
      base: { id: base.id, prefectureCode: '12' },
      recruitmentYear: YEAR,
      places: 3,
      recruited: null,
      version: 1,
      requests: [{ host: { id: hostA.id }, placesRequested: 3, monthsRequested: 12, status: 'pending', placesAccepted: null, version: 1 }],
      decisions: [{ hostFacilityId: hostA.id, result: expect.objectContaining({ category: 'special-regional', minimumRotationMonths: 12 }) }],
    });
    expect(registered.decisions[0]?.result.reasons.length).toBeGreaterThan(0);
    const stored = await dataSource.getRepository(Program).findOneByOrFail({ id: registered.id });
    expect(stored.decisions).toEqual(registered.decisions);
    await dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: registered.id, action: 'program.registered' });
    expect((await ledgerOf(hostAUser, hostA.id)).rows).toEqual([
      expect.objectContaining({ categoryCode: 'special-regional', acceptableNumber: 3, placesRequested: 3, placesAccepted: 0, remaining: 3 }),
    ]);
  });

  it('refuses another facility’s name, unpublished rounds and hosts, short rotations and too few host places', async () => {
    const refused = await otherBaseUser.post('/api/programs').send(program()).expect(403);
    expect(refused.body.message).toMatch(/your own base facility/);
    await hostAUser.post('/api/programs').send(program()).expect(403);

    const fieldErrors = async (body: CreateProgramRequest) =>
      (await baseUser.post('/api/programs').send(body).expect(400)).body.fieldErrors as Record<string, string[]>;
    expect(await fieldErrors(program({ recruitmentYear: UNPUBLISHED_YEAR }))).toEqual({
      recruitmentYear: [expect.stringMatching(/2071 nomination round is not published/)],
    });
    expect(await fieldErrors(program({ specialtyCode: 'pediatrics' }))).toEqual({
      'hosts.0.hostFacilityId': [expect.stringMatching(/not a published host for pediatrics \(special-regional\)/)],
    });
    // hostB is published for the connection category only.
    expect(await fieldErrors(program({ hosts: [{ hostFacilityId: hostB.id, places: 3, months: 12 }] }))).toEqual({
      'hosts.0.hostFacilityId': [expect.stringMatching(/not a published host/)],
    });
    expect(await fieldErrors(program({ hosts: [{ hostFacilityId: hostA.id, places: 3, months: 11 }] }))).toEqual({
      'hosts.0.months': [expect.stringMatching(/at least 12 months/)],
    });
    expect(await fieldErrors(program({ categoryCode: 'connection', hosts: [{ hostFacilityId: hostB.id, places: 3, months: 12 }] }))).toEqual({
      'hosts.0.months': [expect.stringMatching(/at least 18 months/)],
    });
    expect(await fieldErrors(program({ places: 4 }))).toEqual({
      hosts: [expect.stringMatching(/hosts take 3 residents but the program recruits 4/)],
    });
    expect(
      await fieldErrors(
        program({
          hosts: [
            { hostFacilityId: hostA.id, places: 1, months: 12 },
            { hostFacilityId: hostA.id, places: 2, months: 12 },
          ],
        }),
      ),
    ).toEqual({ 'hosts.1.hostFacilityId': [expect.stringMatching(/already listed/)] });
    const invalid = await baseUser
      .post('/api/programs')
      .send({ ...program(), hosts: [{ hostFacilityId: 'x', places: 0, months: 40 }], owner: 'me' })
      .expect(400);
    expect(Object.keys(invalid.body.fieldErrors)).toEqual(
      expect.arrayContaining(['hosts.0.hostFacilityId', 'hosts.0.places', 'hosts.0.months', 'owner']),
    );
    expect(await dataSource.getRepository(Program).countBy({ recruitmentYear: YEAR })).toBe(1);
  });

  it('shows programs to the base, the hosts asked, the prefectures touched and the JMSB only', async () => {
    const registered = await register(
      program({ categoryCode: 'connection', places: 2, hosts: [{ hostFacilityId: hostB.id, places: 2, months: 18 }] }),
    );
    const ids = async (client: TestClient, query = `?year=${YEAR}`) =>
      ((await client.get(`/api/programs${query}`).expect(200)).body as ProgramResponse[]).map((item) => item.id);

    expect(await ids(baseUser)).toContain(registered.id);
    expect(await ids(hostBUser)).toEqual([registered.id]);
    expect(await ids(hostAUser)).not.toContain(registered.id);
    expect(await ids(otherBaseUser)).toEqual([]);
    expect(await ids(aomori)).toContain(registered.id);
    expect(await ids(chiba)).toContain(registered.id);
    expect(await ids(tokyo)).toEqual([]);
    expect(await ids(jmsb, `?year=${YEAR}&prefecture=02&specialty=internal-medicine`)).toContain(registered.id);
    expect(await ids(jmsb, `?year=${YEAR}&prefecture=13`)).toEqual([]);
    await chiba.get('/api/programs?prefecture=02').expect(403);
    await jmsb.get('/api/programs?prefecture=2').expect(400);

    await baseUser.get(`/api/programs/${registered.id}`).expect(200);
    await aomori.get(`/api/programs/${registered.id}`).expect(200);
    await otherBaseUser.get(`/api/programs/${registered.id}`).expect(404);
    await hostAUser.get(`/api/programs/${registered.id}`).expect(404);
    await tokyo.get(`/api/programs/${registered.id}`).expect(404);
  });

  it('lets only the host asked accept, within the places requested, the minimum rotation and its capacity', async () => {
    const registered = await register();
    const path = requestPath(registered);
    const version = registered.requests[0]?.version;

    await hostBUser.post(`${path}/accept`).send({ places: 2, months: 12, version }).expect(404);
    await baseUser.post(`${path}/accept`).send({ places: 2, months: 12, version }).expect(403);
    await aomori.post(`${path}/accept`).send({ places: 2, months: 12, version }).expect(403);
    const invalid = await hostAUser.post(`${path}/accept`).send({ places: 4, months: 11, version }).expect(400);
    expect(invalid.body.fieldErrors).toEqual({
      places: [expect.stringMatching(/at most the 3 places requested/)],
      months: [expect.stringMatching(/at least 12 months/)],
    });
    await hostAUser.post(`${path}/accept`).send({ places: 2, months: 12, version: 99 }).expect(409);

    const accepted = (await hostAUser.post(`${path}/accept`).send({ places: 2, months: 12, version }).expect(200)).body as ProgramResponse;
    expect(accepted.requests[0]).toMatchObject({ status: 'accepted', placesAccepted: 2, monthsAccepted: 12, version: 2 });
    expect(accepted.requests[0]?.respondedAt).toEqual(expect.any(String));
    await hostAUser.post(`${path}/accept`).send({ places: 1, months: 12, version: 2 }).expect(409);
    await dataSource.getRepository(AuditEntry).findOneByOrFail({ entityId: registered.requests[0]?.id, action: 'connection-request.accepted' });

    // The first program's request still asks for 3, but only 1 place is left.
    const [first] = ((await baseUser.get(`/api/programs?year=${YEAR}`).expect(200)).body as ProgramResponse[]).filter(
      (item) => item.requests[0]?.host.id === hostA.id && item.requests[0]?.status === 'pending',
    );
    const full = await hostAUser
      .post(`${requestPath(first as ProgramResponse)}/accept`)
      .send({ places: 2, months: 12, version: first?.requests[0]?.version })
      .expect(409);
    expect(full.body).toMatchObject({ code: 'NO_CAPACITY_LEFT', message: expect.stringMatching(/no capacity left \(2 of 3 places taken\)/i) });

    const ledger = await ledgerOf(hostAUser, hostA.id);
    expect(ledger).toMatchObject({ facilityId: hostA.id, recruitmentYear: YEAR });
    expect(ledger.rows).toEqual([expect.objectContaining({ acceptableNumber: 3, placesRequested: 3, placesAccepted: 2, remaining: 1 })]);
    expect((await ledgerOf(aomori, hostA.id)).rows[0]).toMatchObject({ placesAccepted: 2 });
    expect((await ledgerOf(jmsb, hostA.id)).rows[0]).toMatchObject({ placesAccepted: 2 });
    await hostBUser.get(`/api/hosts/${hostA.id}/ledger`).expect(403);
    await chiba.get(`/api/hosts/${hostA.id}/ledger`).expect(403);
    await baseUser.get(`/api/hosts/${hostA.id}/ledger`).expect(403);
    await jmsb.get(`/api/hosts/${hostA.id}/ledger?year=${UNPUBLISHED_YEAR}`).expect(404);

    // The host's places cannot be revised below what it has accepted.
    const profile = (await hostAUser.get(`/api/host-profiles/${hostA.id}`).expect(200)).body as HostProfileResponse;
    const place = profile.places[0] as HostPlaceResponse;
    const placePath = `/api/host-profiles/${hostA.id}/places/internal-medicine`;
    const lowered = await hostAUser.send('PUT', placePath, { acceptableNumber: 1, acceptablePeriods: [], version: place.version }).expect(409);
    expect(lowered.body.message).toMatch(/already accepted 2 places/);
    await aomori.send('PUT', placePath, { acceptableNumber: 2, acceptablePeriods: [], version: place.version }).expect(200);
    expect((await ledgerOf(hostAUser, hostA.id)).rows[0]).toMatchObject({ acceptableNumber: 2, remaining: 0 });
  });

  it('declines with a reason, and a withdrawal gives accepted places back to the host', async () => {
    const [accepted] = ((await baseUser.get(`/api/programs?year=${YEAR}`).expect(200)).body as ProgramResponse[]).filter(
      (item) => item.requests[0]?.status === 'accepted',
    );
    const [pending] = ((await hostAUser.get(`/api/programs?year=${YEAR}`).expect(200)).body as ProgramResponse[]).filter(
      (item) => item.requests[0]?.status === 'pending',
    );
    if (!accepted || !pending) throw new Error('the earlier tests leave an accepted and a pending request');

    await hostAUser
      .post(`${requestPath(pending)}/decline`)
      .send({ reason: '', version: pending.requests[0]?.version })
      .expect(400);
    await baseUser
      .post(`${requestPath(pending)}/decline`)
      .send({ reason: 'no', version: 1 })
      .expect(403);
    const declined = (
      await hostAUser
        .post(`${requestPath(pending)}/decline`)
        .send({ reason: '指導医が不足しています', version: pending.requests[0]?.version })
        .expect(200)
    ).body as ProgramResponse;
    expect(declined.requests[0]).toMatchObject({ status: 'declined', declineReason: '指導医が不足しています' });
    await baseUser
      .post(`${requestPath(pending)}/withdraw`)
      .send({ version: declined.requests[0]?.version })
      .expect(409);

    await otherBaseUser
      .post(`${requestPath(accepted)}/withdraw`)
      .send({ version: accepted.requests[0]?.version })
      .expect(404);
    await hostAUser
      .post(`${requestPath(accepted)}/withdraw`)
      .send({ version: accepted.requests[0]?.version })
      .expect(403);
    const withdrawn = (
      await baseUser
        .post(`${requestPath(accepted)}/withdraw`)
        .send({ version: accepted.requests[0]?.version })
        .expect(200)
    ).body as ProgramResponse;
    expect(withdrawn.requests[0]).toMatchObject({ status: 'withdrawn' });
    expect((await ledgerOf(hostAUser, hostA.id)).rows[0]).toMatchObject({ placesRequested: 0, placesAccepted: 0, remaining: 2 });
  });

  it('takes comments from the facilities and their prefectures, results and rotations from the base', async () => {
    const registered = await register(program({ places: 1, hosts: [{ hostFacilityId: hostA.id, places: 1, months: 12 }] }));
    const path = requestPath(registered);
    await aomori.post(`${path}/comments`).send({ comment: '県から受入調整を支援します' }).expect(201);
    await chiba.post(`${path}/comments`).send({ comment: '確認しました' }).expect(201);
    await tokyo.post(`${path}/comments`).send({ comment: '関係ない県' }).expect(404);
    await jmsb.post(`${path}/comments`).send({ comment: 'JMSB' }).expect(403);
    await hostAUser.post(`${path}/comments`).send({ comment: '' }).expect(400);
    const commented = (await hostAUser.post(`${path}/comments`).send({ comment: '受入可能です' }).expect(201)).body as ProgramResponse;
    expect(commented.requests[0]?.comments.map((item) => item.comment)).toEqual(['県から受入調整を支援します', '確認しました', '受入可能です']);

    const rotation = { residentLabel: 'A', startedOn: '2070-04-01', endedOn: '2071-03-31' };
    await baseUser.post(`${path}/rotations`).send(rotation).expect(409);
    const accepted = (await hostAUser.post(`${path}/accept`).send({ places: 1, months: 12, version: 1 }).expect(200)).body as ProgramResponse;
    await hostAUser.post(`${path}/rotations`).send(rotation).expect(403);
    await otherBaseUser.post(`${path}/rotations`).send(rotation).expect(404);
    await baseUser
      .post(`${path}/rotations`)
      .send({ ...rotation, endedOn: '2069-03-31' })
      .expect(400);
    await baseUser
      .post(`${path}/rotations`)
      .send({ ...rotation, startedOn: '2070-02-30' })
      .expect(400);
    const rotated = (await baseUser.post(`${path}/rotations`).send(rotation).expect(201)).body as ProgramResponse;
    expect(rotated.requests[0]?.rotations).toEqual([{ id: expect.any(String), ...rotation }]);
    await baseUser
      .post(`${path}/rotations`)
      .send({ ...rotation, residentLabel: 'B' })
      .expect(409);

    const results = `/api/programs/${registered.id}/results`;
    await otherBaseUser.send('PUT', results, { recruited: 1, version: accepted.version }).expect(404);
    await aomori.send('PUT', results, { recruited: 1, version: accepted.version }).expect(403);
    await baseUser.send('PUT', results, { recruited: 2, version: accepted.version }).expect(400);
    await baseUser.send('PUT', results, { recruited: 1, version: accepted.version + 1 }).expect(409);
    const recorded = (await baseUser.send('PUT', results, { recruited: 1, version: accepted.version }).expect(200)).body as ProgramResponse;
    expect(recorded).toMatchObject({ recruited: 1, version: accepted.version + 1 });
    expect(((await aomori.get(`/api/programs/${registered.id}`).expect(200)).body as ProgramResponse).recruited).toBe(1);
  });

  it('mails the host a request, the base its answer, and everyone else concerned a comment', async () => {
    const before = {
      hostB: (await subjectsTo(hostBUser)).length,
      base: (await subjectsTo(baseUser)).length,
      aomori: (await subjectsTo(aomori)).length,
      chiba: (await subjectsTo(chiba)).length,
    };
    const registered = await register(
      program({ categoryCode: 'connection', places: 1, hosts: [{ hostFacilityId: hostB.id, places: 1, months: 18 }] }),
    );
    const requested = (await subjectsTo(hostBUser)).slice(before.hostB);
    expect(requested).toEqual([`【${YEAR}年度募集】連携の依頼が届きました（千葉基幹病院）`]);

    await hostBUser
      .post(`${requestPath(registered)}/comments`)
      .send({ comment: '面談の日程を相談させてください' })
      .expect(201);
    expect((await subjectsTo(hostBUser)).length - before.hostB).toBe(1);
    for (const [client, count] of [
      [baseUser, before.base],
      [aomori, before.aomori],
      [chiba, before.chiba],
    ] as const) {
      expect((await subjectsTo(client)).slice(count)).toEqual([expect.stringContaining('連携の依頼にコメントがありました')]);
    }
    await hostBUser
      .post(`${requestPath(registered)}/decline`)
      .send({ reason: '今年度は受入できません', version: 1 })
      .expect(200);
    expect((await subjectsTo(baseUser)).slice(before.base + 1)).toEqual([`【${YEAR}年度募集】津軽連携病院が連携の依頼を辞退しました`]);
  });

  it('never lets 50 simultaneous accepts take more than the 3 places left', async () => {
    const programs: ProgramResponse[] = [];
    for (let index = 0; index < 50; index++) {
      programs.push(await register(program({ places: 1, hosts: [{ hostFacilityId: crowded.id, places: 1, months: 12 }] })));
    }
    const responses = await Promise.all(
      programs.map((item) => crowdedUser.post(`${requestPath(item)}/accept`).send({ places: 1, months: 12, version: item.requests[0]?.version })),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 409)).toHaveLength(47);
    for (const refused of responses.filter((response) => response.status === 409)) {
      expect(refused.body).toMatchObject({ code: 'NO_CAPACITY_LEFT', message: expect.stringMatching(/no capacity left \(3 of 3 places taken\)/i) });
    }
    expect((await ledgerOf(crowdedUser, crowded.id)).rows).toEqual([
      expect.objectContaining({ acceptableNumber: 3, placesRequested: 47, placesAccepted: 3, remaining: 0 }),
    ]);
  });

  it('recommends published hosts with places left, nearest and best described first, each with its reasons', async () => {
    const near = await facility('千葉連携病院', '12', '1202', { isHost: true });
    const kanto = await facility('東京連携病院', '13', '1301', { isHost: true });
    for (const host of [hostA, crowded, near, kanto]) {
      await publish(laterRound, host, 'special-regional', host === crowded ? 1 : 2);
    }
    const content = { ...emptyProfile(), nameReading: 'あおもりれんけいびょういん', message: 'お待ちしています' };
    await dataSource
      .getRepository(HostProfile)
      .save({ facilityId: hostA.id, status: 'approved', draft: content, published: content, publishedAt: new Date() });
    // The crowded host is full in the later round too.
    const full = await register(program({ recruitmentYear: LATER_YEAR, places: 1, hosts: [{ hostFacilityId: crowded.id, places: 1, months: 12 }] }));
    await crowdedUser
      .post(`${requestPath(full)}/accept`)
      .send({ places: 1, months: 12, version: 1 })
      .expect(200);

    const path = `/api/programs/recommendations?baseFacilityId=${base.id}&specialty=internal-medicine&category=special-regional&year=${LATER_YEAR}`;
    await otherBaseUser.get(path).expect(403);
    await hostAUser.get(path).expect(403);
    await baseUser
      .get(`/api/programs/recommendations?baseFacilityId=${base.id}&specialty=internal-medicine&category=special&year=${LATER_YEAR}`)
      .expect(400);
    await baseUser.get(path.replace(String(LATER_YEAR), String(UNPUBLISHED_YEAR))).expect(404);

    const recommendations = (await baseUser.get(path).expect(200)).body as HostRecommendation[];
    expect(recommendations.map((item) => item.host.id)).toEqual([near.id, kanto.id, hostA.id]);
    const percent = profileCompleteness(content).percent;
    expect(recommendations[0]).toMatchObject({
      remaining: 2,
      samePrefecture: true,
      sameBlock: true,
      pastConnections: 0,
      profileCompleteness: null,
      score: 36,
    });
    expect(recommendations[0]?.reasons.map((reason) => reason.messageJa)).toEqual(['残り2名', '同じ都道府県（千葉県）']);
    expect(recommendations[1]).toMatchObject({ sameBlock: true, samePrefecture: false, score: 26 });
    expect(recommendations[1]?.reasons.map((reason) => reason.messageEn)).toEqual(['2 places left', 'Same region (Kanto)']);
    // hostA accepted one resident of this base in 2070 (the comments test); its approved profile is thin.
    expect(recommendations[2]).toMatchObject({
      samePrefecture: false,
      sameBlock: false,
      pastConnections: 1,
      profileCompleteness: percent,
      score: Math.round(2 * 8 + percent * 0.3 + 5),
    });
    expect(recommendations[2]?.reasons.map((reason) => reason.messageJa)).toEqual(['残り2名', '過去に1件の連携', `プロフィール充実度 ${percent}%`]);
  });

  it('exports every program × request for the JMSB as formula-safe CSV and .xlsx', async () => {
    const registered = await register(
      program({ categoryCode: 'connection', places: 1, hosts: [{ hostFacilityId: hostB.id, places: 1, months: 18 }] }),
    );
    await hostBUser
      .post(`${requestPath(registered)}/decline`)
      .send({ reason: '=HYPERLINK("http://x")', version: 1 })
      .expect(200);

    await baseUser.get(`/api/programs.csv?year=${YEAR}`).expect(403);
    await aomori.get(`/api/programs.csv?year=${YEAR}`).expect(403);
    await hostBUser.get(`/api/programs.xlsx?year=${YEAR}`).expect(403);
    await jmsb.get('/api/programs.csv?year=twenty').expect(400);

    const csv = await jmsb.get(`/api/programs.csv?year=${YEAR}`).expect(200);
    expect(csv.headers['content-disposition']).toContain(`renkei-programs-${YEAR}.csv`);
    expect(csv.text.startsWith('\uFEFF募集年度 (recruitment year),基幹施設コード (base facility code),基幹施設名 (base facility)')).toBe(true);
    const lines = csv.text.trim().split('\r\n');
    const programCount = ((await jmsb.get(`/api/programs?year=${YEAR}`).expect(200)).body as ProgramResponse[]).length;
    expect(lines).toHaveLength(1 + programCount);
    expect(csv.text).toContain(`'=HYPERLINK`);
    expect(lines.find((line) => line.includes(`'=HYPERLINK`))).toContain(`${YEAR},${base.facilityCode},千葉基幹病院,千葉県`);
    expect(csv.text).toContain('受入 (accepted)');

    const xlsx = await jmsb
      .get(`/api/programs.xlsx?year=${YEAR}`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(1).value).toBe('募集年度 (recruitment year)');
    expect(sheet?.rowCount).toBe(1 + programCount);
  });

  it('shows a request’s comments only to its parties: another host of the same program does not read them', async () => {
    const shared = await register(
      program({
        places: 2,
        hosts: [
          { hostFacilityId: hostA.id, places: 1, months: 12 },
          { hostFacilityId: crowded.id, places: 1, months: 12 },
        ],
      }),
    );
    const hostARequest = shared.requests.find((item) => item.host.id === hostA.id);
    await hostAUser.post(`/api/programs/${shared.id}/requests/${hostARequest?.id}/comments`).send({ comment: '当院の事情' }).expect(201);
    const asCrowded = (await crowdedUser.get(`/api/programs/${shared.id}`).expect(200)).body as ProgramResponse;
    expect(asCrowded.requests.find((item) => item.host.id === hostA.id)?.comments).toEqual([]);
    const asBase = (await baseUser.get(`/api/programs/${shared.id}`).expect(200)).body as ProgramResponse;
    expect(asBase.requests.find((item) => item.host.id === hostA.id)?.comments.map((item) => item.comment)).toEqual(['当院の事情']);
  });
});
