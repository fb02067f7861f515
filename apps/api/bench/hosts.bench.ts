/**
 * Host directory benchmark: search latency over 10,000 published hosts.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_TRANSPILE_ONLY=true \
 *     ts-node -r tsconfig-paths/register apps/api/bench/hosts.bench.ts   (npm run bench:hosts)
 *
 * Starts an embedded PostgreSQL in a temp folder (or uses DATABASE_URL), applies the migrations,
 * loads the reference data and the eligibility seeds, then inserts 10,000 sample host facilities
 * (Japanese names with readings and kanji variants, spread over every secondary medical area) with
 * 1–3 specialties each, publishes them in one round (approved profiles for most, with varied living
 * conditions), indexes the round as publication does, and runs a few hundred varied searches
 * (text, filters, facets, sorts, pages) through HostSearchService, printing p50/p99/max per query
 * shape. No asserts.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { AcceptablePeriod, ELIGIBILITY_CATEGORY_CODES, HostProfileContent, HostSearchQuery, HostSort, REGIONAL_BLOCKS } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { RuleSetRecord } from '../src/eligibility/entities/rule-set.entity';
import { HostListingIndexer } from '../src/hosts/directory/host-listing.indexer';
import { HostSearchService } from '../src/hosts/directory/host-search.service';
import { withSeededBenchDatabase } from './bench-database';
import { fixed, percentile, seeded } from './bench-figures';

const HOSTS = 10_000;
const RUNS_PER_SHAPE = Number(process.env['HOSTS_BENCH_RUNS'] ?? 60);
const WARM_UP_RUNS = 20;

/** Name parts with their readings; the variant kanji (髙, 﨑, 邊, 澤 …) test the folding. */
const PLACES: [string, string][] = [
  ['西北', 'せいほく'],
  ['弘前', 'ひろさき'],
  ['高崎', 'たかさき'],
  ['髙﨑', 'たかさき'],
  ['霞ヶ関', 'かすみがせき'],
  ['渡邊', 'わたなべ'],
  ['澤田', 'さわだ'],
  ['桜ヶ丘', 'さくらがおか'],
  ['みなと', 'みなと'],
  ['さくら', 'さくら'],
  ['ミドリ', 'みどり'],
  ['北見', 'きたみ'],
  ['大崎', 'おおさき'],
  ['齋藤', 'さいとう'],
  ['濱田', 'はまだ'],
  ['中島', 'なかじま'],
];
const MIDDLES: [string, string][] = [
  ['', ''],
  ['中央', 'ちゅうおう'],
  ['記念', 'きねん'],
  ['総合', 'そうごう'],
  ['市民', 'しみん'],
  ['県立', 'けんりつ'],
  ['赤十字', 'せきじゅうじ'],
  ['協立', 'きょうりつ'],
];
const SUFFIXES: [string, string][] = [
  ['病院', 'びょういん'],
  ['クリニック', 'くりにっく'],
  ['医療センター', 'いりょうせんたー'],
  ['診療所', 'しんりょうじょ'],
];
const DEPARTMENTS = ['総合診療科', '救急科', '小児科', '内科・循環器内科', '整形外科', '精神科', '産婦人科'];
const TEXTS = [
  'さくら',
  'サクラ',
  'たかさき',
  '高崎',
  '髙',
  'ひろさき',
  '総合',
  'クリニック',
  '記念病院',
  '霞ケ関',
  'センター',
  'みどり 総合',
  '津軽',
  'ちゅうおう',
  'ﾐﾅﾄ',
  '救急',
];
const SORTS: HostSort[] = ['relevance', 'name', 'prefecture', 'acceptable-number', 'completeness'];

interface Area {
  code: string;
  prefecture_code: string;
  name_ja: string;
}

