/**
 * Analytics benchmark: funnel, capacity vs demand and concentration over a 10× national sample.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_TRANSPILE_ONLY=true \
 *     ts-node -r tsconfig-paths/register apps/api/bench/analytics.bench.ts   (npm run bench:analytics)
 *
 * Starts an embedded PostgreSQL in a temp folder (or uses DATABASE_URL), applies the migrations, loads
 * the reference data and the eligibility seeds, then seeds in bulk (seeded PRNG, same figures every run):
 *   - 80,000 facilities (10× the 8,000 of bench:eligibility) over the 330 secondary medical areas, ~40 %
 *     registered hosts, some bases (more in physician-many prefectures);
 *   - a published 2026 round (the previous year's hosts, so the funnel's prior-host grouping has rows);
 *   - a published 2027 round pinned to the active 2027 rule set: every prefecture's submitted list with
 *     candidates (host facility × specialty, mostly where the 2027 rules make the prefecture eligible for
 *     ②'; most confirmed, some pending or returned), published hosts (②' special-regional) for the confirmed
 *     ones in eligible prefecture × specialty cells, ~10,000 programs of base facilities with 1–3 requests
 *     each (pending / accepted / declined / withdrawn, skewed so a few hosts draw many), recruitment
 *     results on most programs with an accepted place, rotation records on some accepted requests;
 * then, after warm-up calls, times the real services (FunnelService, CapacityDemandService,
 * ConcentrationService constructed directly) per query shape and prints p50 / p99 / max and the response
 * size per shape and overall. No asserts.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { FunnelOutcome, REGIONAL_BLOCKS } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AnalyticsRoundService } from '../src/analytics/analytics-round.service';
import { CapacityDemandService } from '../src/analytics/capacity-demand.service';
import { ConcentrationService } from '../src/analytics/concentration.service';
import { FunnelService } from '../src/analytics/funnel.service';
import { EligibilityDataService, evaluatorOf } from '../src/eligibility/eligibility-data.service';
import { RuleSetRecord } from '../src/eligibility/entities/rule-set.entity';
import { withSeededBenchDatabase } from './bench-database';
import { fixed, percentile, seeded } from './bench-figures';

/** 10× the national sample of bench:eligibility (8,000 facilities). */
const FACILITIES = 80_000;
const HOST_SHARE = 0.4;
const PROGRAMS = 10_000;
const YEAR = 2027;
const RUNS_PER_SHAPE = Number(process.env['ANALYTICS_BENCH_RUNS'] ?? 40);
const WARM_UP_RUNS = 3;
const NOMINATED = 'special-regional';
/** Outcomes the outcome-filter shape asks for (a JMSB officer looking where chains break). */
const ASKED_OUTCOMES: FunnelOutcome[] = [
  'eligible-not-nominated',
  'published-no-program',
  'requested-awaiting-answer',
  'results-not-reported',
  'confirmed-not-published',
  'complete',
];

interface Area {
  code: string;
  prefecture_code: string;
  name_ja: string;
  many: boolean;
}

interface SeededFacility {
  id: string;
  code: string;
  name: string;
  prefectureCode: string;
  address: string;
  isHost: boolean;
  isBase: boolean;
}

interface Published {
  id: string;
  facility: SeededFacility;
  specialtyCode: string;
  acceptableNumber: number;
}

type Row = Record<string, unknown>;
type Counts = Record<string, number>;

