import { randomUUID } from 'node:crypto';
import {
  CandidateResponse,
  CompilationResponse,
  EligibilityExceptionResponse,
  PublishedHostsResponse,
  ReviewListResponse,
  RoundResponse,
  SubmissionResponse,
  TasksResponse,
} from '@renkei/contract';
import { Workbook } from 'exceljs';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../../src/nominations/entities/published-host.entity';
import { TasksService } from '../../src/nominations/tasks.service';
import { OutboxMessage } from '../../src/notifications/outbox-message.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

const DAY = 24 * 3600 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

const FILLED = {
  acceptableNumber: 2,
  acceptablePeriods: [{ startMonth: '2027-04', months: 12 }],
  contactName: '青森 花子',
  contactEmail: 'hanako@example.jp',
  contactPhone: '017-000-0000',
  reasonOutsideScarce: '',
  councilConsultedOn: '2026-12-10',
  councilNote: '地域医療対策協議会で了承',
  universityConsultedOn: null,
  universityNote: '',
};

describe('nomination rounds: JMSB → prefecture → society → published hosts', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let jmsb: TestClient;
  let aomori: TestClient;
  let chiba: TestClient;
  let internalMedicine: TestClient;
  let pediatrics: TestClient;
  let aomoriEmail: string;
  let societyEmail: string;
  let scarceHost: Facility;
  let outsideHost: Facility;

  const client = async (options: Parameters<typeof createUser>[1]) => {
    const user = await createUser(dataSource, options);
    const signedIn = await new TestClient(testApp.http).start();
    await signedIn.signIn(user.email);
    return { client: signedIn, email: user.email };
  };

  const mailsTo = (recipient: string) => dataSource.getRepository(OutboxMessage).find({ where: { recipient }, order: { createdAt: 'ASC' } });

  const submissionOf = async (who: TestClient, roundId: string, prefectureCode = '02') =>
    (await who.get(`/api/rounds/${roundId}/submissions/${prefectureCode}`).expect(200)).body as SubmissionResponse;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    jmsb = (await client({ role: 'jmsb' })).client;
    const aomoriUser = await client({ role: 'prefecture', prefectureCode: '02' });
    aomori = aomoriUser.client;
    aomoriEmail = aomoriUser.email;
    chiba = (await client({ role: 'prefecture', prefectureCode: '12' })).client;
    const society = await client({ role: 'society', specialtyCode: 'internal-medicine' });
    internalMedicine = society.client;
    societyEmail = society.email;
    pediatrics = (await client({ role: 'society', specialtyCode: 'pediatrics' })).client;
    const facilities = dataSource.getRepository(Facility);
    scarceHost = await facilities.save({
      facilityCode: `NOM-${randomUUID().slice(0, 6)}`,
      name: '=1+1 西北五テスト病院',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0204',
      municipality: '五所川原市',
      address: '青森県五所川原市テスト町1-1',
      isHost: true,
      sample: false,
    });
    outsideHost = await facilities.save({
      facilityCode: `NOM-${randomUUID().slice(0, 6)}`,
      name: '津軽テスト病院',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0201',
      municipality: '弘前市',
      address: '青森県弘前市テスト町2-2',
      isHost: true,
      sample: false,
    });
  });

  afterAll(() => testApp.close());

  it('runs the 2026 round end to end, with scopes, conflicts and illegal steps refused', async () => {
    // The JMSB opens the round: every prefecture gets a pre-filled draft and an e-mail.
    const opened = await jmsb
      .post('/api/rounds')
      .send({ recruitmentYear: 2026, prefectureDeadline: inDays(20), societyDeadline: inDays(40), message: '例年どおりご協力ください。' })
      .expect(201);
    const round = opened.body as RoundResponse;
    expect(round).toMatchObject({ recruitmentYear: 2026, status: 'collecting', ruleSet: { recruitmentYear: 2026 } });
    await jmsb
      .post('/api/rounds')
      .send({ recruitmentYear: 2026, prefectureDeadline: inDays(20), societyDeadline: inDays(40), message: '' })
      .expect(409)
      .expect((response) => expect(response.body.fieldErrors.recruitmentYear).toBeDefined());
    await aomori
      .post('/api/rounds')
      .send({ recruitmentYear: 2030, prefectureDeadline: inDays(1), societyDeadline: inDays(2), message: '' })
      .expect(403);
    const invitations = await mailsTo(aomoriEmail);
    expect(invitations.map((mail) => mail.subject)).toContain('【2026年度募集】連携先施設候補の推薦のお願い（青森県）');
    expect((await mailsTo(societyEmail)).map((mail) => mail.subject)).toContain('【2026年度募集】連携先施設の推薦受付開始のお知らせ（内科）');

    // Aomori's draft lists its host in a scarce area for internal medicine; Chiba cannot see it.
    let list = await submissionOf(aomori, round.id);
    expect(list).toMatchObject({ status: 'draft', editable: true });
    const prefilled = list.candidates.find(
      (row) => row.facility.id === scarceHost.id && row.specialtyCode === 'internal-medicine',
    ) as CandidateResponse;
    expect(prefilled).toMatchObject({ origin: 'scarce-area', acceptableNumber: null, facility: { physicianScarceArea: true } });
    expect(prefilled.eligibility.problems.map((problem) => problem.code)).toEqual(
      expect.arrayContaining(['ACCEPTABLE_NUMBER_MISSING', 'PERIODS_MISSING']),
    );
    expect(list.candidates.some((row) => row.facility.id === outsideHost.id)).toBe(false);
    await chiba.get(`/api/rounds/${round.id}/submissions/02`).expect(403);
    await internalMedicine.get(`/api/rounds/${round.id}/submissions/02`).expect(403);

    // Incomplete rows block submission and name what is missing.
    const blocked = await aomori.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(422);
    expect(blocked.body.message).toContain('Enter the acceptable number of residents.');

    // Keep only the one row; fill it in; a stale edit conflicts; another prefecture cannot edit.
    for (const row of list.candidates.filter((candidate) => candidate.id !== prefilled.id)) {
      await aomori.send('DELETE', `/api/rounds/${round.id}/candidates/${row.id}?version=${row.version}`, {}).expect(204);
    }
    const filled = (
      await aomori.send('PUT', `/api/rounds/${round.id}/candidates/${prefilled.id}`, { ...FILLED, version: prefilled.version }).expect(200)
    ).body as CandidateResponse;
    expect(filled.eligibility.problems).toEqual([]);
    expect(filled.eligibility.eligibleCategories).toContain('special-regional');
    await aomori
      .send('PUT', `/api/rounds/${round.id}/candidates/${prefilled.id}`, { ...FILLED, acceptableNumber: 5, version: prefilled.version })
      .expect(409);
    await chiba.send('PUT', `/api/rounds/${round.id}/candidates/${prefilled.id}`, { ...FILLED, version: filled.version }).expect(404);
    await aomori
      .send('PUT', `/api/rounds/${round.id}/candidates/${prefilled.id}`, { ...FILLED, acceptableNumber: 0, extra: 1, version: filled.version })
      .expect(400)
      .expect((response) => expect(Object.keys(response.body.fieldErrors)).toEqual(expect.arrayContaining(['acceptableNumber', 'extra'])));
    await chiba
      .post(`/api/rounds/${round.id}/submissions/02/candidates`)
      .send({ ...FILLED, facilityId: outsideHost.id, specialtyCode: 'internal-medicine' })
      .expect(403);

    // Submit, withdraw, submit again (each audited, the JMSB told).
    list = await submissionOf(aomori, round.id);
    list = (await aomori.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(200))
      .body as SubmissionResponse;
    expect(list).toMatchObject({ status: 'submitted', editable: false });
    await aomori.send('PUT', `/api/rounds/${round.id}/candidates/${prefilled.id}`, { ...FILLED, version: filled.version }).expect(409);
    list = (await aomori.post(`/api/rounds/${round.id}/submissions/02/withdraw`).send({ version: list.version }).expect(200))
      .body as SubmissionResponse;
    expect(list.status).toBe('draft');
    await chiba.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(403);
    list = (await aomori.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(200))
      .body as SubmissionResponse;
    const audit = await dataSource.getRepository(AuditEntry).find({ where: { entityId: list.id }, order: { occurredAt: 'ASC' } });
    expect(audit.map((entry) => entry.action)).toEqual(['submission.submitted', 'submission.withdrawn', 'submission.submitted']);

    // The JMSB compiles: capacity against expected places.
    const withPlaces = (
      await jmsb
        .send('PUT', `/api/rounds/${round.id}/expected-places`, {
          places: [{ specialtyCode: 'internal-medicine', places: 100 }],
          version: round.version,
        })
        .expect(200)
    ).body as RoundResponse;
    await jmsb.send('PUT', `/api/rounds/${round.id}/expected-places`, { places: [], version: round.version }).expect(409);
    const compilation = (await jmsb.get(`/api/rounds/${round.id}/compilation`).expect(200)).body as CompilationResponse;
    expect(compilation.submissions.find((row) => row.prefectureCode === '02')).toMatchObject({
      status: 'submitted',
      candidateCount: 1,
      acceptableTotal: 2,
    });
    const internalCapacity = compilation.capacity.find((row) => row.specialtyCode === 'internal-medicine');
    expect(internalCapacity).toMatchObject({ expectedPlaces: 100, short: true, byPrefecture: [{ prefectureCode: '02', offered: 2 }] });
    expect(internalCapacity?.offered).toBe(2);

    // Nothing to review before the JMSB sends; then the society sees its specialty only.
    expect(
      ((await internalMedicine.get(`/api/rounds/${round.id}/review/internal-medicine`).expect(200)).body as ReviewListResponse).candidates,
    ).toEqual([]);
    const reviewing = (await jmsb.post(`/api/rounds/${round.id}/send-to-societies`).send({ version: withPlaces.version }).expect(200))
      .body as RoundResponse;
    expect(reviewing.status).toBe('reviewing');
    await jmsb.post(`/api/rounds/${round.id}/send-to-societies`).send({ version: reviewing.version }).expect(409);
    expect((await mailsTo(societyEmail)).map((mail) => mail.subject)).toContain('【2026年度募集】連携先施設候補の確認のお願い（内科）');
    await pediatrics.get(`/api/rounds/${round.id}/review/internal-medicine`).expect(403);
    const review = (await internalMedicine.get(`/api/rounds/${round.id}/review/internal-medicine`).expect(200)).body as ReviewListResponse;
    const candidate = review.candidates.find((row) => row.id === prefilled.id) as CandidateResponse;
    expect(candidate).toMatchObject({ reviewStatus: 'pending', facility: { name: scarceHost.name, address: scarceHost.address } });
    const societyTasks = (await internalMedicine.get('/api/tasks').expect(200)).body as TasksResponse;
    expect(societyTasks.tasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'review-candidates', roundId: round.id })]));
    await pediatrics.post(`/api/rounds/${round.id}/candidates/${candidate.id}/confirm`).send({ version: candidate.version }).expect(403);

    // The society returns the row with a comment; the prefecture fixes and resubmits it.
    await internalMedicine
      .post(`/api/rounds/${round.id}/candidates/${candidate.id}/return`)
      .send({ comment: '', version: candidate.version })
      .expect(400);
    const returned = (
      await internalMedicine
        .post(`/api/rounds/${round.id}/candidates/${candidate.id}/return`)
        .send({ comment: '指導医数を確認してください。', version: candidate.version })
        .expect(200)
    ).body as CandidateResponse;
    expect(returned).toMatchObject({ reviewStatus: 'returned', reviewComment: '指導医数を確認してください。' });
    await internalMedicine.post(`/api/rounds/${round.id}/candidates/${candidate.id}/confirm`).send({ version: returned.version }).expect(409);
    expect((await mailsTo(aomoriEmail)).map((mail) => mail.subject)).toContain('【2026年度募集】学会が候補を差し戻しました（内科）');
    const aomoriTasks = (await aomori.get('/api/tasks').expect(200)).body as TasksResponse;
    expect(aomoriTasks.tasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'fix-returned-candidates', count: 1 })]));
    await chiba.post(`/api/rounds/${round.id}/candidates/${candidate.id}/resubmit`).send({ version: returned.version }).expect(404);
    const fixed = (
      await aomori
        .send('PUT', `/api/rounds/${round.id}/candidates/${candidate.id}`, { ...FILLED, acceptableNumber: 3, version: returned.version })
        .expect(200)
    ).body as CandidateResponse;
    const resubmitted = (
      await aomori.post(`/api/rounds/${round.id}/candidates/${candidate.id}/resubmit`).send({ version: fixed.version }).expect(200)
    ).body as CandidateResponse;
    expect(resubmitted).toMatchObject({ reviewStatus: 'pending', acceptableNumber: 3 });

    // Bulk confirm is all or none.
    await internalMedicine
      .post(`/api/rounds/${round.id}/review/internal-medicine/confirm`)
      .send({ candidates: [{ id: candidate.id, version: fixed.version }] })
      .expect(409);
    expect(
      ((await internalMedicine.get(`/api/rounds/${round.id}/review/internal-medicine`).expect(200)).body as ReviewListResponse).candidates[0]
        ?.reviewStatus,
    ).toBe('pending');
    await pediatrics
      .post(`/api/rounds/${round.id}/review/internal-medicine/confirm`)
      .send({ candidates: [{ id: candidate.id, version: resubmitted.version }] })
      .expect(403);
    const confirmed = (
      await internalMedicine
        .post(`/api/rounds/${round.id}/review/internal-medicine/confirm`)
        .send({ candidates: [{ id: candidate.id, version: resubmitted.version }] })
        .expect(200)
    ).body as CandidateResponse[];
    expect(confirmed.map((row) => row.reviewStatus)).toEqual(['confirmed']);

    // Publication: public, frozen, exportable and formula-safe.
    const anonymous = request(testApp.http);
    await anonymous.get(`/api/rounds/${round.id}/published-hosts`).expect(404);
    const hostUser = await createUser(dataSource, { role: 'host-facility', facilityId: scarceHost.id });
    const published = (await jmsb.post(`/api/rounds/${round.id}/publish`).send({ version: reviewing.version }).expect(200)).body as RoundResponse;
    expect(published.status).toBe('published');
    // The published host hears it directly, with its places and a link to its profile.
    const [hostMail] = await mailsTo(hostUser.email);
    expect(hostMail?.subject).toBe(`【2026年度募集】貴施設が連携先施設として公表されました（${scarceHost.name}）`);
    expect(hostMail?.textBody).toContain('内科');
    expect(hostMail?.textBody).toContain('受入可能数 3名');
    expect(hostMail?.textBody).toContain('/ja/host-profile');
    const hosts = (await anonymous.get(`/api/rounds/${round.id}/published-hosts`).expect(200)).body as PublishedHostsResponse;
    const ours = hosts.hosts.filter((host) => host.facilityCode === scarceHost.facilityCode);
    expect(ours.map((host) => host.categoryCode)).toContain('special-regional');
    expect(ours[0]).toMatchObject({
      specialtyNameJa: '内科',
      prefectureNameJa: '青森県',
      address: scarceHost.address,
      facilityName: scarceHost.name,
      acceptableNumber: 3,
      acceptablePeriods: [{ startMonth: '2027-04', months: 12 }],
    });
    const rounds = (await anonymous.get('/api/rounds/published').expect(200)).body as { id: string; hostCount: number }[];
    expect(rounds.find((item) => item.id === round.id)?.hostCount).toBe(hosts.hosts.length);
    // The public directory's search rows are written by the same transaction.
    const listed = await dataSource.query<{ facility_code: string; acceptable_total: number }[]>(
      'SELECT facility_code, acceptable_total FROM host_listing WHERE round_id = $1',
      [round.id],
    );
    expect(listed).toContainEqual({ facility_code: scarceHost.facilityCode, acceptable_total: 3 });
    expect(listed).toHaveLength(new Set(hosts.hosts.map((host) => host.facilityCode)).size);

    const csv = await anonymous.get(`/api/rounds/${round.id}/published-hosts.csv`).expect(200);
    expect(csv.headers['content-disposition']).toContain('renkei-hosts-2026.csv');
    expect(
      csv.text.startsWith(
        '\uFEFF施設管理コード (facility code),連携区分名 (category),領域 (specialty),都道府県 (prefecture),住所 (address),施設名 (facility name)',
      ),
    ).toBe(true);
    expect(csv.text).toContain(`'=1+1 西北五テスト病院`);
    expect(csv.text).toContain('2027-04〜12か月');
    const xlsx = await anonymous
      .get(`/api/rounds/${round.id}/published-hosts.xlsx`)
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
    expect(sheet?.getRow(1).getCell(1).value).toBe('施設管理コード (facility code)');
    const names = sheet ? sheet.getColumn(6).values.filter((value): value is string => typeof value === 'string') : [];
    expect(names).toContain(`'=1+1 西北五テスト病院`);

    // After publication nothing moves.
    await aomori.send('PUT', `/api/rounds/${round.id}/candidates/${candidate.id}`, { ...FILLED, version: confirmed[0]?.version }).expect(409);
    await jmsb.post(`/api/rounds/${round.id}/publish`).send({ version: published.version }).expect(409);
  });

  it('pre-fills the next year with last round’s hosts, asks for a reason outside scarce areas, and only the JMSB reopens after the deadline', async () => {
    // Last year the scarce host was also published for urology, which Aomori cannot host under ②' in 2027
    // (its ratio is above 0.8); a transitional exception keeps last year's ②' hosts, of the two test hosts only.
    const lastRound = await dataSource.getRepository(NominationRound).findOneByOrFail({ recruitmentYear: 2026, status: 'published' });
    const lastSubmission = await dataSource.getRepository(PrefectureSubmission).findOneByOrFail({ roundId: lastRound.id, prefectureCode: '02' });
    const lastUrology = await dataSource.getRepository(Candidate).save({
      ...FILLED,
      roundId: lastRound.id,
      submissionId: lastSubmission.id,
      prefectureCode: '02',
      facilityId: scarceHost.id,
      specialtyCode: 'urology',
      origin: 'added',
      previousHost: false,
      councilConsultedOn: null,
      reviewStatus: 'confirmed',
    });
    await dataSource.getRepository(PublishedHost).save({
      roundId: lastRound.id,
      candidateId: lastUrology.id,
      facilityId: scarceHost.id,
      facilityCode: scarceHost.facilityCode,
      facilityName: scarceHost.name,
      prefectureCode: '02',
      address: scarceHost.address,
      specialtyCode: 'urology',
      categoryCode: 'special-regional',
      categoryNameJa: '特別地域連携プログラム',
      categoryNameEn: 'Special regional connection program',
      acceptableNumber: 1,
      acceptablePeriods: [{ startMonth: '2027-04', months: 12 }],
      sample: false,
    });
    const keepLastHosts = (
      await jmsb
        .post('/api/eligibility/exceptions')
        .send({
          definition: {
            nameJa: '前年度受入施設の経過措置（テスト）',
            nameEn: 'Last year’s hosts kept (test)',
            sourceNote: 'Integration test',
            recruitmentYears: [2027],
            categoryCodes: ['special-regional'],
            appliesTo: [{ facilityCodes: [scarceHost.facilityCode, outsideHost.facilityCode], previousHostOfCategories: ['special-regional'] }],
            effect: { kind: 'waive-conditions', conditionKinds: ['sufficiency-at-most'] },
          },
        })
        .expect(201)
    ).body as EligibilityExceptionResponse;

    const round = (
      await jmsb
        .post('/api/rounds')
        .send({ recruitmentYear: 2027, prefectureDeadline: inDays(10), societyDeadline: inDays(20), message: '' })
        .expect(201)
    ).body as RoundResponse;
    let list = await submissionOf(aomori, round.id);
    const previous = list.candidates.find((row) => row.facility.id === scarceHost.id && row.specialtyCode === 'internal-medicine');
    expect(previous).toMatchObject({
      origin: 'previous-host',
      previousHost: true,
      acceptableNumber: 3,
      contactName: '青森 花子',
      acceptablePeriods: [{ startMonth: '2028-04', months: 12 }],
      councilNote: '地域医療対策協議会で了承',
    });
    const keptUrology = list.candidates.find((row) => row.facility.id === scarceHost.id && row.specialtyCode === 'urology');
    expect(keptUrology).toMatchObject({ origin: 'previous-host', previousHost: true });
    expect(keptUrology?.eligibility).toMatchObject({ eligibleCategories: ['special-regional'], problems: [] });
    expect(keptUrology?.eligibility.results.find((result) => result.category === 'special-regional')?.exceptionIds).toEqual([keepLastHosts.id]);

    // 2027 ②': outside a scarce area the prefecture must say why.
    const outside = (
      await aomori
        .post(`/api/rounds/${round.id}/submissions/02/candidates`)
        .send({ ...FILLED, facilityId: outsideHost.id, specialtyCode: 'internal-medicine' })
        .expect(201)
    ).body as CandidateResponse;
    expect(outside.eligibility.problems.map((problem) => problem.code)).toEqual(['REASON_MISSING']);
    await aomori
      .post(`/api/rounds/${round.id}/submissions/02/candidates`)
      .send({ ...FILLED, facilityId: outsideHost.id, specialtyCode: 'internal-medicine' })
      .expect(409);
    const withReason = (
      await aomori
        .send('PUT', `/api/rounds/${round.id}/candidates/${outside.id}`, {
          ...FILLED,
          reasonOutsideScarce: '隣接する医師少数区域の患者を受け入れているため',
          version: outside.version,
        })
        .expect(200)
    ).body as CandidateResponse;
    expect(withReason.eligibility.problems).toEqual([]);
    expect(withReason.eligibility.eligibleCategories).toContain('special-regional');

    // A specialty the prefecture cannot host under ②' (its ratio is above 0.8) is refused, whatever the reason.
    const refused = (
      await aomori
        .post(`/api/rounds/${round.id}/submissions/02/candidates`)
        .send({ ...FILLED, reasonOutsideScarce: '理由', facilityId: outsideHost.id, specialtyCode: 'urology' })
        .expect(201)
    ).body as CandidateResponse;
    expect(refused.eligibility.problems.map((problem) => problem.code)).toEqual(['NOT_ELIGIBLE']);
    expect(refused.eligibility.eligibleCategories).toEqual([]);
    expect(refused.eligibility.results.find((result) => result.category === 'special-regional')?.status).toBe('ineligible');
    // The exception names this host too, but it was nobody's host last year.
    expect(refused.eligibility.results.find((result) => result.category === 'special-regional')?.exceptionIds).toEqual([]);
    await jmsb.post(`/api/eligibility/exceptions/${keepLastHosts.id}/deactivate`).expect(200);
    // A specialty the data does not cover is not guessed either.
    const uncovered = (
      await aomori
        .post(`/api/rounds/${round.id}/submissions/02/candidates`)
        .send({ ...FILLED, reasonOutsideScarce: '理由', facilityId: outsideHost.id, specialtyCode: 'surgery' })
        .expect(201)
    ).body as CandidateResponse;
    expect(uncovered.eligibility.problems.map((problem) => problem.code)).toEqual(['UNDETERMINED']);

    // Reminders go out once in the last three days.
    const tasks = testApp.app.get(TasksService);
    await dataSource.getRepository(NominationRound).update({ id: round.id }, { prefectureDeadline: new Date(Date.now() + DAY) });
    const before = (await mailsTo(aomoriEmail)).length;
    expect(await tasks.sendDueReminders()).toBeGreaterThan(0);
    expect(await tasks.sendDueReminders()).toBe(0);
    const reminders = (await mailsTo(aomoriEmail)).slice(before).map((mail) => mail.subject);
    expect(reminders).toEqual(['【2027年度募集】候補リスト提出期限が近づいています（青森県）']);

    // After the deadline the prefecture can no longer edit; the JMSB reopens by returning the list.
    await dataSource.getRepository(NominationRound).update({ id: round.id }, { prefectureDeadline: new Date(Date.now() - DAY) });
    list = await submissionOf(aomori, round.id);
    expect(list.editable).toBe(false);
    await aomori
      .send('PUT', `/api/rounds/${round.id}/candidates/${outside.id}`, { ...FILLED, reasonOutsideScarce: '理由', version: withReason.version })
      .expect(409)
      .expect((response) => expect(response.body.message).toContain('deadline has passed'));
    await aomori.post(`/api/rounds/${round.id}/submissions/02/return`).send({ comment: '再開', version: list.version }).expect(403);
    const reopened = (
      await jmsb
        .post(`/api/rounds/${round.id}/submissions/02/return`)
        .send({ comment: '期限後ですが受け付けます。', version: list.version })
        .expect(200)
    ).body as SubmissionResponse;
    expect(reopened).toMatchObject({ status: 'returned', editable: true, returnComment: '期限後ですが受け付けます。' });
    await aomori
      .send('PUT', `/api/rounds/${round.id}/candidates/${outside.id}`, { ...FILLED, reasonOutsideScarce: '理由', version: withReason.version })
      .expect(200);
  });

  it('keeps review honest once the societies have the candidates: drafts freeze, edited confirmations go back, reminders do not conflict', async () => {
    // A third year to run a round in: the 2027 rules under another year.
    const rules2027 = await dataSource.getRepository(RuleSetRecord).findOneByOrFail({ recruitmentYear: 2027, status: 'active' });
    await dataSource.getRepository(RuleSetRecord).save({
      recruitmentYear: 2028,
      version: 1,
      status: 'active',
      definition: { ...rules2027.definition, id: 'test-2028' },
      sourceNote: 'test copy of the 2027 rules',
      createdBy: null,
      activatedAt: new Date(),
    });
    const round = (
      await jmsb
        .post('/api/rounds')
        .send({ recruitmentYear: 2028, prefectureDeadline: inDays(2), societyDeadline: inDays(20), message: '' })
        .expect(201)
    ).body as RoundResponse;
    let list = await submissionOf(aomori, round.id);
    for (const row of list.candidates.filter(
      (candidate) => !(candidate.facility.id === scarceHost.id && candidate.specialtyCode === 'internal-medicine'),
    )) {
      await aomori.send('DELETE', `/api/rounds/${round.id}/candidates/${row.id}?version=${row.version}`, {}).expect(204);
    }
    const row = list.candidates.find(
      (candidate) => candidate.facility.id === scarceHost.id && candidate.specialtyCode === 'internal-medicine',
    ) as CandidateResponse;
    await aomori.send('PUT', `/api/rounds/${round.id}/candidates/${row.id}`, { ...FILLED, version: row.version }).expect(200);
    list = await submissionOf(aomori, round.id);
    await aomori.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(200);

    // The deadline reminder does not make the JMSB's next step conflict.
    const seen = (await jmsb.get(`/api/rounds/${round.id}`).expect(200)).body as RoundResponse;
    expect(await testApp.app.get(TasksService).sendDueReminders()).toBeGreaterThan(0);
    const reviewing = (await jmsb.post(`/api/rounds/${round.id}/send-to-societies`).send({ version: seen.version }).expect(200))
      .body as RoundResponse;
    expect(reviewing.status).toBe('reviewing');

    // Chiba's unsubmitted draft is frozen once the societies have the candidates; the JMSB can reopen it.
    const chibaList = await submissionOf(chiba, round.id, '12');
    expect(chibaList.editable).toBe(false);
    const chibaHost = await dataSource.getRepository(Facility).save({
      facilityCode: `NOM-${randomUUID().slice(0, 6)}`,
      name: '山武テスト病院',
      prefectureCode: '12',
      secondaryMedicalAreaCode: '1206',
      municipality: '東金市',
      address: '千葉県東金市テスト1',
      isHost: true,
      sample: false,
    });
    await chiba
      .post(`/api/rounds/${round.id}/submissions/12/candidates`)
      .send({ ...FILLED, facilityId: chibaHost.id, specialtyCode: 'internal-medicine' })
      .expect(409)
      .expect((response) => expect(response.body.message).toContain('with the societies'));
    const reopened = (
      await jmsb
        .post(`/api/rounds/${round.id}/submissions/12/return`)
        .send({ comment: '提出をお願いします。', version: chibaList.version })
        .expect(200)
    ).body as SubmissionResponse;
    expect(reopened).toMatchObject({ status: 'returned', editable: true });

    // A confirmed row the prefecture changes afterwards goes back to the society, which is told.
    const pending = (
      (await internalMedicine.get(`/api/rounds/${round.id}/review/internal-medicine`).expect(200)).body as ReviewListResponse
    ).candidates.find((candidate) => candidate.id === row.id) as CandidateResponse;
    const [confirmed] = (
      await internalMedicine
        .post(`/api/rounds/${round.id}/review/internal-medicine/confirm`)
        .send({
          candidates: [
            { id: row.id, version: pending.version },
            { id: row.id, version: pending.version },
          ],
        })
        .expect(200)
    ).body as CandidateResponse[];
    expect(confirmed?.reviewStatus).toBe('confirmed');
    list = await submissionOf(aomori, round.id);
    list = (
      await jmsb
        .post(`/api/rounds/${round.id}/submissions/02/return`)
        .send({ comment: '連絡先を確認してください。', version: list.version })
        .expect(200)
    ).body as SubmissionResponse;
    const edited = (
      await aomori
        .send('PUT', `/api/rounds/${round.id}/candidates/${row.id}`, { ...FILLED, acceptableNumber: 5, version: confirmed?.version })
        .expect(200)
    ).body as CandidateResponse;
    expect(edited.reviewStatus).toBe('pending');
    const societyMails = (await mailsTo(societyEmail)).length;
    await aomori.post(`/api/rounds/${round.id}/submissions/02/submit`).send({ version: list.version }).expect(200);
    expect((await mailsTo(societyEmail)).slice(societyMails).map((mail) => mail.subject)).toEqual([
      '【2028年度募集】連携先施設候補の確認のお願い（内科）',
    ]);
  });
});
