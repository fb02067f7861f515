import { namedFacilityCodes, type CategoryCode, type Evaluator, type EligibilityException, type FacilityContext } from '@renkei/eligibility';
import { EntityManager } from 'typeorm';
import { groupBy } from './group-by';

/** Host facilities of one prefecture × specialty × category as the rules see them before any nomination. */
export interface EligibleHostCounts {
  eligible: number;
  undetermined: number;
}

export interface EligibleHosts {
  /** Key `pref|specialty|category`. */
  cells: Map<string, EligibleHostCounts>;
  /** Facilities that could host, per prefecture (registered hosts and this round's candidates). */
  poolByPrefecture: Map<string, number>;
}

/** Facilities that look alike to the engine (same area, designation, spot, and named by no exception), counted once. */
interface LocationGroup {
  prefecture_code: string;
  area_code: string;
  scarce_area: boolean;
  scarce_spot: boolean;
  named_code: string | null;
  facilities: number;
}

interface PriorHostGroup extends Omit<LocationGroup, 'facilities'> {
  specialty_code: string;
  categories: CategoryCode[];
  facilities: number;
}

/**
 * The facilities that could host (registered as hosts, or on this round's candidate lists), with what
 * the engine reads of their location. Joins rather than per-row lookups: this reads every facility.
 */
const POOL = `
  SELECT f.id, f.prefecture_code, f.secondary_medical_area_code AS area_code,
         d.area_code IS NOT NULL AS scarce_area,
         s.id IS NOT NULL AS scarce_spot,
         CASE WHEN f.facility_code = ANY ($3::varchar[]) THEN f.facility_code END AS named_code
    FROM facility f
    LEFT JOIN physician_scarce_designation d ON d.area_code = f.secondary_medical_area_code AND d.physician_scarce
    LEFT JOIN physician_scarce_spot s ON s.prefecture_code = f.prefecture_code AND s.municipality = f.municipality
   WHERE (f.is_host OR f.id IN (SELECT c.facility_id FROM candidate c WHERE c.round_id = $1))
     AND ($2::char(2)[] IS NULL OR f.prefecture_code = ANY ($2))`;

export interface EligibleHostsQuery {
  roundId: string;
  recruitmentYear: number;
  prefectureCodes: readonly string[] | null;
  specialtyCodes: readonly string[];
  categoryCodes: readonly CategoryCode[];
}

/**
 * Counts, per prefecture × specialty × category (key `pref|specialty|category`), the host facilities
 * the engine finds eligible or conditional (eligible once nominated) and those it cannot decide. The
 * database groups facilities that look alike to the engine, so the engine decides each group once
 * whatever the number of facilities. Previous-year hosts are their own groups (exceptions may keep
 * them), and so is every facility an exception names by code.
 */
export async function countEligibleHosts(
  manager: EntityManager,
  evaluator: Evaluator,
  exceptions: readonly EligibilityException[],
  query: EligibleHostsQuery,
): Promise<EligibleHosts> {
  const parameters = [query.roundId, query.prefectureCodes, namedFacilityCodes(exceptions)];
  const groups = await manager.query<LocationGroup[]>(
    `WITH pool AS (${POOL})
       SELECT prefecture_code, area_code, scarce_area, scarce_spot, named_code, COUNT(*)::int AS facilities
         FROM pool GROUP BY 1, 2, 3, 4, 5`,
    parameters,
  );
  // Driven by last year's published hosts (few) rather than by the pool (every facility).
  const priorHosts = await manager.query<PriorHostGroup[]>(
    `WITH prior AS (
       SELECT ph.facility_id, ph.specialty_code, array_agg(DISTINCT ph.category_code ORDER BY ph.category_code) AS categories
         FROM published_host ph
         JOIN nomination_round r ON r.id = ph.round_id AND r.status = 'published' AND r.recruitment_year = $4
        GROUP BY 1, 2
     ), pool AS (${POOL} AND f.id IN (SELECT facility_id FROM prior))
     SELECT pool.prefecture_code, pool.area_code, pool.scarce_area, pool.scarce_spot, pool.named_code, prior.specialty_code, prior.categories,
            COUNT(*)::int AS facilities
       FROM prior JOIN pool ON pool.id = prior.facility_id
      GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    [...parameters, query.recruitmentYear - 1],
  );

  const counts = new Map<string, EligibleHostCounts>();
  const add = (context: FacilityContext, facilities: number) => {
    if (facilities <= 0) {
      return;
    }
    for (const decision of evaluator.evaluate(context).categories) {
      if (!query.categoryCodes.includes(decision.categoryCode)) {
        continue;
      }
      const key = `${context.prefectureCode}|${context.specialtyCode}|${decision.categoryCode}`;
      const cell = counts.get(key) ?? { eligible: 0, undetermined: 0 };
      if (decision.status === 'eligible' || decision.status === 'conditional') {
        cell.eligible += facilities;
      } else if (decision.status === 'undetermined') {
        cell.undetermined += facilities;
      }
      counts.set(key, cell);
    }
  };
  const groupKey = (group: Omit<LocationGroup, 'facilities'>) =>
    `${group.prefecture_code}|${group.area_code}|${group.scarce_area}|${group.scarce_spot}|${group.named_code ?? ''}`;
  const priorByGroup = groupBy(priorHosts, (prior) => `${groupKey(prior)}|${prior.specialty_code}`);

  for (const group of groups) {
    const location = {
      facilityCode: group.named_code,
      prefectureCode: group.prefecture_code,
      secondaryAreaCode: group.area_code,
      scarceArea: group.scarce_area,
      scarceSpot: group.scarce_spot,
    };
    for (const specialtyCode of query.specialtyCodes) {
      const priors = priorByGroup.get(`${groupKey(group)}|${specialtyCode}`) ?? [];
      for (const prior of priors) {
        add({ ...location, specialtyCode, previousHost: true, previousHostCategories: prior.categories }, prior.facilities);
      }
      const others = group.facilities - priors.reduce((sum, prior) => sum + prior.facilities, 0);
      add({ ...location, specialtyCode, previousHost: false }, others);
    }
  }
  const poolByPrefecture = new Map<string, number>();
  for (const group of groups) poolByPrefecture.set(group.prefecture_code, (poolByPrefecture.get(group.prefecture_code) ?? 0) + group.facilities);
  return { cells: counts, poolByPrefecture };
}