async function main(): Promise<void> {
  await withSeededBenchDatabase(async (dataSource) => {
    const random = seeded(20270401);

    const seedStarted = performance.now();
    const counts = await seed(dataSource, random);
    await dataSource.query('ANALYZE');
    const seedMs = performance.now() - seedStarted;
    console.log(`Seeded in ${(seedMs / 1000).toFixed(1)} s (bulk INSERT … SELECT FROM unnest, then ANALYZE):`);
    console.log(
      `  ${Object.entries(counts)
        .map(([name, n]) => `${name} ${n.toLocaleString()}`)
        .join(', ')}\n`,
    );

    const data = new EligibilityDataService(dataSource);
    const funnel = new FunnelService(dataSource, new AnalyticsRoundService(data));
    const capacity = new CapacityDemandService(dataSource, new AnalyticsRoundService(data));
    const concentration = new ConcentrationService(dataSource, new AnalyticsRoundService(data));
    const prefectures = (await dataSource.query<{ code: string }[]>('SELECT code FROM prefecture ORDER BY code')).map((row) => row.code);
    const specialties = (await dataSource.query<{ code: string }[]>('SELECT code FROM specialty ORDER BY code')).map((row) => row.code);
    const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

    /** Each call answers with its size: cells of the funnel, rows of the other views. */
    const shapes: [string, () => Promise<{ size: number; body: unknown }>][] = [
      ['funnel nation (JMSB default)', async () => sized(await funnel.funnel({}), (r) => r.cells.length)],
      ['funnel one specialty', async () => sized(await funnel.funnel({ specialty: pick(specialties) }), (r) => r.cells.length)],
      ['funnel one prefecture', async () => sized(await funnel.funnel({ prefecture: pick(prefectures) }), (r) => r.cells.length)],
      ['funnel one block', async () => sized(await funnel.funnel({ block: pick(REGIONAL_BLOCKS) }), (r) => r.cells.length)],
      ['funnel outcome filter', async () => sized(await funnel.funnel({ outcome: pick(ASKED_OUTCOMES) }), (r) => r.cells.length)],
      ['capacity-demand nation', async () => sized(await capacity.capacityDemand({}), (r) => r.rows.length + r.halves.length + r.flows.length)],
      ['concentration nation', async () => sized(await concentration.concentration({}), (r) => r.rows.length)],
    ];

    const nation = await funnel.funnel({});
    console.log(
      `Round ${nation.round.recruitmentYear} (${nation.round.ruleSet.definitionId} v${nation.round.ruleSet.version}), category ${nation.category}; national totals: ${Object.entries(
        nation.totals,
      )
        .map(([stage, n]) => `${stage} ${n.toLocaleString()}`)
        .join(', ')}`,
    );
    console.log(
      `Outcomes over ${nation.cells.length} cells: ${nation.outcomes
        .filter((o) => o.cells > 0)
        .map((o) => `${o.outcome} ${o.cells}`)
        .join(', ')}\n`,
    );

    for (const [, call] of shapes) for (let run = 0; run < WARM_UP_RUNS; run += 1) await call();
    console.log(
      `${'shape'.padEnd(30)} ${'runs'.padStart(5)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'size'.padStart(7)} ${'JSON kB'.padStart(8)}`,
    );
    const everything: number[] = [];
    for (const [name, call] of shapes) {
      const timings: number[] = [];
      let size = 0;
      let bytes = 0;
      for (let run = 0; run < RUNS_PER_SHAPE; run += 1) {
        const started = performance.now();
        const response = await call();
        timings.push(performance.now() - started);
        size += response.size;
        // Outside the timing: what the controller would send.
        bytes += Buffer.byteLength(JSON.stringify(response.body));
      }
      everything.push(...timings);
      console.log(
        `${name.padEnd(30)} ${String(timings.length).padStart(5)} ${fixed(percentile(timings, 50))} ${fixed(percentile(timings, 99))} ${fixed(Math.max(...timings))} ${String(Math.round(size / timings.length)).padStart(7)} ${(bytes / timings.length / 1024).toFixed(0).padStart(8)}`,
      );
    }
    console.log(
      `${'all'.padEnd(30)} ${String(everything.length).padStart(5)} ${fixed(percentile(everything, 50))} ${fixed(percentile(everything, 99))} ${fixed(Math.max(...everything))}`,
    );
    console.log(`(size: funnel cells, capacity-demand rows + halves + flows, concentration rows; averages per run)`);
  });
}

function sized<T>(body: T, size: (body: T) => number): { size: number; body: T } {
  return { size: size(body), body };
}