async function main(): Promise<void> {
  await withSeededBenchDatabase(async (dataSource) => {
    const random = seeded(20260401);

    const seedStarted = performance.now();
    const roundId = await seed(dataSource, random);
    const seedMs = performance.now() - seedStarted;
    const indexStarted = performance.now();
    const indexed = await dataSource.transaction((manager) => new HostListingIndexer().indexRound(manager, roundId));
    const indexMs = performance.now() - indexStarted;
    // To compare index choices without a migration, e.g. HOSTS_BENCH_SQL='CREATE INDEX ON host_listing USING gin (place_keys)'.
    const extra = process.env['HOSTS_BENCH_SQL'];
    if (extra) {
      await dataSource.query(extra);
      console.log(`Applied HOSTS_BENCH_SQL: ${extra}`);
    }
    await dataSource.query('ANALYZE host_listing, host_listing_place');
    const [{ size }] = await dataSource.query<{ size: string }[]>(`SELECT pg_size_pretty(pg_total_relation_size('host_listing')) AS size`);
    console.log(`Seeded ${HOSTS.toLocaleString()} published hosts in ${(seedMs / 1000).toFixed(1)} s`);
    console.log(`Indexed ${indexed.toLocaleString()} listings (publication's indexRound) in ${indexMs.toFixed(0)} ms; host_listing ${size}\n`);

    const service = new HostSearchService(dataSource);
    const prefectures = (await dataSource.query<{ code: string }[]>('SELECT code FROM prefecture ORDER BY code')).map((row) => row.code);
    const specialties = (await dataSource.query<{ code: string }[]>('SELECT code FROM specialty ORDER BY code')).map((row) => row.code);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
    const month = () => `2027-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;

    const shapes: [string, () => HostSearchQuery][] = [
      ['no filter, page 1', () => ({})],
      ['no filter, sort + random page', () => ({ sort: pick(SORTS), page: 1 + Math.floor(random() * 400), pageSize: 20 })],
      ['text', () => ({ q: pick(TEXTS) })],
      ['text + sort name', () => ({ q: pick(TEXTS), sort: 'name' })],
      ['text + prefecture', () => ({ q: pick(TEXTS), prefecture: pick(prefectures) })],
      ['specialty + month', () => ({ specialty: pick(specialties), month: month() })],
      ['block + living flags', () => ({ block: pick(REGIONAL_BLOCKS), dormitory: true, carNotNeeded: true, sort: 'completeness' })],
      [
        'scarce + specialty + category, page 2',
        () => ({
          physicianScarce: true,
          specialty: pick(specialties),
          category: pick(ELIGIBILITY_CATEGORY_CODES),
          sort: 'acceptable-number',
          page: 2,
        }),
      ],
      [
        'everything',
        () => ({
          q: pick(TEXTS),
          specialty: pick(specialties),
          block: pick(REGIONAL_BLOCKS),
          housingSupport: true,
          childcare: true,
          month: month(),
          sort: pick(SORTS),
          pageSize: 50,
        }),
      ],
    ];

    for (let run = 0; run < WARM_UP_RUNS; run += 1) await service.search(pick(shapes)[1]());
    console.log(
      `${'query shape'.padEnd(40)} ${'runs'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'avg hits'.padStart(9)}`,
    );
    const everything: number[] = [];
    for (const [name, make] of shapes) {
      const timings: number[] = [];
      let hits = 0;
      for (let run = 0; run < RUNS_PER_SHAPE; run += 1) {
        const query = make();
        const started = performance.now();
        const response = await service.search(query);
        timings.push(performance.now() - started);
        hits += response.total;
      }
      everything.push(...timings);
      console.log(
        `${name.padEnd(40)} ${String(timings.length).padStart(5)} ${fixed(percentile(timings, 50))} ${fixed(percentile(timings, 99))} ${fixed(Math.max(...timings))} ${String(Math.round(hits / timings.length)).padStart(9)}`,
      );
    }
    console.log(
      `${'all'.padEnd(40)} ${String(everything.length).padStart(5)} ${fixed(percentile(everything, 50))} ${fixed(percentile(everything, 99))} ${fixed(Math.max(...everything))}`,
    );
  });
}

/** 10,000 host facilities published in a 2026 round, ~75 % with an approved profile. */
async function seed(dataSource: DataSource, random: () => number): Promise<string> {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const areas = await dataSource.query<Area[]>('SELECT code, prefecture_code, name_ja FROM secondary_medical_area ORDER BY code');
  const specialties = (await dataSource.query<{ code: string }[]>('SELECT code FROM specialty ORDER BY code')).map((row) => row.code);
  const ruleSet = await dataSource.getRepository(RuleSetRecord).findOneByOrFail({ recruitmentYear: 2026, status: 'active' });
  const roundId = randomUUID();
  await dataSource.query(
    `INSERT INTO nomination_round (id, recruitment_year, rule_set_id, status, prefecture_deadline, society_deadline, message, expected_places, opened_by, published_at, version)
     VALUES ($1, 2026, $2, 'published', now(), now(), '', '{}', $3, now(), 1)`,
    [roundId, ruleSet.id, randomUUID()],
  );
  const submissions = new Map<string, string>();
  for (const prefectureCode of new Set(areas.map((area) => area.prefecture_code))) {
    const id = randomUUID();
    submissions.set(prefectureCode, id);
    await dataSource.query(`INSERT INTO prefecture_submission (id, round_id, prefecture_code, status, version) VALUES ($1, $2, $3, 'submitted', 1)`, [
      id,
      roundId,
      prefectureCode,
    ]);
  }

  const facilities: unknown[][] = [];
  const candidates: unknown[][] = [];
  const hosts: unknown[][] = [];
  const profiles: unknown[][] = [];
  for (let index = 0; index < HOSTS; index += 1) {
    const area = pick(areas);
    const [place, placeReading] = pick(PLACES);
    const [middle, middleReading] = pick(MIDDLES);
    const [suffix, suffixReading] = pick(SUFFIXES);
    const inAreaName = random() < 0.3;
    const name = `${inAreaName ? area.name_ja : ''}${place}${middle}${suffix}`;
    const facilityId = randomUUID();
    const facilityCode = `BENCH-${String(index).padStart(5, '0')}`;
    const municipality = `${area.name_ja}市`;
    const address = `${municipality}${1 + Math.floor(random() * 9)}-${1 + Math.floor(random() * 20)}`;
    facilities.push([facilityId, facilityCode, name, area.prefecture_code, area.code, municipality, address, 50 + Math.floor(random() * 600)]);
    const own = new Set<string>();
    const wanted = 1 + Math.floor(random() * 3);
    while (own.size < wanted) own.add(pick(specialties));
    for (const specialtyCode of own) {
      const candidateId = randomUUID();
      const acceptableNumber = 1 + Math.floor(random() * 4);
      const periods: AcceptablePeriod[] = [
        { startMonth: `2027-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`, months: pick([3, 6, 12]) },
      ];
      candidates.push([
        candidateId,
        submissions.get(area.prefecture_code),
        roundId,
        area.prefecture_code,
        facilityId,
        specialtyCode,
        acceptableNumber,
        JSON.stringify(periods),
      ]);
      hosts.push([
        roundId,
        candidateId,
        facilityId,
        facilityCode,
        name,
        area.prefecture_code,
        address,
        specialtyCode,
        pick(ELIGIBILITY_CATEGORY_CODES),
        acceptableNumber,
        JSON.stringify(periods),
      ]);
    }
    if (random() < 0.75) {
      const flag = () => (random() < 0.15 ? null : random() < 0.5);
      const content: HostProfileContent = {
        nameReading: inAreaName || random() < 0.1 ? null : `${placeReading}${middleReading}${suffixReading}`,
        training: {
          departments: pick(DEPARTMENTS),
          supervisingDoctors: Math.floor(random() * 20),
          overview: random() < 0.5 ? '幅広い症例を経験できます。' : null,
        },
        living: { dormitory: flag(), housingAllowanceYen: random() < 0.4 ? 20000 : null, carNeeded: flag(), childcareNearby: flag() },
        message: random() < 0.5 ? `${place}の地域医療を一緒に支えましょう。` : null,
        contact: { name: random() < 0.7 ? '研修担当' : null },
        photos: [],
      };
      profiles.push([facilityId, JSON.stringify(content)]);
    }
  }
  await insert(
    dataSource,
    'facility (id, facility_code, name, prefecture_code, secondary_medical_area_code, municipality, address, bed_count, is_host, sample, kind, version)',
    facilities,
    (p) => `(${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, true, true, 'hospital', 1)`,
  );
  await insert(
    dataSource,
    'candidate (id, submission_id, round_id, prefecture_code, facility_id, specialty_code, acceptable_number, acceptable_periods, contact_name, review_status, version)',
    candidates,
    (p) => `(${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}::jsonb, '担当', 'confirmed', 1)`,
  );
  await insert(
    dataSource,
    'published_host (round_id, candidate_id, facility_id, facility_code, facility_name, prefecture_code, address, specialty_code, category_code, category_name_ja, category_name_en, acceptable_number, acceptable_periods, sample, version)',
    hosts,
    (p) =>
      `(${p(0)}, ${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, ${p(7)}, ${p(8)}, '連携区分', 'Category', ${p(9)}, ${p(10)}::jsonb, true, 1)`,
  );
  await insert(
    dataSource,
    'host_profile (facility_id, status, draft, published, published_at, version)',
    profiles,
    (p) => `(${p(0)}, 'approved', ${p(1)}::jsonb, ${p(1)}::jsonb, now(), 1)`,
  );
  return roundId;
}

/** Multi-row INSERTs in slices (one statement takes at most 65,535 parameters). */
async function insert(dataSource: DataSource, target: string, rows: unknown[][], tuple: (p: (column: number) => string) => string): Promise<void> {
  const width = rows[0]?.length ?? 1;
  const perStatement = Math.floor(60_000 / width);
  for (let start = 0; start < rows.length; start += perStatement) {
    const slice = rows.slice(start, start + perStatement);
    const values = slice.map((_, row) => tuple((column) => `$${row * width + column + 1}`));
    await dataSource.query(`INSERT INTO ${target} VALUES ${values.join(', ')}`, slice.flat());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
