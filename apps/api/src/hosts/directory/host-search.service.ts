import { Injectable } from '@nestjs/common';
import {
  DirectoryRound,
  FacetCount,
  HostSearchFacets,
  HostSearchQuery,
  HostSearchResponse,
  HostSort,
  HostSummary,
  RegionalBlock,
} from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { NominationRound } from '../../nominations/entities/nomination-round.entity';
import { HostListing } from './host-listing.entity';
import { monthOrdinal } from './host-listing.indexer';
import { searchTerms } from './search-text';

export const HOST_SEARCH_DEFAULT_PAGE_SIZE = 20;

/** The filters a facet leaves out when it counts its values (its own, so a visitor sees every alternative). */
type Facet = 'specialty' | 'category' | 'prefecture' | 'block' | 'physicianScarce' | 'dormitory' | 'housingSupport' | 'carNotNeeded' | 'childcare';

const FLAG_COLUMNS = {
  physicianScarce: '(l.physician_scarce_area OR l.physician_scarce_spot)',
  dormitory: 'l.dormitory',
  housingSupport: 'l.housing_support',
  carNotNeeded: 'l.car_not_needed',
  childcare: 'l.childcare_nearby',
} as const;
type Flag = keyof typeof FLAG_COLUMNS;
const FLAGS = Object.keys(FLAG_COLUMNS) as Flag[];

