/**
 * Eligibility benchmark: engine re-evaluation vs. one hand-written SQL query.
 *
 *   TS_NODE_PROJECT=apps/api/tsconfig.app.json TS_NODE_TRANSPILE_ONLY=true \
 *     ts-node -r tsconfig-paths/register apps/api/bench/eligibility.bench.ts   (npm run bench:eligibility)
 *
 * Starts an embedded PostgreSQL in a temp folder (or uses DATABASE_URL), applies the migrations
 * (the eligibility one included), loads the reference data and the eligibility seeds, then for a
 * national sample of facilities × specialties at 1× (~8,000 facilities) and 10× (~80,000), each
 * with 3–5 specialties spread over the 330 secondary medical areas:
 *   - engine: `evaluateMany` over every facility × specialty under the 2026 rule set after switching
 *     its sufficiency dataset from 2016-2018 to 2022 (the data is loaded beforehand; only evaluation is timed);
 *   - SQL: one query over a temp table of the same facility × specialty rows computing the same
 *     category statuses from the tables (sufficiency bands, ceiling rows, scarce-area designation);
 * each timed as the best of 3, and prints both timings, their ratio, whether the status counts agree, and
 * at the end the growth from 1× to 10× of both and the ratio at both scales.
 * No asserts. Runs in well under two minutes.
 */
import 'reflect-metadata';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  evaluateMany,
  type EligibilityResult,
  type EligibilityStatus,
  type FacilityContext,
  type RuleSet,
  type SufficiencyAtMostCondition,
} from '@renkei/eligibility';
import { DataSource, DataSourceOptions } from 'typeorm';
import { AppConfig } from '../src/config/app.config';
import { dataSourceOptions } from '../src/database/data-source';
import { Eligibility1795470000000 } from '../src/database/migrations/1795470000000-Eligibility';
import { withStartupLock } from '../src/database/schema-migrator';
import { EligibilityDataService } from '../src/eligibility/eligibility-data.service';
import { ELIGIBILITY_ENTITIES } from '../src/eligibility/eligibility.module';
import { EligibilitySeeder } from '../src/eligibility/eligibility.seeder';
import { ReferenceDataLoader } from '../src/reference-data/reference-data.loader';
import { benchDatabase } from './bench-database';
import { seeded } from './bench-figures';

const YEAR = 2026;
const FROM_DATASET = '2016-2018';
const TO_DATASET = '2022';
const BASE_FACILITIES = 8_000;
const SCALES = [1, 10] as const;
/** Best of 3 for both, at both scales. */
const RUNS = 3;

interface Row {
  key: string;
  areaCode: string;
  prefectureCode: string;
  specialtyCode: string;
  scarceArea: boolean;
}

type Counts = Record<string, number>;

