import { randomUUID } from 'node:crypto';
import {
  CapacityDemandResponse,
  ConcentrationResponse,
  ConnectionRequestStatus,
  FunnelCell,
  FunnelOutcome,
  FunnelResponse,
  ReviewStatus,
  SubmissionStatus,
} from '@renkei/contract';
import { RULE_SET_2027 } from '@renkei/eligibility';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { EligibilityExceptionRecord } from '../../src/eligibility/entities/eligibility-exception.entity';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../../src/nominations/entities/published-host.entity';
import { ConnectionRequest } from '../../src/programs/entities/connection-request.entity';
import { Program } from '../../src/programs/entities/program.entity';
import { RotationRecord } from '../../src/programs/entities/rotation-record.entity';
import { createFacility, createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

/**
 * Fixed data in prefectures no other spec file puts host facilities in (03, 06, 07, 08, 10, 15, 22, 27),
 * for rounds far above the years other files use, under this file's own copy of the 2027 rules
 * (②' ratio ≤ 0.8, pediatrics ≤ 0.9, nominated by the prefecture; no ceiling dataset), so no other
 * file's rule set activations or exceptions move these figures. Everything is deleted afterwards.
 */
const YEAR = 2085;
const PREVIOUS_YEAR = 2084;
const REVIEWING_YEAR = 2086;
const IM = 'internal-medicine';

describe('analytics: funnel, capacity vs demand, concentration', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let jmsb: TestClient;
  let fukushima: TestClient;
  let society: TestClient;
  let hostUser: TestClient;
  const facilityIds: string[] = [];
  const exceptionIds: string[] = [];
  const hosts: Record<string, Facility> = {};

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    await client.signIn((await createUser(dataSource, options)).email);
    return client;
  };
  const facility = async (key: string, prefectureCode: string, areaCode: string, role: 'host' | 'base') => {
    const saved = await dataSource.getRepository(Facility).save({
      facilityCode: `AN-${key}-${randomUUID().slice(0, 6)}`,
      name: `分析テスト${key}病院`,
      prefectureCode,
      secondaryMedicalAreaCode: areaCode,
      address: `${key}の住所`,
      isHost: role === 'host',
      isBase: role === 'base',
      sample: false,
    });
    facilityIds.push(saved.id);
    hosts[key] = saved;
    return saved;
  };
  const submissionOf = async (round: NominationRound, prefectureCode: string, status: SubmissionStatus) => {
    const submissions = dataSource.getRepository(PrefectureSubmission);
    return (
      (await submissions.findOneBy({ roundId: round.id, prefectureCode })) ??
      submissions.save({ roundId: round.id, prefectureCode, status, submittedAt: new Date() })
    );
  };
  const nominate = async (
    round: NominationRound,
    host: Facility,
    specialtyCode: string,
    reviewStatus: ReviewStatus,
    status: SubmissionStatus = 'submitted',
  ) => {
    const submission = await submissionOf(round, host.prefectureCode, status);
    return dataSource.getRepository(Candidate).save({
      roundId: round.id,
      submissionId: submission.id,
      prefectureCode: host.prefectureCode,
      facilityId: host.id,
      specialtyCode,
      origin: 'added',
      previousHost: false,
      acceptableNumber: 2,
      acceptablePeriods: [],
      contactName: '担当',
      contactEmail: null,
      contactPhone: '',
      reasonOutsideScarce: 'テストのため',
      councilConsultedOn: null,
      councilNote: '',
      universityConsultedOn: null,
      universityNote: '',
      reviewStatus,
    });
  };
  const publish = async (round: NominationRound, host: Facility, specialtyCode: string, acceptableNumber: number) => {
    const candidate = await nominate(round, host, specialtyCode, 'confirmed');
    return dataSource.getRepository(PublishedHost).save({
      roundId: round.id,
      candidateId: candidate.id,
      facilityId: host.id,
      facilityCode: host.facilityCode,
      facilityName: host.name,
      prefectureCode: host.prefectureCode,
      address: host.address,
      specialtyCode,
      categoryCode: 'special-regional',
      categoryNameJa: '特別地域連携プログラム',
      categoryNameEn: 'Special regional connection program',
      acceptableNumber,
      acceptablePeriods: [],
      sample: false,
    });
  };
  type RequestPlan = { host: PublishedHost; places: number; status: ConnectionRequestStatus; accepted?: number; rotations?: number };
  const program = async (round: NominationRound, base: Facility, recruited: number | null, requests: RequestPlan[]) => {
    const saved = await dataSource.getRepository(Program).save({
      roundId: round.id,
      baseFacilityId: base.id,
      recruitmentYear: round.recruitmentYear,
      specialtyCode: requests[0]?.host.specialtyCode ?? IM,
      categoryCode: 'special-regional',
      places: requests.reduce((sum, request) => sum + request.places, 0),
      decisions: [],
      contactName: '基幹 太郎',
      contactEmail: null,
      contactPhone: '03-0000-0000',
      recruited,
      createdBy: randomUUID(),
    });
    for (const plan of requests) {
      const request = await dataSource.getRepository(ConnectionRequest).save({
        programId: saved.id,
        publishedHostId: plan.host.id,
        hostFacilityId: plan.host.facilityId,
        placesRequested: plan.places,
        monthsRequested: 12,
        status: plan.status,
        placesAccepted: plan.accepted ?? null,
        monthsAccepted: plan.accepted ? 12 : null,
        respondedAt: plan.status === 'pending' ? null : new Date(),
      });
      for (let index = 0; index < (plan.rotations ?? 0); index += 1) {
        await dataSource
          .getRepository(RotationRecord)
          .save({ requestId: request.id, residentLabel: `R${index}`, startedOn: `${YEAR}-04-01`, recordedBy: randomUUID() });
      }
    }
  };
  const funnel = async (query: string, client = jmsb) => (await client.get(`/api/analytics/funnel?${query}`).expect(200)).body as FunnelResponse;
  const cellOf = (view: FunnelResponse, prefectureCode: string, specialtyCode: string): FunnelCell => {
    const cell = view.cells.find((candidate) => candidate.prefectureCode === prefectureCode && candidate.specialtyCode === specialtyCode);
    if (!cell) throw new Error(`no cell ${prefectureCode} × ${specialtyCode}`);
    return cell;
  };

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    const ruleSet = await dataSource.getRepository(RuleSetRecord).save({
      recruitmentYear: YEAR,
      version: 1,
      status: 'draft',
      definition: { ...RULE_SET_2027, id: 'analytics-fixture-2085', recruitmentYear: YEAR } as never,
      sourceNote: 'analytics integration test: a copy of the 2027 proposal',
      createdBy: null,
      activatedAt: null,
    });
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
    const reviewing = await rounds.save({ ...roundFields, recruitmentYear: REVIEWING_YEAR, status: 'reviewing' });

    const eastBase = await facility('EB', '13', '1301', 'base');
    const westBase = await facility('WB', '27', '2701', 'base');
    const [h1, h2, h3] = [
      await facility('H1', '07', '0703', 'host'),
      await facility('H2', '07', '0701', 'host'),
      await facility('H3', '07', '0707', 'host'),
    ];
    const h4 = await facility('H4', '08', '0802', 'host');
    const h5 = await facility('H5', '10', '1002', 'host');
    const h6 = await facility('H6', '15', '1501', 'host');
    const h7 = await facility('H7', '03', '0302', 'host');
    const h8 = await facility('H8', '06', '0602', 'host');
    if (!h1 || !h2 || !h3) throw new Error('hosts not created');

    // 07 × internal medicine reaches the end; 1 resident of 2 recruited is shared to each host by places accepted.
    const [p1, p2, p3] = [await publish(round, h1, IM, 3), await publish(round, h2, IM, 2), await publish(round, h3, IM, 2)];
    await program(round, eastBase, 2, [
      { host: p1, places: 2, status: 'accepted', accepted: 2, rotations: 1 },
      { host: p2, places: 1, status: 'accepted', accepted: 1 },
    ]);
    await program(round, eastBase, null, [{ host: p3, places: 1, status: 'withdrawn' }]);
    await publish(round, h1, 'ophthalmology', 1);
    await program(round, westBase, 1, [{ host: await publish(round, h4, IM, 2), places: 2, status: 'accepted', accepted: 2 }]);
    await program(round, eastBase, 0, [{ host: await publish(round, h5, IM, 1), places: 1, status: 'accepted', accepted: 1 }]);
    await program(round, eastBase, null, [{ host: await publish(round, h6, IM, 1), places: 1, status: 'accepted', accepted: 1 }]);
    await program(round, eastBase, null, [{ host: await publish(round, h7, IM, 2), places: 2, status: 'pending' }]);
    await program(round, westBase, null, [{ host: await publish(round, h8, IM, 1), places: 1, status: 'declined' }]);

    // The reviewing round: a confirmed row and a pending one in 07; Ibaraki's list was returned to it.
    await nominate(reviewing, h1, IM, 'confirmed');
    await nominate(reviewing, h1, 'dermatology', 'pending');
    await nominate(reviewing, h4, IM, 'pending', 'returned');

    // Osaka's internal medicine (> 0.8) is not eligible, but two transitional exceptions of this year keep
    // last year's hosts and one named facility: the facilities beside them in the same area stay out.
    const previous = await rounds.save({ ...roundFields, recruitmentYear: PREVIOUS_YEAR, status: 'published', publishedAt: new Date() });
    const [priorHost, named] = [await facility('OP', '27', '2702', 'host'), await facility('ON', '27', '2703', 'host')];
    await facility('OX', '27', '2702', 'host');
    await facility('OY', '27', '2703', 'host');
    if (!priorHost || !named) throw new Error('hosts not created');
    await publish(previous, priorHost, IM, 1);
    const exception = (appliesTo: object) => {
      const id = randomUUID();
      exceptionIds.push(id);
      return dataSource.getRepository(EligibilityExceptionRecord).save({
        id,
        active: true,
        sourceNote: 'analytics integration test',
        createdBy: null,
        deactivatedAt: null,
        definition: {
          id,
          nameJa: 'テストの経過措置',
          nameEn: 'Test transitional measure',
          sourceNote: 'analytics integration test',
          recruitmentYears: [YEAR],
          categoryCodes: ['special-regional'],
          appliesTo: [appliesTo],
          effect: { kind: 'waive-conditions', conditionKinds: ['sufficiency-at-most'] },
        },
      });
    };
    await exception({ previousHostOfCategories: ['special-regional'], prefectureCodes: ['27'] });
    await exception({ facilityCodes: [named.facilityCode] });

    jmsb = await signedIn({ role: 'jmsb' });
    fukushima = await signedIn({ role: 'prefecture', prefectureCode: '07' });
    society = await signedIn({ role: 'society', specialtyCode: IM });
    hostUser = await signedIn({ role: 'host-facility', facilityId: (await createFacility(dataSource, '02', '0204')).id });
  });

  afterAll(async () => {
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: YEAR });
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: REVIEWING_YEAR });
    await dataSource.getRepository(NominationRound).delete({ recruitmentYear: PREVIOUS_YEAR });
    await dataSource.getRepository(EligibilityExceptionRecord).delete(exceptionIds);
    await dataSource.getRepository(RuleSetRecord).delete({ recruitmentYear: YEAR });
    await dataSource.getRepository(Facility).delete(facilityIds);
    await testApp.close();
  });

  it('follows each prefecture × specialty to where its chain breaks, with every break reason', async () => {
    const view = await funnel(`year=${YEAR}`);
    expect(view.round).toMatchObject({ recruitmentYear: YEAR, status: 'published', ruleSet: { definitionId: 'analytics-fixture-2085' } });
    expect(view.years).toEqual(expect.arrayContaining([YEAR, REVIEWING_YEAR]));
    expect(view.category).toBe('special-regional');
    expect(view.cells).toHaveLength(47 * 19);
    const expected: [string, string, FunnelOutcome][] = [
      ['07', IM, 'complete'],
      ['08', IM, 'recruited-did-not-go'],
      ['10', IM, 'accepted-not-recruited'],
      ['15', IM, 'results-not-reported'],
      ['03', IM, 'requested-awaiting-answer'],
      ['06', IM, 'requested-declined'],
      ['07', 'ophthalmology', 'published-no-program'],
      ['07', 'radiology', 'eligible-not-nominated'],
      ['13', IM, 'no-eligible-facility'],
      ['22', IM, 'no-eligible-facility'],
      ['10', 'pediatrics', 'eligibility-undetermined'],
    ];
    expect(expected.map(([prefecture, specialty]) => [prefecture, specialty, cellOf(view, prefecture, specialty).outcome])).toEqual(expected);
  });

  it('counts facilities up to publication and residents after it, sharing recruits among hosts by places accepted', async () => {
    const view = await funnel(`year=${YEAR}&prefecture=07&specialty=${IM}`);
    expect(view.cells).toEqual([
      {
        prefectureCode: '07',
        specialtyCode: IM,
        categoryCode: 'special-regional',
        prefectureStatus: 'conditional',
        eligible: 3,
        undetermined: 0,
        candidates: 3,
        confirmed: 3,
        published: 3,
        acceptableNumber: 7,
        // The withdrawn request gave its place back.
        requested: 3,
        accepted: 3,
        recruited: 2,
        rotated: 1,
        outcome: 'complete',
        reasons: [],
      },
    ]);
    expect(view.totals).toMatchObject({ eligible: 3, published: 3, requested: 3, accepted: 3, recruited: 2, rotated: 1 });
  });

  it('explains a break at eligibility with the rule, dataset and value, or says the prefecture has no facility that could host', async () => {
    const view = await funnel(`year=${YEAR}&specialty=${IM}`);
    const tokyo = cellOf(view, '13', IM);
    expect(tokyo.prefectureStatus).toBe('ineligible');
    expect(tokyo.reasons).toEqual([
      expect.objectContaining({
        code: 'SUFFICIENCY_NOT_MET',
        ruleSetId: 'analytics-fixture-2085',
        datasetCode: '2022',
        threshold: 0.8,
        value: '> 0.8',
      }),
    ]);
    const shizuoka = cellOf(view, '22', IM);
    expect(shizuoka).toMatchObject({ prefectureStatus: 'conditional', eligible: 0 });
    // Shizuoka meets the prefecture-level conditions, but nothing there could host.
    expect(shizuoka.reasons).toEqual([expect.objectContaining({ code: 'NO_HOST_FACILITY', categoryCode: 'special-regional' })]);
    const pediatrics = cellOf(await funnel(`year=${YEAR}&prefecture=10&specialty=pediatrics`), '10', 'pediatrics');
    expect(pediatrics).toMatchObject({ prefectureStatus: 'undetermined', eligible: 0, undetermined: 1 });
    expect(pediatrics.reasons[0]).toMatchObject({ code: 'SUFFICIENCY_UNDETERMINED', threshold: 0.9 });
  });

  it('counts the facilities an exception keeps: last year’s hosts and a facility named by code, not their neighbours', async () => {
    const osaka = cellOf(await funnel(`year=${YEAR}&prefecture=27&specialty=${IM}`), '27', IM);
    expect(osaka).toMatchObject({ prefectureStatus: 'ineligible', eligible: 2, undetermined: 0, outcome: 'eligible-not-nominated', reasons: [] });
    // Pediatrics is nobody's prior specialty there, and the named facility's exception covers every specialty.
    const pediatrics = cellOf(await funnel(`year=${YEAR}&prefecture=27&specialty=pediatrics`), '27', 'pediatrics');
    expect(pediatrics).toMatchObject({ eligible: 1, undetermined: 3 });
  });

  it('tells nominated, confirmed and returned lists apart while the societies review', async () => {
    const view = await funnel(`year=${REVIEWING_YEAR}&block=tohoku`);
    expect(view.round.status).toBe('reviewing');
    expect(cellOf(view, '07', IM)).toMatchObject({ candidates: 1, confirmed: 1, published: 0, outcome: 'confirmed-not-published' });
    expect(cellOf(view, '07', 'dermatology')).toMatchObject({ candidates: 1, confirmed: 0, outcome: 'nominated-not-confirmed' });
    expect(view.cells.every((cell) => ['02', '03', '04', '05', '06', '07'].includes(cell.prefectureCode))).toBe(true);
    const kanto = await funnel(`year=${REVIEWING_YEAR}&prefecture=08&specialty=${IM}`);
    expect(kanto.cells[0]).toMatchObject({ eligible: 1, candidates: 0, outcome: 'eligible-not-nominated' });
  });

  it('says a category nobody nominates for has nothing to follow, and filters by outcome', async () => {
    const connection = await funnel(`year=${YEAR}&category=connection&prefecture=07&specialty=surgery`);
    expect(connection.cells[0]).toMatchObject({ categoryCode: 'connection', eligible: 3, outcome: 'not-nominated-category' });
    expect(connection.categories.map((category) => [category.code, category.nominated])).toEqual([
      ['connection', false],
      ['special-regional', true],
    ]);
    const declined = await funnel(`year=${YEAR}&outcome=requested-declined`);
    expect(declined.cells.map((cell) => `${cell.prefectureCode}|${cell.specialtyCode}`)).toEqual([`06|${IM}`]);
    expect(declined.totals).toMatchObject({ requested: 1, accepted: 0 });
    expect(declined.outcomes.find((outcome) => outcome.outcome === 'complete')?.cells).toBe(1);
  });

  it('measures the top host’s share and the Herfindahl index, flagged from the threshold when there are other hosts', async () => {
    const accepted = (await jmsb.get(`/api/analytics/concentration?year=${YEAR}&specialty=${IM}`).expect(200)).body as ConcentrationResponse;
    expect(accepted).toMatchObject({ basis: 'accepted', threshold: 0.5 });
    const fukushimaRow = accepted.rows.find((row) => row.prefectureCode === '07');
    expect(fukushimaRow).toMatchObject({
      publishedHosts: 3,
      hostsWithResidents: 2,
      total: 3,
      topHost: { facilityId: hosts['H1']?.id, accepted: 2, recruited: 1 },
      flagged: true,
    });
    expect(fukushimaRow?.topShare).toBeCloseTo(2 / 3, 10);
    expect(fukushimaRow?.herfindahl).toBeCloseTo(5 / 9, 10);
    expect(fukushimaRow?.hosts.map((host) => [host.facilityId, host.accepted, host.recruited])).toEqual([
      [hosts['H1']?.id, 2, 1],
      [hosts['H2']?.id, 1, 1],
      [hosts['H3']?.id, 0, 0],
    ]);
    // One host alone always holds everything: nothing to flag.
    expect(accepted.rows.find((row) => row.prefectureCode === '08')).toMatchObject({ publishedHosts: 1, herfindahl: 1, flagged: false });

    const recruited = (
      await jmsb.get(`/api/analytics/concentration?year=${YEAR}&prefecture=07&specialty=${IM}&basis=recruited&threshold=0.6`).expect(200)
    ).body as ConcentrationResponse;
    expect(recruited.rows).toEqual([expect.objectContaining({ total: 2, topShare: 0.5, herfindahl: 0.5, flagged: false })]);
  });

  it('sets capacity against places requested and accepted per block and half, and where requests flow', async () => {
    const view = (await jmsb.get(`/api/analytics/capacity-demand?year=${YEAR}&specialty=${IM}`).expect(200)).body as CapacityDemandResponse;
    expect(view.rows).toHaveLength(8);
    const row = (block: string) => view.rows.find((candidate) => candidate.block === block);
    // Tohoku: Fukushima (3 hosts, 7 places), Iwate (2, pending), Yamagata (1, declined).
    expect(row('tohoku')).toMatchObject({ half: 'east', hosts: 5, acceptableNumber: 10, requested: 6, accepted: 3 });
    expect(row('kanto')).toMatchObject({ hosts: 2, acceptableNumber: 3, requested: 3, accepted: 3 });
    expect(row('kinki')).toMatchObject({ half: 'west', hosts: 0, acceptableNumber: 0, requested: 0 });
    expect(view.halves).toEqual([
      { specialtyCode: IM, half: 'east', hosts: 8, acceptableNumber: 14, requested: 10, accepted: 7 },
      { specialtyCode: IM, half: 'west', hosts: 0, acceptableNumber: 0, requested: 0, accepted: 0 },
    ]);
    expect(view.flows).toEqual([
      { baseHalf: 'east', hostHalf: 'east', requested: 7, accepted: 5 },
      { baseHalf: 'east', hostHalf: 'west', requested: 0, accepted: 0 },
      { baseHalf: 'west', hostHalf: 'east', requested: 3, accepted: 2 },
      { baseHalf: 'west', hostHalf: 'west', requested: 0, accepted: 0 },
    ]);
  });

  it('downloads each view as CSV and .xlsx with the same filters', async () => {
    const csv = await jmsb.get(`/api/analytics/funnel.csv?year=${YEAR}&prefecture=07&specialty=${IM}`).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain(`renkei-funnel-${YEAR}-07-${IM}.csv`);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${YEAR},福島県,内科,特別地域連携プログラム`);
    expect(lines[1]).toContain('実績まで到達 (complete)');
    const capacity = await jmsb.get(`/api/analytics/capacity-demand.csv?year=${YEAR}&block=tohoku&specialty=${IM}`).expect(200);
    expect(capacity.headers['content-disposition']).toContain(`renkei-capacity-demand-${YEAR}-tohoku-${IM}.csv`);
    expect(capacity.text.trim().split('\r\n').slice(1)).toEqual([
      `${YEAR},内科,東北 (Tohoku),東日本 (East),5,10,6,3,7`,
      // One block asked for: only its half.
      `${YEAR},内科,（計）,東日本 (East),5,10,6,3,7`,
    ]);

    const H1 = hosts['H1'];
    const expectedRows: Record<string, { header: string; row: unknown[] }> = {
      funnel: { header: '募集年度 (recruitment year)', row: [YEAR, '福島県', '内科', '特別地域連携プログラム'] },
      'capacity-demand': { header: '募集年度 (recruitment year)', row: [YEAR, '内科', '（計）', '東日本 (East)', 8, 14, 10, 7, 7] },
      concentration: {
        header: '募集年度 (recruitment year)',
        row: [YEAR, '福島県', '内科', '受入 (accepted)', 3, 2, 3, `${H1?.name} (${H1?.facilityCode})`, 0.667, 0.556, '注意 (flagged)'],
      },
    };
    for (const [view, expected] of Object.entries(expectedRows)) {
      const response = await jmsb
        .get(`/api/analytics/${view}.xlsx?year=${YEAR}&specialty=${IM}`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(response.body as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      const values: unknown[][] = [];
      sheet?.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      expect({ view, header: values[0]?.[0] }).toEqual({ view, header: expected.header });
      expect(values.some((row) => expected.row.every((value, index) => row[index] === value))).toBe(true);
    }
  });

  it('reads the latest round when no year is asked for', async () => {
    const view = await funnel(`prefecture=07&specialty=${IM}`);
    expect(view.years).toEqual(expect.arrayContaining([PREVIOUS_YEAR, YEAR, REVIEWING_YEAR]));
    expect(view.round.recruitmentYear).toBe(Math.max(...view.years));
  });

  it('shows a prefectural officer only their prefecture and a society reviewer only their specialty', async () => {
    const own = await funnel(`year=${YEAR}&prefecture=07`, fukushima);
    expect(new Set(own.cells.map((cell) => cell.prefectureCode))).toEqual(new Set(['07']));
    const specialty = await funnel(`year=${YEAR}&specialty=${IM}`, society);
    expect(new Set(specialty.cells.map((cell) => cell.specialtyCode))).toEqual(new Set([IM]));
    const concentration = (await fukushima.get(`/api/analytics/concentration?year=${YEAR}&prefecture=07`).expect(200)).body as ConcentrationResponse;
    expect(concentration.rows.map((row) => row.prefectureCode)).toEqual(['07', '07']);
    const capacity = (await fukushima.get(`/api/analytics/capacity-demand?year=${YEAR}&prefecture=07&specialty=${IM}`).expect(200))
      .body as CapacityDemandResponse;
    expect(capacity.rows).toEqual([expect.objectContaining({ block: 'tohoku', hosts: 3, acceptableNumber: 7 })]);
  });

  it.each([
    'funnel',
    'funnel.csv',
    'funnel.xlsx',
    'capacity-demand',
    'capacity-demand.csv',
    'capacity-demand.xlsx',
    'concentration',
    'concentration.csv',
    'concentration.xlsx',
  ])('refuses /api/analytics/%s in another scope, without a scope, and to facility users', async (view) => {
    const path = `/api/analytics/${view}?year=${YEAR}`;
    await fukushima.get(`${path}&prefecture=08`).expect(403);
    await fukushima.get(path).expect(403);
    await society.get(`${path}&specialty=pediatrics`).expect(403);
    await society.get(path).expect(403);
    await hostUser.get(`${path}&prefecture=07`).expect(403);
    await new TestClient(testApp.http).get(path).expect(401);
  });

  it('answers bad filters with field messages and a missing round with 404', async () => {
    const unknown = await jmsb.get(`/api/analytics/funnel?year=${YEAR}&colour=red`).expect(400);
    expect(unknown.body.fieldErrors).toHaveProperty('colour');
    const malformed = await jmsb.get('/api/analytics/concentration?year=20x5&threshold=2&basis=places').expect(400);
    expect(Object.keys(malformed.body.fieldErrors as object).sort()).toEqual(['basis', 'threshold', 'year']);
    const prefecture = await jmsb.get(`/api/analytics/funnel?year=${YEAR}&prefecture=99`).expect(400);
    expect(prefecture.body).toMatchObject({ code: 'INVALID_ANALYTICS_QUERY', fieldErrors: { prefecture: [expect.stringContaining('99')] } });
    const category = await jmsb.get(`/api/analytics/funnel?year=${YEAR}&category=prefecture-limited`).expect(400);
    expect(category.body.fieldErrors).toHaveProperty('category');
    const missing = await jmsb.get('/api/analytics/funnel?year=2099').expect(404);
    expect(missing.body.code).toBe('ANALYTICS_ROUND_NOT_FOUND');
  });
});
