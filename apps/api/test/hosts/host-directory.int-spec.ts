import { randomUUID } from 'node:crypto';
import { AcceptablePeriod, HostProfileContent, HostProfileResponse, HostSearchResponse, PublicHostResponse } from '@renkei/contract';
import { DataSource, In } from 'typeorm';
import { RuleSetRecord } from '../../src/eligibility/entities/rule-set.entity';
import { Facility } from '../../src/facilities/facility.entity';
import { HostListingIndexer } from '../../src/hosts/directory/host-listing.indexer';
import { HostSearchService } from '../../src/hosts/directory/host-search.service';
import { HostProfile } from '../../src/hosts/entities/host-profile.entity';
import { Candidate } from '../../src/nominations/entities/candidate.entity';
import { NominationRound } from '../../src/nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../../src/nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../../src/nominations/entities/published-host.entity';
import { PhysicianScarceSpot } from '../../src/reference-data/entities/physician-scarce-spot.entity';
import { createUser, TestClient } from '../utils/accounts';
import { createTestApp, TestApp } from '../utils/test-app';

/** Far beyond any other spec's rounds, so this one is the directory's current round. */
const CURRENT_YEAR = 2098;

interface PlaceSeed {
  specialtyCode: string;
  acceptableNumber: number;
  periods: AcceptablePeriod[];
}

interface HostSeed {
  key: 'A' | 'B' | 'C' | 'D';
  name: string;
  prefectureCode: string;
  areaCode: string;
  municipality: string;
  places: PlaceSeed[];
  profile: HostProfileContent | null;
}

const profile = (overrides: Partial<HostProfileContent>): HostProfileContent => ({
  training: {},
  living: {},
  message: null,
  contact: {},
  ...overrides,
});