/** Positional parameters of one statement (node-postgres refuses parameters a statement does not use). */
class Parameters {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** `%`, `_` and `\` match themselves in a LIKE pattern (PostgreSQL's default escape is `\`). */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/**
 * The public directory's search over `host_listing`: the current round's hosts, filtered, with
 * disjunctive facet counts, sorted with a stable tie-break on the facility code.
 */
@Injectable()
export class HostSearchService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: HostSearchQuery, manager: EntityManager = this.dataSource.manager): Promise<HostSearchResponse> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? HOST_SEARCH_DEFAULT_PAGE_SIZE;
    const round = await currentRound(manager);
    if (!round) {
      return { round: null, total: 0, page, pageSize, hosts: [], facets: emptyFacets() };
    }
    const filters = new SearchFilters(round.id, query);
    const [hosts, counts, specialty, category] = await Promise.all([
      this.page(manager, filters, query.sort ?? 'relevance', page, pageSize),
      this.counts(manager, filters),
      this.placeFacet(manager, filters, 'specialty'),
      this.placeFacet(manager, filters, 'category'),
    ]);
    return {
      round: toDirectoryRound(round),
      total: counts.total,
      page,
      pageSize,
      hosts,
      facets: { ...counts.facets, specialty, category },
    };
  }

  private async page(manager: EntityManager, filters: SearchFilters, sort: HostSort, page: number, pageSize: number): Promise<HostSummary[]> {
    const parameters = new Parameters();
    const where = filters.where(parameters);
    const order = filters.orderBy(parameters, sort);
    const rows = await manager.query<ListingRow[]>(
      `SELECT l.facility_id, l.facility_code, l.name, l.name_reading, l.prefecture_code, l.block, l.municipality, l.bed_count,
              l.physician_scarce_area, l.physician_scarce_spot, l.sample, l.places, l.dormitory, l.housing_support,
              l.car_not_needed, l.childcare_nearby, l.profile_completeness, l.photo_id
         FROM host_listing l
        WHERE ${where}
        ORDER BY ${order}
        LIMIT ${parameters.add(pageSize)} OFFSET ${parameters.add((page - 1) * pageSize)}`,
      parameters.values,
    );
    return rows.map(toSummary);
  }

  /**
   * Total, prefecture, block and the yes/no facets in one pass over the round's listings matching the
   * text (each count leaves out its own filter; the place filter is decided once per listing).
   */
  private async counts(
    manager: EntityManager,
    filters: SearchFilters,
  ): Promise<{ total: number; facets: Omit<HostSearchFacets, 'specialty' | 'category'> }> {
    const parameters = new Parameters();
    const base = filters.where(parameters, { only: ['round', 'text'] });
    const place = filters.placeCondition(parameters, filters.query) ?? 'TRUE';
    const others = (facet: Facet | null) => filters.where(parameters, { skip: ['round', 'text'], without: facet, place: 'l.place_ok' }) || 'TRUE';
    const rows = await manager.query<Record<string, string | number>[]>(
      `WITH l AS (
         SELECT l.prefecture_code, l.block, l.physician_scarce_area, l.physician_scarce_spot, l.dormitory, l.housing_support,
                l.car_not_needed, l.childcare_nearby, ${place} AS place_ok
           FROM host_listing l
          WHERE ${base}
       )
       SELECT l.prefecture_code, l.block,
              COUNT(*) FILTER (WHERE ${others(null)})::int AS total,
              COUNT(*) FILTER (WHERE ${others('prefecture')})::int AS for_prefecture,
              COUNT(*) FILTER (WHERE ${others('block')})::int AS for_block,
              ${FLAGS.map((flag) => `COUNT(*) FILTER (WHERE ${others(flag)} AND ${FLAG_COLUMNS[flag]})::int AS "${flag}"`).join(',\n              ')}
         FROM l
        GROUP BY l.prefecture_code, l.block`,
      parameters.values,
    );
    const sum = (column: string) => rows.reduce((total, row) => total + Number(row[column]), 0);
    const byValue = (key: 'prefecture_code' | 'block', column: string): FacetCount[] => {
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(String(row[key]), (counts.get(String(row[key])) ?? 0) + Number(row[column]));
      return [...counts.entries()]
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([value, count]) => ({ value, count }));
    };
    return {
      total: sum('total'),
      facets: {
        prefecture: byValue('prefecture_code', 'for_prefecture'),
        block: byValue('block', 'for_block'),
        physicianScarce: sum('physicianScarce'),
        dormitory: sum('dormitory'),
        housingSupport: sum('housingSupport'),
        carNotNeeded: sum('carNotNeeded'),
        childcare: sum('childcare'),
      },
    };
  }

  /**
   * Specialty or category counts: the hosts with a place of that value that also satisfies the other
   * place filters (category or specialty, month), under every other filter.
   */
  private async placeFacet(manager: EntityManager, filters: SearchFilters, facet: 'specialty' | 'category'): Promise<FacetCount[]> {
    const parameters = new Parameters();
    const { specialty, category, month } = filters.query;
    const conditions = [filters.where(parameters, { skip: ['place'] })];
    if (facet === 'category' && specialty) conditions.push(`p.specialty_code = ${parameters.add(specialty)}`);
    if (facet === 'specialty' && category) conditions.push(`p.category_code = ${parameters.add(category)}`);
    if (month) conditions.push(`${parameters.add(monthOrdinal(month))}::int = ANY (p.months)`);
    const column = facet === 'specialty' ? 'p.specialty_code' : 'p.category_code';
    const rows = await manager.query<{ value: string; count: number }[]>(
      // Distinct facilities per value by grouping (hashes) rather than COUNT(DISTINCT) (sorts uuids).
      `SELECT value, COUNT(*)::int AS count
         FROM (SELECT ${column} AS value, p.facility_id
                 FROM host_listing l
                 JOIN host_listing_place p ON p.round_id = l.round_id AND p.facility_id = l.facility_id
                WHERE ${conditions.join(' AND ')}
                GROUP BY 1, 2) AS places
        GROUP BY value
        ORDER BY value`,
      parameters.values,
    );
    return rows.map((row) => ({ value: row.value, count: row.count }));
  }
}

type Part = 'round' | 'text' | 'place' | 'prefecture' | 'block' | Flag;

/** The WHERE clause of a search, part by part, so facets can leave their own filter out. */
class SearchFilters {
  readonly terms: string[];

  constructor(
    readonly roundId: string,
    readonly query: HostSearchQuery,
  ) {
    this.terms = searchTerms(query.q);
  }

  /**
   * `only`/`skip`: the parts wanted; `without`: the facet whose own filter is left out; `place`: an
   * already computed place condition to use instead of the subquery.
   */
  where(parameters: Parameters, options: { only?: Part[]; skip?: Part[]; without?: Facet | null; place?: string } = {}): string {
    const query = this.query;
    const wanted = (part: Part) => (!options.only || options.only.includes(part)) && !options.skip?.includes(part);
    const conditions: string[] = [];
    if (wanted('round')) conditions.push(`l.round_id = ${parameters.add(this.roundId)}`);
    if (wanted('text')) {
      // LIKE rather than strpos so the trigram index (ix_host_listing_search_text) can serve it.
      for (const term of this.terms) conditions.push(`l.search_text LIKE ${parameters.add(`%${likeLiteral(term)}%`)}`);
    }
    if (wanted('place')) {
      const place =
        options.place ??
        this.placeCondition(parameters, {
          specialty: options.without === 'specialty' ? undefined : query.specialty,
          category: options.without === 'category' ? undefined : query.category,
          month: query.month,
        });
      if (place && this.hasPlaceFilter()) conditions.push(place);
    }
    if (wanted('prefecture') && query.prefecture && options.without !== 'prefecture') {
      conditions.push(`l.prefecture_code = ${parameters.add(query.prefecture)}`);
    }
    if (wanted('block') && query.block && options.without !== 'block') {
      conditions.push(`l.block = ${parameters.add(query.block)}`);
    }
    for (const flag of FLAGS) {
      if (wanted(flag) && query[flag] === true && options.without !== flag) conditions.push(`${FLAG_COLUMNS[flag]} IS TRUE`);
    }
    return conditions.join(' AND ');
  }

  hasPlaceFilter(): boolean {
    return Boolean(this.query.specialty || this.query.category || this.query.month);
  }

  /** Listings with a place matching every given value (null when none is given). */
  placeCondition(parameters: Parameters, place: { specialty?: string; category?: string; month?: string }): string | null {
    const conditions: string[] = [];
    if (place.specialty) conditions.push(`p.specialty_code = ${parameters.add(place.specialty)}`);
    if (place.category) conditions.push(`p.category_code = ${parameters.add(place.category)}`);
    if (place.month) conditions.push(`${parameters.add(monthOrdinal(place.month))}::int = ANY (p.months)`);
    if (conditions.length === 0) return null;
    return `l.facility_id IN (SELECT p.facility_id FROM host_listing_place p WHERE p.round_id = ${parameters.add(this.roundId)} AND ${conditions.join(' AND ')})`;
  }

  orderBy(parameters: Parameters, sort: HostSort): string {
    switch (sort) {
      case 'relevance':
        return this.terms.length > 0 ? `${this.relevance(parameters)}, l.facility_code` : 'l.facility_code';
      case 'name':
        return 'l.sort_name COLLATE "C", l.facility_code';
      case 'prefecture':
        return 'l.prefecture_code, l.sort_name COLLATE "C", l.facility_code';
      case 'acceptable-number':
        return 'l.acceptable_total DESC, l.facility_code';
      case 'completeness':
        return 'l.profile_completeness DESC NULLS LAST, l.facility_code';
    }
  }

  /** 0: the name or reading starts with the first word (and holds all); 1: name or reading holds every word; 2: other text. */
  private relevance(parameters: Parameters): string {
    const [first = ''] = this.terms;
    const inName = this.terms.map((term) => `strpos(l.name_key, ${parameters.add(term)}) > 0`).join(' AND ');
    const prefix = parameters.add(first);
    return `CASE WHEN (starts_with(l.name_key, ${prefix}) OR strpos(l.name_key, E'\\n' || ${prefix}::text) > 0) AND ${inName} THEN 0
                 WHEN ${inName} THEN 1 ELSE 2 END`;
  }
}

export async function currentRound(manager: EntityManager): Promise<NominationRound | null> {
  return manager.findOne(NominationRound, { where: { status: 'published' }, order: { recruitmentYear: 'DESC' } });
}

export function toDirectoryRound(round: NominationRound): DirectoryRound {
  return { id: round.id, recruitmentYear: round.recruitmentYear, publishedAt: (round.publishedAt as Date).toISOString() };
}

interface ListingRow {
  facility_id: string;
  facility_code: string;
  name: string;
  name_reading: string | null;
  prefecture_code: string;
  block: RegionalBlock;
  municipality: string;
  bed_count: number | null;
  physician_scarce_area: boolean;
  physician_scarce_spot: boolean;
  sample: boolean;
  places: HostListing['places'];
  dormitory: boolean | null;
  housing_support: boolean | null;
  car_not_needed: boolean | null;
  childcare_nearby: boolean | null;
  profile_completeness: number | null;
  photo_id: string | null;
}

function toSummary(row: ListingRow): HostSummary {
  return {
    facilityId: row.facility_id,
    facilityCode: row.facility_code,
    name: row.name,
    nameReading: row.name_reading,
    prefectureCode: row.prefecture_code,
    block: row.block,
    municipality: row.municipality,
    bedCount: row.bed_count,
    physicianScarceArea: row.physician_scarce_area,
    physicianScarceSpot: row.physician_scarce_spot,
    sample: row.sample,
    places: row.places,
    living: {
      dormitory: row.dormitory,
      housingSupport: row.housing_support,
      carNotNeeded: row.car_not_needed,
      childcareNearby: row.childcare_nearby,
    },
    profileCompleteness: row.profile_completeness,
    photoId: row.photo_id,
  };
}

function emptyFacets(): HostSearchFacets {
  return {
    specialty: [],
    category: [],
    prefecture: [],
    block: [],
    physicianScarce: 0,
    dormitory: 0,
    housingSupport: 0,
    carNotNeeded: 0,
    childcare: 0,
  };
}