async function main(): Promise<void> {
  const { url, stop } = await benchDatabase();
  const dataSource = new DataSource(withEligibility(dataSourceOptions(url)));
  await dataSource.initialize();
  try {
    await withStartupLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
    await new ReferenceDataLoader(dataSource, {
      referenceDataDir: resolve(__dirname, '../../../data/reference-data'),
    } as AppConfig).load();
    await new EligibilitySeeder(dataSource).seed();

    const data = new EligibilityDataService(dataSource);
    const before = await data.loadForYear(YEAR);
    const switchStarted = performance.now();
    const after = await data.loadForYear(YEAR, { sufficiency: [TO_DATASET] });
    const switchMs = performance.now() - switchStarted;
    const areas = await dataSource.query<{ code: string; prefecture_code: string; scarce: boolean }[]>(
      `SELECT a.code, a.prefecture_code, COALESCE(d.physician_scarce, a.index_class = 'few') AS scarce
         FROM secondary_medical_area a LEFT JOIN physician_scarce_designation d ON d.area_code = a.code ORDER BY a.code`,
    );
    console.log(
      `Rule set ${after.ruleSet.id} v${after.ruleSet.version}; dataset ${FROM_DATASET} → ${TO_DATASET}; ceilings ${after.selection.ceiling.join(', ')} (sample)`,
    );
    console.log(
      `Rule set ${before.ruleSet.id} reads ${before.selection.sufficiency.join(', ')} by default; loading the switch to ${TO_DATASET} from the database took ${switchMs.toFixed(1)} ms`,
    );
    console.log(`${areas.length} secondary medical areas, ${after.specialties.length} specialties\n`);

    const results: {
      scale: number;
      facilities: number;
      rows: number;
      engineMs: number;
      sqlMs: number;
      agree: boolean;
    }[] = [];
    for (const scale of SCALES) {
      const facilities = BASE_FACILITIES * scale;
      const rows = sample(
        facilities,
        areas,
        after.specialties.map((s) => s.code),
        42 + scale,
      );
      const contexts: FacilityContext[] = rows.map((r) => ({
        key: r.key,
        specialtyCode: r.specialtyCode,
        prefectureCode: r.prefectureCode,
        secondaryAreaCode: r.areaCode,
        scarceArea: r.scarceArea,
        scarceSpot: false,
      }));

      // Full re-evaluation of every facility × specialty under the switched dataset (timed).
      let engineMs = Infinity;
      let decided: EligibilityResult[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        decided = evaluateMany(
          {
            ruleSet: after.ruleSet,
            datasets: after.datasets,
            specialties: after.specialties,
            datasetSelection: after.selection,
          },
          contexts,
        );
        engineMs = Math.min(engineMs, performance.now() - started);
      }
      const engineCounts = count(decided.flatMap((d) => d.categories.map((c) => [c.categoryCode, c.status] as const)));

      const loadStarted = performance.now();
      await loadRows(dataSource, rows);
      const loadMs = performance.now() - loadStarted;
      let sqlMs = Infinity;
      let sqlCounts: Counts = {};
      for (let run = 0; run < RUNS; run += 1) {
        const started = performance.now();
        const answer = await dataSource.query<{ category: string; status: EligibilityStatus; n: number }[]>(SQL, sqlParameters(after.ruleSet));
        sqlMs = Math.min(sqlMs, performance.now() - started);
        sqlCounts = Object.fromEntries(answer.map((a) => [`${a.category}:${a.status}`, Number(a.n)]));
      }
      const agree = JSON.stringify(sorted(engineCounts)) === JSON.stringify(sorted(sqlCounts));
      results.push({
        scale,
        facilities,
        rows: rows.length,
        engineMs,
        sqlMs,
        agree,
      });
      console.log(
        `${scale}×: ${facilities.toLocaleString()} facilities, ${rows.length.toLocaleString()} facility × specialty rows (temp table load ${loadMs.toFixed(0)} ms)`,
      );
      console.log(`  engine evaluateMany (best of ${RUNS}): ${engineMs.toFixed(1)} ms`);
      console.log(`  SQL query          (best of ${RUNS}): ${sqlMs.toFixed(1)} ms`);
      console.log(`  engine / SQL: ${(engineMs / sqlMs).toFixed(2)}; status counts ${agree ? 'agree' : 'DIFFER'}`);
      if (!agree) console.log('  engine', sorted(engineCounts), '\n  sql   ', sorted(sqlCounts));
      console.log(
        `  counts: ${Object.entries(sorted(engineCounts))
          .map(([k, v]) => `${k}=${v}`)
          .join(' ')}\n`,
      );
    }
    const [one, ten] = results;
    if (one && ten) {
      console.log(
        `Growth 1× → 10×: engine ×${(ten.engineMs / one.engineMs).toFixed(1)}, SQL ×${(ten.sqlMs / one.sqlMs).toFixed(1)} (rows ×${(ten.rows / one.rows).toFixed(1)})`,
      );
      console.log(`Engine / SQL: 1× ${(one.engineMs / one.sqlMs).toFixed(2)}, 10× ${(ten.engineMs / ten.sqlMs).toFixed(2)}`);
    }
  } finally {
    await dataSource.destroy();
    await stop();
  }
}