/** The 10× national sample; answers the row counts per table. */
async function seed(dataSource: DataSource, random: () => number): Promise<Counts> {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const uuid = uuids(7_700_417);
  const areas = await dataSource.query<Area[]>(
    `SELECT a.code, a.prefecture_code, a.name_ja, p.index_class = 'many' AS many
       FROM secondary_medical_area a JOIN prefecture p ON p.code = a.prefecture_code ORDER BY a.code`,
  );
  const specialties = (await dataSource.query<{ code: string }[]>('SELECT code FROM specialty ORDER BY code')).map((row) => row.code);
  const prefectureCodes = [...new Set(areas.map((area) => area.prefecture_code))];
  const rules = dataSource.getRepository(RuleSetRecord);
  const ruleSet2026 = await rules.findOneByOrFail({ recruitmentYear: YEAR - 1, status: 'active' });
  const ruleSet2027 = await rules.findOneByOrFail({ recruitmentYear: YEAR, status: 'active' });

  // Where the 2027 rules let a prefecture host ②' (prefecture-level conditions), as prefectures nominate.
  const evaluator = evaluatorOf(await new EligibilityDataService(dataSource).loadFor(ruleSet2027));
  const eligibleSpecialties = new Map<string, string[]>(
    prefectureCodes.map((prefectureCode) => [
      prefectureCode,
      specialties.filter((specialtyCode) => {
        // Conditional: the prefecture-level conditions pass and the facility-level nomination is what is left.
        const status = evaluator.evaluatePrefecture({ prefectureCode, specialtyCode }).categories.find((c) => c.categoryCode === NOMINATED)?.status;
        return status === 'eligible' || status === 'conditional';
      }),
    ]),
  );

  const facilities: SeededFacility[] = [];
  const facilityRows: Row[] = [];
  for (let index = 0; index < FACILITIES; index += 1) {
    const area = pick(areas);
    const isHost = random() < HOST_SHARE;
    const isBase = random() < (area.many ? 0.12 : 0.03);
    const municipality = `${area.name_ja}市`;
    const facility: SeededFacility = {
      id: uuid(),
      code: `AB-${String(index).padStart(6, '0')}`,
      name: `${area.name_ja}${pick(['中央', '記念', '総合', '市民', '県立', '赤十字'])}${pick(['病院', '医療センター', 'クリニック'])}${index}`,
      prefectureCode: area.prefecture_code,
      address: `${municipality}${between(1, 9)}-${between(1, 20)}`,
      isHost,
      isBase,
    };
    facilities.push(facility);
    facilityRows.push({
      id: facility.id,
      facility_code: facility.code,
      name: facility.name,
      prefecture_code: area.prefecture_code,
      secondary_medical_area_code: area.code,
      municipality,
      address: facility.address,
      bed_count: between(20, 700),
      is_host: isHost,
      is_base: isBase,
    });
  }
  await insertRows(dataSource, 'facility', FACILITY_COLUMNS, facilityRows, { sample: 'true', kind: `'hospital'`, version: '1' });

  const round = async (year: number, ruleSetId: string) => {
    const id = uuid();
    await dataSource.query(
      `INSERT INTO nomination_round (id, recruitment_year, rule_set_id, status, prefecture_deadline, society_deadline, message, expected_places, opened_by, sent_to_societies_at, published_at, version)
       VALUES ($1, $2, $3, 'published', now(), now(), '', '{}', $4, now(), now(), 1)`,
      [id, year, ruleSetId, uuid()],
    );
    const submissions = new Map(prefectureCodes.map((code) => [code, uuid()]));
    await insertRows(
      dataSource,
      'prefecture_submission',
      { id: 'uuid', round_id: 'uuid', prefecture_code: 'char(2)' },
      [...submissions].map(([prefectureCode, submissionId]) => ({ id: submissionId, round_id: id, prefecture_code: prefectureCode })),
      { status: `'submitted'`, submitted_at: 'now()', submitted_by: 'gen_random_uuid()', version: '1' },
    );
    return { id, submissions };
  };
  const previous = await round(YEAR - 1, ruleSet2026.id);
  const current = await round(YEAR, ruleSet2027.id);

  const candidateRows: Row[] = [];
  const publishedRows: Row[] = [];
  const previousKeys = new Set<string>();
  const published: Published[] = [];
  const candidate = (
    roundId: string,
    submissionId: string,
    facility: SeededFacility,
    specialtyCode: string,
    reviewStatus: string,
    origin: string,
    previousHost: boolean,
  ) => {
    const id = uuid();
    const acceptableNumber = between(1, 4);
    const periods = JSON.stringify([{ startMonth: `${YEAR}-${String(between(4, 10)).padStart(2, '0')}`, months: pick([6, 12, 24]) }]);
    candidateRows.push({
      id,
      submission_id: submissionId,
      round_id: roundId,
      prefecture_code: facility.prefectureCode,
      facility_id: facility.id,
      specialty_code: specialtyCode,
      origin,
      previous_host: previousHost,
      acceptable_number: acceptableNumber,
      acceptable_periods: periods,
      reason_outside_scarce: origin === 'added' ? '地域医療対策協議会で必要と認めた' : '',
      review_status: reviewStatus,
    });
    return { id, acceptableNumber, periods };
  };
  const publish = (
    roundId: string,
    candidateId: string,
    facility: SeededFacility,
    specialtyCode: string,
    categoryCode: string,
    acceptableNumber: number,
    periods: string,
  ) => {
    const id = uuid();
    publishedRows.push({
      id,
      round_id: roundId,
      candidate_id: candidateId,
      facility_id: facility.id,
      facility_code: facility.code,
      facility_name: facility.name,
      prefecture_code: facility.prefectureCode,
      address: facility.address,
      specialty_code: specialtyCode,
      category_code: categoryCode,
      acceptable_number: acceptableNumber,
      acceptable_periods: periods,
    });
    return id;
  };

  for (const facility of facilities) {
    if (!facility.isHost) continue;
    const eligible = eligibleSpecialties.get(facility.prefectureCode) ?? [];
    // The 2026 round: a third of the hosts published for one or two specialties, in any category.
    if (random() < 0.33) {
      const own = new Set<string>();
      const wanted = between(1, 2);
      while (own.size < wanted) own.add(eligible.length > 0 && random() < 0.7 ? pick(eligible) : pick(specialties));
      for (const specialtyCode of own) {
        const made = candidate(
          previous.id,
          previous.submissions.get(facility.prefectureCode) as string,
          facility,
          specialtyCode,
          'confirmed',
          'added',
          false,
        );
        const category = pick(['connection', 'prefecture-limited', 'special-regional', 'special-regional']);
        publish(previous.id, made.id, facility, specialtyCode, category, made.acceptableNumber, made.periods);
        previousKeys.add(`${facility.id}|${specialtyCode}`);
      }
    }
    // The 2027 lists: 60 % of the hosts of a prefecture eligible for some specialty, 1–3 specialties where it
    // is eligible; now and then (0.5 %, or 2 % of the hosts of a prefecture eligible for none) one it is not.
    if (random() >= (eligible.length > 0 ? 0.6 : 0.02)) continue;
    const own = new Set<string>();
    const wanted = Math.max(1, Math.min(between(1, 3), eligible.length));
    for (let attempt = 0; own.size < wanted && attempt < 10; attempt += 1)
      own.add(eligible.length > 0 && random() < 0.995 ? pick(eligible) : pick(specialties));
    for (const specialtyCode of own) {
      const draw = random();
      const reviewStatus = draw < 0.82 ? 'confirmed' : draw < 0.93 ? 'pending' : 'returned';
      const previousHost = previousKeys.has(`${facility.id}|${specialtyCode}`);
      const origin = previousHost ? 'previous-host' : random() < 0.6 ? 'scarce-area' : 'added';
      const made = candidate(
        current.id,
        current.submissions.get(facility.prefectureCode) as string,
        facility,
        specialtyCode,
        reviewStatus,
        origin,
        previousHost,
      );
      if (reviewStatus === 'confirmed' && eligible.includes(specialtyCode)) {
        const id = publish(current.id, made.id, facility, specialtyCode, NOMINATED, made.acceptableNumber, made.periods);
        published.push({ id, facility, specialtyCode, acceptableNumber: made.acceptableNumber });
      }
    }
  }
  await insertRows(dataSource, 'candidate', CANDIDATE_COLUMNS, candidateRows, { contact_name: `'研修担当'`, version: '1' });
  await insertRows(dataSource, 'published_host', PUBLISHED_HOST_COLUMNS, publishedRows, {
    category_name_ja: `'連携区分'`,
    category_name_en: `'Category'`,
    sample: 'true',
    version: '1',
  });

  // Programs: a base facility, a first host (skewed: a few hosts draw many), up to two more of the specialty.
  const hostsBySpecialty = new Map<string, Published[]>();
  for (const host of published) hostsBySpecialty.set(host.specialtyCode, [...(hostsBySpecialty.get(host.specialtyCode) ?? []), host]);
  const skewed = <T>(values: readonly T[]): T => values[Math.floor(random() ** 2.5 * values.length)] as T;
  const bases = facilities.filter((facility) => facility.isBase);
  const programRows: Row[] = [];
  const requestRows: Row[] = [];
  const rotationRows: Row[] = [];
  for (let index = 0; index < PROGRAMS && published.length > 0; index += 1) {
    const base = pick(bases);
    const first = skewed(published);
    const pool = hostsBySpecialty.get(first.specialtyCode) ?? [first];
    const hosts = new Map([[first.facility.id, first]]);
    const wanted = pick([1, 1, 2, 2, 3]);
    for (let attempt = 0; hosts.size < wanted && attempt < 6; attempt += 1) {
      const next = skewed(pool);
      if (next.facility.id !== base.id && !hosts.has(next.facility.id)) hosts.set(next.facility.id, next);
    }
    const programId = uuid();
    let places = 0;
    let accepted = 0;
    const requests: { id: string; accepted: number }[] = [];
    for (const host of hosts.values()) {
      const requested = between(1, Math.min(3, host.acceptableNumber));
      const draw = random();
      const status = draw < 0.2 ? 'pending' : draw < 0.75 ? 'accepted' : draw < 0.9 ? 'declined' : 'withdrawn';
      const placesAccepted = status === 'accepted' ? between(1, requested) : null;
      const id = uuid();
      places += requested;
      accepted += placesAccepted ?? 0;
      if (placesAccepted) requests.push({ id, accepted: placesAccepted });
      requestRows.push({
        id,
        program_id: programId,
        published_host_id: host.id,
        host_facility_id: host.facility.id,
        places_requested: requested,
        status,
        places_accepted: placesAccepted,
        months_accepted: placesAccepted ? 12 : null,
        responded_at: status === 'pending' || status === 'withdrawn' ? null : new Date(),
      });
    }
    // Results: most programs with an accepted place report, up to what was accepted.
    const recruited = accepted > 0 ? (random() < 0.75 ? Math.round(accepted * (0.3 + 0.7 * random())) : null) : random() < 0.3 ? 0 : null;
    if (recruited)
      for (const request of requests)
        if (random() < 0.5)
          for (let resident = 0; resident < between(1, request.accepted); resident += 1)
            rotationRows.push({ request_id: request.id, resident_label: `R${index}-${resident}`, started_on: `${YEAR}-04-01` });
    programRows.push({
      id: programId,
      round_id: current.id,
      base_facility_id: base.id,
      specialty_code: first.specialtyCode,
      places,
      recruited,
    });
  }
  await insertRows(dataSource, 'program', PROGRAM_COLUMNS, programRows, {
    recruitment_year: String(YEAR),
    category_code: `'${NOMINATED}'`,
    decisions: `'[]'::jsonb`,
    contact_name: `'基幹 担当'`,
    contact_phone: `'03-0000-0000'`,
    created_by: 'gen_random_uuid()',
    version: '1',
  });
  await insertRows(dataSource, 'connection_request', REQUEST_COLUMNS, requestRows, { months_requested: '12', version: '1' });
  await insertRows(dataSource, 'rotation_record', ROTATION_COLUMNS, rotationRows, { recorded_by: 'gen_random_uuid()' });

  const count = (rows: Row[], roundId: string) => rows.filter((row) => row['round_id'] === roundId).length;
  return {
    facilities: facilityRows.length,
    hosts: facilities.filter((f) => f.isHost).length,
    bases: bases.length,
    'eligible ②′ cells': [...eligibleSpecialties.values()].reduce((total, codes) => total + codes.length, 0),
    '2026 published hosts': count(publishedRows, previous.id),
    '2027 candidates': count(candidateRows, current.id),
    confirmed: candidateRows.filter((row) => row['round_id'] === current.id && row['review_status'] === 'confirmed').length,
    '2027 published hosts': published.length,
    programs: programRows.length,
    'with results': programRows.filter((row) => row['recruited'] !== null).length,
    requests: requestRows.length,
    rotations: rotationRows.length,
  };
}