describe('public host directory: search, facets, host page, prefecture profile', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let anonymous: TestClient;
  let aomori: TestClient;
  let tokyo: TestClient;
  let hostD: TestClient;
  const prefix = `HD${randomUUID().slice(0, 5)}`;
  const spotTown = `テスト町${randomUUID().slice(0, 6)}`;
  const ids: Record<string, string> = {};
  const roundIds: string[] = [];

  const signedIn = async (options: Parameters<typeof createUser>[1]) => {
    const client = await new TestClient(testApp.http).start();
    await client.signIn((await createUser(dataSource, options)).email);
    return client;
  };

  const search = async (query: string): Promise<HostSearchResponse> => (await anonymous.get(`/api/hosts?${encodeURI(query)}`).expect(200)).body;
  /** The keys (A–D) of this spec's hosts in the order found. */
  const keys = (response: HostSearchResponse) =>
    response.hosts.map((host) => Object.keys(ids).find((key) => ids[key] === host.facilityId) ?? `other:${host.facilityCode}`);
  const found = async (query: string) => keys(await search(query));
  const byName = async (query: string) => (await found(query)).sort();

  const seeds: HostSeed[] = [
    {
      key: 'A',
      name: '西北五さくら病院',
      prefectureCode: '02',
      areaCode: '0204',
      municipality: '五所川原市',
      places: [{ specialtyCode: 'internal-medicine', acceptableNumber: 2, periods: [{ startMonth: '2027-04', months: 6 }] }],
      profile: profile({
        nameReading: 'せいほくごさくらびょういん',
        training: { departments: '総合診療科・救急科', supervisingDoctors: 4 },
        living: { dormitory: true, carNeeded: false, childcareNearby: true },
        message: '雪国の暮らしを支えます。',
      }),
    },
    {
      key: 'B',
      name: '髙﨑中央病院',
      prefectureCode: '12',
      areaCode: '1201',
      municipality: '千葉市',
      places: [{ specialtyCode: 'pediatrics', acceptableNumber: 3, periods: [{ startMonth: '2027-10', months: 6 }] }],
      profile: profile({
        nameReading: 'タカサキチュウオウビョウイン',
        training: { departments: '小児科', supervisingDoctors: 8, conferencesPerWeek: 2, simulators: true, overview: '小児救急を学べます' },
        living: { dormitory: false, housingAllowanceYen: 30000, carNeeded: true, childcareNearby: false },
        message: 'さくら並木が近くにあります。',
        contact: { name: '研修係', email: 'kenshu@example.jp', phone: '043-000-0000' },
      }),
    },
    {
      key: 'C',
      name: 'さくら台みどりクリニック',
      prefectureCode: '02',
      areaCode: '0201',
      municipality: '弘前市',
      places: [
        { specialtyCode: 'internal-medicine', acceptableNumber: 1, periods: [{ startMonth: '2027-04', months: 12 }] },
        { specialtyCode: 'pediatrics', acceptableNumber: 1, periods: [{ startMonth: '2028-01', months: 3 }] },
      ],
      profile: null,
    },
    {
      key: 'D',
      name: '霞ヶ関総合病院',
      prefectureCode: '13',
      areaCode: '1301',
      municipality: spotTown,
      places: [{ specialtyCode: 'internal-medicine', acceptableNumber: 2, periods: [{ startMonth: '2027-10', months: 6 }] }],
      profile: null,
    },
  ];

  /** A published round with the given hosts, inserted directly and indexed as publication does. */
  async function publishRound(year: number, hosts: { facility: Facility; places: PlaceSeed[] }[]): Promise<NominationRound> {
    const ruleSet = await dataSource.getRepository(RuleSetRecord).findOneByOrFail({ recruitmentYear: 2026, status: 'active' });
    return dataSource.transaction(async (manager) => {
      const round = await manager.save(
        manager.create(NominationRound, {
          recruitmentYear: year,
          ruleSetId: ruleSet.id,
          status: 'published',
          prefectureDeadline: new Date('2026-01-10T00:00:00Z'),
          societyDeadline: new Date('2026-02-10T00:00:00Z'),
          message: '',
          expectedPlaces: {},
          openedBy: randomUUID(),
          publishedAt: new Date(),
        }),
      );
      roundIds.push(round.id);
      const submissions = new Map<string, PrefectureSubmission>();
      for (const prefectureCode of new Set(hosts.map(({ facility }) => facility.prefectureCode))) {
        submissions.set(
          prefectureCode,
          await manager.save(manager.create(PrefectureSubmission, { roundId: round.id, prefectureCode, status: 'submitted' })),
        );
      }
      for (const { facility, places } of hosts) {
        const submission = submissions.get(facility.prefectureCode) as PrefectureSubmission;
        for (const place of places) {
          const candidate = await manager.save(
            manager.create(Candidate, {
              submissionId: submission.id,
              roundId: round.id,
              prefectureCode: facility.prefectureCode,
              facilityId: facility.id,
              specialtyCode: place.specialtyCode,
              acceptableNumber: place.acceptableNumber,
              acceptablePeriods: place.periods,
              contactName: '担当',
              reviewStatus: 'confirmed',
            }),
          );
          await manager.save(
            manager.create(PublishedHost, {
              roundId: round.id,
              candidateId: candidate.id,
              facilityId: facility.id,
              facilityCode: facility.facilityCode,
              facilityName: facility.name,
              prefectureCode: facility.prefectureCode,
              address: facility.address,
              specialtyCode: place.specialtyCode,
              categoryCode: 'special-regional',
              categoryNameJa: '特別地域連携プログラム',
              categoryNameEn: 'Special regional connection program',
              acceptableNumber: place.acceptableNumber,
              acceptablePeriods: place.periods,
              sample: true,
            }),
          );
        }
      }
      await testApp.app.get(HostListingIndexer).indexRound(manager, round.id);
      return round;
    });
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
    await dataSource.getRepository(PhysicianScarceSpot).save({ prefectureCode: '13', municipality: spotTown, reason: 'テスト' });
    const facilities: Facility[] = [];
    for (const seed of seeds) {
      const facility = await dataSource.getRepository(Facility).save({
        facilityCode: `${prefix}-${seed.key}`,
        name: seed.name,
        prefectureCode: seed.prefectureCode,
        secondaryMedicalAreaCode: seed.areaCode,
        municipality: seed.municipality,
        address: `${seed.municipality}テスト1-1`,
        isHost: true,
        sample: true,
      });
      ids[seed.key] = facility.id;
      facilities.push(facility);
      if (seed.profile) {
        await dataSource.getRepository(HostProfile).save({
          facilityId: facility.id,
          status: 'approved',
          draft: seed.profile,
          published: seed.profile,
          publishedAt: new Date(),
          reviewComment: null,
          reviewedBy: null,
        });
      }
    }
    const older = await dataSource.getRepository(Facility).save({
      facilityCode: `${prefix}-F`,
      name: '去年だけの病院',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0204',
      address: '青森県テスト',
      isHost: true,
      sample: true,
    });
    ids['F'] = older.id;
    await publishRound(CURRENT_YEAR - 1, [{ facility: older, places: [seeds[0]?.places[0] as PlaceSeed] }]);
    await publishRound(
      CURRENT_YEAR,
      seeds.map((seed, index) => ({ facility: facilities[index] as Facility, places: seed.places })),
    );

    anonymous = await new TestClient(testApp.http).start();
    aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    tokyo = await signedIn({ role: 'prefecture', prefectureCode: '13' });
    hostD = await signedIn({ role: 'host-facility', facilityId: ids['D'] });
  });

  afterAll(async () => {
    await dataSource.getRepository(NominationRound).delete({ id: In(roundIds) });
    await dataSource.getRepository(PhysicianScarceSpot).delete({ municipality: spotTown });
    await dataSource.query(`DELETE FROM prefecture_profile WHERE prefecture_code = '02'`);
    await testApp.close();
  });

  it('lists the current round’s hosts only, one entry per facility with all its places', async () => {
    const all = await search('pageSize=50');
    expect(all.round).toMatchObject({ recruitmentYear: CURRENT_YEAR });
    expect(all.total).toBe(4);
    expect(keys(all)).toEqual(['A', 'B', 'C', 'D']);
    const c = all.hosts.find((host) => host.facilityId === ids['C']);
    expect(c?.places.map((place) => place.specialtyCode)).toEqual(['internal-medicine', 'pediatrics']);
    expect(c).toMatchObject({ profileCompleteness: null, nameReading: null, living: { dormitory: null }, block: 'tohoku' });
    const a = all.hosts.find((host) => host.facilityId === ids['A']);
    expect(a).toMatchObject({
      nameReading: 'せいほくごさくらびょういん',
      physicianScarceArea: true,
      living: { dormitory: true, carNotNeeded: true },
    });
    expect(a?.profileCompleteness).toBeGreaterThan(0);
  });

  it('matches Japanese text by reading, across kana scripts and kanji variants, and by partial words', async () => {
    // A kanji name found by its reading, in either kana script.
    expect(await found('q=たかさき')).toEqual(['B']);
    expect(await found('q=タカサキ')).toEqual(['B']);
    expect(await found('q=ｾｲﾎｸｺﾞ')).toEqual(['A']);
    // Katakana finds a hiragana name.
    expect(await found('q=ミドリ')).toEqual(['C']);
    // A kanji variant: 高崎 finds 髙﨑; 霞ケ関 finds 霞ヶ関.
    expect(await found(`q=高崎`)).toEqual(['B']);
    expect(await found(`q=霞ケ関`)).toEqual(['D']);
    // Partial words, several words together, and the profile's departments.
    expect(await found(`q=北五`)).toEqual(['A']);
    expect(await found('q=さくら\u3000五所川原')).toEqual(['A']);
    expect(await found(`q=総合診療`)).toEqual(['A']);
    expect(await found(`q=さくら 弘前`)).toEqual(['C']);
    expect(await found(`q=存在しない名前`)).toEqual([]);
    // Only published hosts of the current round.
    expect(await found(`q=去年だけ`)).toEqual([]);
  });

  it('ranks name-prefix matches first, then name or reading matches, then other text', async () => {
    // C starts with さくら, A has it inside its name, B only in its message.
    expect(await found('q=サクラ')).toEqual(['C', 'A', 'B']);
    expect(await found('q=サクラ&sort=name')).toEqual(['C', 'A', 'B']);
    expect(await found('q=サクラ&sort=prefecture')).toEqual(['C', 'A', 'B']);
    expect(await found('q=サクラ&sort=acceptable-number')).toEqual(['B', 'A', 'C']);
  });

  it('filters by each criterion, with specialty, category and month holding for the same place', async () => {
    expect(await byName('specialty=pediatrics')).toEqual(['B', 'C']);
    expect(await byName('category=special-regional')).toEqual(['A', 'B', 'C', 'D']);
    expect(await byName('category=connection')).toEqual([]);
    expect(await byName('prefecture=02')).toEqual(['A', 'C']);
    expect(await byName('block=kanto')).toEqual(['B', 'D']);
    expect(await byName('physicianScarce=true')).toEqual(['A', 'D']);
    expect(await byName('dormitory=true')).toEqual(['A']);
    expect(await byName('housingSupport=true')).toEqual(['A', 'B']);
    expect(await byName('carNotNeeded=true')).toEqual(['A']);
    expect(await byName('childcare=true')).toEqual(['A']);
    expect(await byName('month=2027-12')).toEqual(['B', 'C', 'D']);
    expect(await byName('month=2027-04')).toEqual(['A', 'C']);
    expect(await byName('specialty=internal-medicine&month=2027-05')).toEqual(['A', 'C']);
    // C takes pediatrics only from 2028-01: its internal-medicine period does not count.
    expect(await byName('specialty=pediatrics&month=2027-05')).toEqual([]);
    expect(await byName('specialty=pediatrics&month=2028-02')).toEqual(['B', 'C']);
    expect(await byName('prefecture=02&specialty=internal-medicine&dormitory=true')).toEqual(['A']);
  });

  it('counts every facet value under the other filters only', async () => {
    const inAomori = await search('prefecture=02');
    expect(inAomori.total).toBe(2);
    expect(inAomori.facets.prefecture).toEqual([
      { value: '02', count: 2 },
      { value: '12', count: 1 },
      { value: '13', count: 1 },
    ]);
    expect(inAomori.facets.block).toEqual([{ value: 'tohoku', count: 2 }]);
    expect(inAomori.facets.specialty).toEqual([
      { value: 'internal-medicine', count: 2 },
      { value: 'pediatrics', count: 1 },
    ]);
    expect(inAomori.facets.category).toEqual([{ value: 'special-regional', count: 2 }]);
    expect(inAomori.facets).toMatchObject({ physicianScarce: 1, dormitory: 1, housingSupport: 1, carNotNeeded: 1, childcare: 1 });

    const pediatricsInWinter = await search('specialty=pediatrics&month=2028-02&dormitory=true');
    expect(pediatricsInWinter.total).toBe(0);
    // Without the dormitory filter B and C match, but neither has a dormitory; without the specialty, no host with a dormitory has a place in 2028-02.
    expect(pediatricsInWinter.facets.dormitory).toBe(0);
    expect(pediatricsInWinter.facets.specialty).toEqual([]);
    const pediatrics = await search('specialty=pediatrics&month=2028-02');
    expect(pediatrics.facets.specialty).toEqual([
      { value: 'internal-medicine', count: 2 },
      { value: 'pediatrics', count: 2 },
    ]);
    expect(pediatrics.facets.housingSupport).toBe(1);
    expect(pediatrics.facets.prefecture).toEqual([
      { value: '02', count: 1 },
      { value: '12', count: 1 },
    ]);
  });

  it('sorts stably by name, prefecture, acceptable number and completeness', async () => {
    // Reading when there is one (せ…, た…), else the name (さくら台…, 霞…).
    expect(await found('sort=name')).toEqual(['C', 'A', 'B', 'D']);
    expect(await found('sort=prefecture')).toEqual(['C', 'A', 'B', 'D']);
    expect(await found('sort=acceptable-number')).toEqual(['B', 'A', 'C', 'D']);
    expect(await found('sort=completeness')).toEqual(['B', 'A', 'C', 'D']);
    expect(await found('sort=relevance')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('pages through the results without gaps or repeats', async () => {
    const first = await search('sort=name&pageSize=3');
    const second = await search('sort=name&pageSize=3&page=2');
    const beyond = await search('sort=name&pageSize=3&page=3');
    expect([first.total, first.page, first.pageSize, second.page]).toEqual([4, 1, 3, 2]);
    expect([...keys(first), ...keys(second)]).toEqual(['C', 'A', 'B', 'D']);
    expect(beyond.hosts).toEqual([]);
    expect(beyond.total).toBe(4);
    expect((await search('')).pageSize).toBe(20);
  });

  it('refuses malformed and unknown parameters with field errors', async () => {
    const bad = async (query: string, field: string) =>
      anonymous
        .get(`/api/hosts?${encodeURI(query)}`)
        .expect(400)
        .expect((response) => expect(Object.keys(response.body.fieldErrors)).toContain(field));
    await bad('pageSize=51', 'pageSize');
    await bad('page=0', 'page');
    await bad('page=two', 'page');
    await bad('sort=popular', 'sort');
    await bad('dormitory=false', 'dormitory');
    await bad('month=2027-13', 'month');
    await bad('prefecture=2', 'prefecture');
    await bad('block=kansai', 'block');
    await bad('category=special', 'category');
    await bad('specialty=Internal Medicine', 'specialty');
    await bad(`q=${'あ'.repeat(101)}`, 'q');
    await bad('hospital=yes', 'hospital');
  });

  it('shows a host page with each place’s eligibility explained, and 404 for a facility not published in the current round', async () => {
    await aomori
      .send('PUT', '/api/prefecture-profiles/02', { supportProgrammes: '修学資金があります。', message: '青森へようこそ', version: 0 })
      .expect(200);
    const page = (await anonymous.get(`/api/hosts/${ids['A']}`).expect(200)).body as PublicHostResponse;
    expect(page).toMatchObject({
      facilityId: ids['A'],
      name: '西北五さくら病院',
      block: 'tohoku',
      secondaryMedicalAreaCode: '0204',
      physicianScarceArea: true,
      physicianScarceSpot: false,
      round: { recruitmentYear: CURRENT_YEAR },
      profile: { nameReading: 'せいほくごさくらびょういん', living: { dormitory: true } },
      prefectureProfile: { supportProgrammes: '修学資金があります。', message: '青森へようこそ' },
    });
    expect(page.profileCompleteness).toBeGreaterThan(0);
    expect(page.places).toHaveLength(1);
    expect(page.places[0]).toMatchObject({ specialtyCode: 'internal-medicine', categoryCode: 'special-regional', acceptableNumber: 2 });
    expect(page.places[0]?.eligibility).toMatchObject({ category: 'special-regional' });
    expect(page.places[0]?.eligibility?.reasons.length).toBeGreaterThan(0);

    const withoutProfile = (await anonymous.get(`/api/hosts/${ids['D']}`).expect(200)).body as PublicHostResponse;
    expect(withoutProfile).toMatchObject({ profile: null, profileCompleteness: null, prefectureProfile: null, physicianScarceSpot: true });

    await anonymous.get(`/api/hosts/${ids['F']}`).expect(404);
    await anonymous.get(`/api/hosts/${randomUUID()}`).expect(404);
    await anonymous.get('/api/hosts/not-a-uuid').expect(400);
  });

  it('puts a newly approved profile into the directory at once', async () => {
    expect(await byName('dormitory=true')).toEqual(['A']);
    const path = `/api/host-profiles/${ids['D']}`;
    const saved = (
      await hostD
        .send('PUT', path, { training: {}, living: { dormitory: true, carNeeded: false }, message: '霞が関から通えます', contact: {}, version: 0 })
        .expect(200)
    ).body as HostProfileResponse;
    const submitted = (await hostD.post(`${path}/submit`).send({ version: saved.version }).expect(200)).body as HostProfileResponse;
    // Not public before approval.
    expect(await byName('dormitory=true')).toEqual(['A']);
    await tokyo.post(`${path}/approve`).send({ version: submitted.version }).expect(200);
    expect(await byName('dormitory=true')).toEqual(['A', 'D']);
    expect(await byName('carNotNeeded=true')).toEqual(['A', 'D']);
    const d = (await search('dormitory=true')).hosts.find((host) => host.facilityId === ids['D']);
    expect(d?.profileCompleteness).toBeGreaterThan(0);
  });

  it('answers with no round and no hosts while no round is published', async () => {
    const rollback = new Error('rollback');
    await expect(
      dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE nomination_round SET status = 'reviewing' WHERE status = 'published'`);
        expect(await testApp.app.get(HostSearchService).search({ q: 'さくら' }, manager)).toEqual({
          round: null,
          total: 0,
          page: 1,
          pageSize: 20,
          hosts: [],
          facets: {
            specialty: [],
            category: [],
            prefecture: [],
            block: [],
            physicianScarce: 0,
            dormitory: 0,
            housingSupport: 0,
            carNotNeeded: 0,
            childcare: 0,
          },
        });
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('follows the prefecture’s physician-scarce spots: a new spot puts its hosts under the filter, removing it takes them out', async () => {
    expect(await found('physicianScarce=true&prefecture=02')).toEqual(['A']);
    const spot = (
      await aomori.post('/api/reference/prefectures/02/scarce-spots').send({ municipality: '弘前市', reason: '山間部の診療所' }).expect(201)
    ).body as { id: string };
    expect(await found('physicianScarce=true&prefecture=02')).toEqual(['A', 'C']);
    await aomori.send('DELETE', `/api/reference/prefectures/02/scarce-spots/${spot.id}`, {}).expect(204);
    expect(await found('physicianScarce=true&prefecture=02')).toEqual(['A']);
  });

  it('refreshes one facility’s listing when its place changes (refreshFacility)', async () => {
    expect(await found('sort=acceptable-number')).toEqual(['B', 'A', 'C', 'D']);
    await dataSource.transaction(async (manager) => {
      await manager.update(PublishedHost, { roundId: roundIds[1], facilityId: ids['D'] }, { acceptableNumber: 9 });
      await testApp.app.get(HostListingIndexer).refreshFacility(manager, ids['D'] as string);
    });
    const response = await search('sort=acceptable-number');
    expect(keys(response)).toEqual(['D', 'B', 'A', 'C']);
    expect(response.hosts[0]?.places).toMatchObject([{ specialtyCode: 'internal-medicine', acceptableNumber: 9 }]);
    // The older round's listing of F is untouched by refreshing D, and still not in the current directory.
    expect(await dataSource.query('SELECT count(*)::int AS n FROM host_listing WHERE facility_id = $1', [ids['F']])).toEqual([{ n: 1 }]);
  });
});

describe('prefecture master profile', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    dataSource = testApp.app.get(DataSource);
  });

  afterAll(async () => {
    await dataSource.query(`DELETE FROM prefecture_profile WHERE prefecture_code = '05'`);
    await testApp.close();
  });

  it('is public to read, written only by the prefecture’s own officers, with versions and an audit trail', async () => {
    const signedIn = async (options: Parameters<typeof createUser>[1]) => {
      const client = await new TestClient(testApp.http).start();
      await client.signIn((await createUser(dataSource, options)).email);
      return client;
    };
    const anonymous = await new TestClient(testApp.http).start();
    const akita = await signedIn({ role: 'prefecture', prefectureCode: '05' });
    const aomori = await signedIn({ role: 'prefecture', prefectureCode: '02' });
    const facility = await dataSource.getRepository(Facility).save({
      facilityCode: `PP-${randomUUID().slice(0, 6)}`,
      name: '秋田テスト病院',
      prefectureCode: '05',
      secondaryMedicalAreaCode: '0501',
      address: '秋田',
      isHost: true,
    });
    const host = await signedIn({ role: 'host-facility', facilityId: facility.id });
    const path = '/api/prefecture-profiles/05';

    expect((await anonymous.get(path).expect(200)).body).toEqual({ prefectureCode: '05', content: {}, updatedAt: null, version: 0 });
    await anonymous.get('/api/prefecture-profiles/99').expect(404);
    await anonymous.get('/api/prefecture-profiles/5').expect(400);

    const body = { allowances: '引越し手当 10万円', livingCosts: '家賃 4万円程度', websiteUrl: 'https://example.jp/akita', version: 0 };
    await anonymous.send('PUT', path, body).expect(401);
    await aomori.send('PUT', path, body).expect(403);
    await host.send('PUT', path, body).expect(403);
    await akita
      .send('PUT', path, { ...body, websiteUrl: 'http://example.jp', extra: 1 })
      .expect(400)
      .expect((response) => expect(Object.keys(response.body.fieldErrors)).toEqual(expect.arrayContaining(['websiteUrl', 'extra'])));

    const saved = (await akita.send('PUT', path, body).expect(200)).body;
    expect(saved).toMatchObject({ prefectureCode: '05', version: 1, content: { allowances: '引越し手当 10万円', supportProgrammes: null } });
    await akita.send('PUT', path, { ...body, message: '古い版から', version: 0 }).expect(409);
    const next = (await akita.send('PUT', path, { message: '秋田でお待ちしています', version: 1 }).expect(200)).body;
    expect(next).toMatchObject({ version: 2, content: { message: '秋田でお待ちしています', allowances: null } });
    expect((await anonymous.get(path).expect(200)).body).toEqual(next);

    const audit = await dataSource.query(
      `SELECT action, prefecture_code FROM audit_entry WHERE entity_type = 'prefecture-profile' AND entity_id = '05' ORDER BY occurred_at`,
    );
    expect(audit).toEqual([
      { action: 'prefecture-profile.updated', prefecture_code: '05' },
      { action: 'prefecture-profile.updated', prefecture_code: '05' },
    ]);
  });
});