/**
 * Same decision as the engine for the 2026 rule set: ① not under the ceiling (exempt specialties pass),
 * ② ratio ≤ t2, ③ ratio ≤ t3 (per-specialty override) and a scarce area. A ratio is an exact value or a
 * band (lo, hi]: ≤ t holds when exact ≤ t or hi ≤ t, fails when exact > t or lo ≥ t, else unknown;
 * a specialty the dataset does not cover has no value (unknown); a covered prefecture not listed takes
 * the dataset's unlisted band.
 */
const SQL = `
WITH ds AS (
  SELECT id, specialty_codes, unlisted_lower_bound, unlisted_upper_bound FROM sufficiency_dataset WHERE code = $1
), cd AS (
  SELECT id FROM ceiling_dataset WHERE code = $2
), cell AS (
  SELECT f.specialty_code,
         COALESCE(d.physician_scarce, a.index_class = 'few') AS scarce,
         s.ceiling_exempt,
         cv.under_ceiling,
         f.specialty_code = ANY (ds.specialty_codes) AS covered,
         v.exact,
         CASE WHEN v.id IS NULL THEN ds.unlisted_lower_bound ELSE v.lower_bound END AS lo,
         CASE WHEN v.id IS NULL THEN ds.unlisted_upper_bound ELSE v.upper_bound END AS hi,
         COALESCE(($6::jsonb ->> f.specialty_code)::numeric, $5::numeric) AS t3
    FROM bench_facility_specialty f
    JOIN secondary_medical_area a ON a.code = f.area_code
    LEFT JOIN physician_scarce_designation d ON d.area_code = f.area_code
    JOIN specialty s ON s.code = f.specialty_code
    CROSS JOIN ds
    LEFT JOIN sufficiency_value v ON v.dataset_id = ds.id AND v.prefecture_code = a.prefecture_code AND v.specialty_code = f.specialty_code
    LEFT JOIN ceiling_value cv ON cv.dataset_id = (SELECT id FROM cd) AND cv.recruitment_year = $3 AND cv.prefecture_code = a.prefecture_code AND cv.specialty_code = f.specialty_code
), outcome AS (
  SELECT CASE WHEN ceiling_exempt THEN 'pass' WHEN under_ceiling IS NULL THEN 'unknown' WHEN under_ceiling THEN 'fail' ELSE 'pass' END AS ceiling,
         CASE WHEN NOT covered OR (exact IS NULL AND lo IS NULL AND hi IS NULL) THEN 'unknown'
              WHEN exact IS NOT NULL THEN CASE WHEN exact <= $4 THEN 'pass' ELSE 'fail' END
              WHEN hi IS NOT NULL AND hi <= $4 THEN 'pass' WHEN lo IS NOT NULL AND lo >= $4 THEN 'fail' ELSE 'unknown' END AS ratio2,
         CASE WHEN NOT covered OR (exact IS NULL AND lo IS NULL AND hi IS NULL) THEN 'unknown'
              WHEN exact IS NOT NULL THEN CASE WHEN exact <= t3 THEN 'pass' ELSE 'fail' END
              WHEN hi IS NOT NULL AND hi <= t3 THEN 'pass' WHEN lo IS NOT NULL AND lo >= t3 THEN 'fail' ELSE 'unknown' END AS ratio3,
         CASE WHEN scarce THEN 'pass' ELSE 'fail' END AS area
    FROM cell
), status AS (
  SELECT CASE ceiling WHEN 'pass' THEN 'eligible' WHEN 'fail' THEN 'ineligible' ELSE 'undetermined' END AS connection,
         CASE ratio2 WHEN 'pass' THEN 'eligible' WHEN 'fail' THEN 'ineligible' ELSE 'undetermined' END AS prefecture_limited,
         CASE WHEN 'fail' IN (ratio3, area) THEN 'ineligible' WHEN 'unknown' IN (ratio3, area) THEN 'undetermined' ELSE 'eligible' END AS special_regional
    FROM outcome
)
SELECT category, status, COUNT(*)::int AS n
  FROM status
  CROSS JOIN LATERAL (VALUES ('connection', connection), ('prefecture-limited', prefecture_limited), ('special-regional', special_regional)) AS c (category, status)
 GROUP BY category, status`;