const FACILITY_COLUMNS = {
  id: 'uuid',
  facility_code: 'varchar',
  name: 'text',
  prefecture_code: 'char(2)',
  secondary_medical_area_code: 'char(4)',
  municipality: 'text',
  address: 'text',
  bed_count: 'int',
  is_host: 'boolean',
  is_base: 'boolean',
};
const CANDIDATE_COLUMNS = {
  id: 'uuid',
  submission_id: 'uuid',
  round_id: 'uuid',
  prefecture_code: 'char(2)',
  facility_id: 'uuid',
  specialty_code: 'varchar',
  origin: 'candidate_origin',
  previous_host: 'boolean',
  acceptable_number: 'int',
  acceptable_periods: 'jsonb',
  reason_outside_scarce: 'text',
  review_status: 'review_status',
};
const PUBLISHED_HOST_COLUMNS = {
  id: 'uuid',
  round_id: 'uuid',
  candidate_id: 'uuid',
  facility_id: 'uuid',
  facility_code: 'varchar',
  facility_name: 'text',
  prefecture_code: 'char(2)',
  address: 'text',
  specialty_code: 'varchar',
  category_code: 'varchar',
  acceptable_number: 'int',
  acceptable_periods: 'jsonb',
};
const PROGRAM_COLUMNS = { id: 'uuid', round_id: 'uuid', base_facility_id: 'uuid', specialty_code: 'varchar', places: 'int', recruited: 'int' };
const REQUEST_COLUMNS = {
  id: 'uuid',
  program_id: 'uuid',
  published_host_id: 'uuid',
  host_facility_id: 'uuid',
  places_requested: 'int',
  status: 'connection_request_status',
  places_accepted: 'int',
  months_accepted: 'int',
  responded_at: 'timestamptz',
};
const ROTATION_COLUMNS = { request_id: 'uuid', resident_label: 'varchar', started_on: 'date' };

/**
 * `INSERT INTO table (columns…) SELECT … FROM unnest($1::type[], …)`: one array parameter per column,
 * 20,000 rows a statement; `constants` are SQL expressions for the columns every row shares.
 */
async function insertRows(
  dataSource: DataSource,
  table: string,
  columns: Record<string, string>,
  rows: Row[],
  constants: Record<string, string> = {},
): Promise<void> {
  const names = Object.keys(columns);
  const arrays = names.map((name, index) => `$${index + 1}::${columns[name]}[]`).join(', ');
  const sql = `INSERT INTO ${table} (${[...names, ...Object.keys(constants)].join(', ')})
               SELECT u.*${Object.values(constants)
                 .map((value) => `, ${value}`)
                 .join('')} FROM unnest(${arrays}) AS u`;
  for (let start = 0; start < rows.length; start += 20_000) {
    const slice = rows.slice(start, start + 20_000);
    await dataSource.query(
      sql,
      names.map((name) => slice.map((row) => row[name] ?? null)),
    );
  }
}

/** Random-looking but reproducible v4-shaped UUIDs (their own stream, so they move no other draw). */
function uuids(seed: number): () => string {
  const next = seeded(seed);
  const word = () =>
    Math.floor(next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  return () => {
    const hex = word() + word() + word() + word();
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