/** Thresholds read from the rule set definition, not hard-coded. */
function sqlParameters(ruleSet: RuleSet): unknown[] {
  const sufficiency = (code: string): SufficiencyAtMostCondition => {
    const condition = ruleSet.categories
      .find((c) => c.code === code)
      ?.conditions.find((k): k is SufficiencyAtMostCondition => k.kind === 'sufficiency-at-most');
    if (!condition) throw new Error(`no sufficiency condition in ${code}`);
    return condition;
  };
  const second = sufficiency('prefecture-limited');
  const third = sufficiency('special-regional');
  return [TO_DATASET, ruleSet.datasets.ceiling[0], YEAR, second.threshold, third.threshold, JSON.stringify(third.specialtyThresholds)];
}

/** Deterministic national sample: facilities spread over the areas, each with 3–5 distinct specialties. */
function sample(facilities: number, areas: { code: string; prefecture_code: string; scarce: boolean }[], specialties: string[], seed: number): Row[] {
  const next = seeded(seed);
  const rows: Row[] = [];
  for (let f = 0; f < facilities; f += 1) {
    const area = areas[Math.floor(next() * areas.length)] ?? areas[0];
    if (!area) break;
    const picked = new Set<string>();
    const wanted = 3 + Math.floor(next() * 3);
    while (picked.size < wanted) picked.add(specialties[Math.floor(next() * specialties.length)] ?? '');
    for (const specialtyCode of picked)
      rows.push({
        key: `F${f}:${specialtyCode}`,
        areaCode: area.code,
        prefectureCode: area.prefecture_code,
        specialtyCode,
        scarceArea: area.scarce,
      });
  }
  return rows;
}

async function loadRows(dataSource: DataSource, rows: Row[]): Promise<void> {
  await dataSource.query('DROP TABLE IF EXISTS bench_facility_specialty');
  await dataSource.query(
    'CREATE UNLOGGED TABLE bench_facility_specialty (facility_key text NOT NULL, area_code char(4) NOT NULL, specialty_code varchar(40) NOT NULL)',
  );
  for (let i = 0; i < rows.length; i += 50_000) {
    const chunk = rows.slice(i, i + 50_000);
    await dataSource.query('INSERT INTO bench_facility_specialty SELECT * FROM unnest($1::text[], $2::text[], $3::text[])', [
      chunk.map((r) => r.key),
      chunk.map((r) => r.areaCode),
      chunk.map((r) => r.specialtyCode),
    ]);
  }
  await dataSource.query('ANALYZE bench_facility_specialty');
}

function count(pairs: (readonly [string, string])[]): Counts {
  const counts: Counts = {};
  for (const [category, status] of pairs) counts[`${category}:${status}`] = (counts[`${category}:${status}`] ?? 0) + 1;
  return counts;
}

function sorted(counts: Counts): Counts {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function withEligibility(base: DataSourceOptions): DataSourceOptions {
  const entities = Array.isArray(base.entities) ? base.entities : [];
  const migrations = Array.isArray(base.migrations) ? base.migrations : [];
  return {
    ...base,
    entities: [...new Set([...entities, ...ELIGIBILITY_ENTITIES])],
    migrations: [...new Set([...migrations, Eligibility1795470000000])],
  } as DataSourceOptions;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
