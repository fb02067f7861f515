import { Params } from '@angular/router';
import {
  AnalyticsView,
  CONCENTRATION_BASES,
  ConcentrationBasis,
  ELIGIBILITY_CATEGORY_CODES,
  EligibilityCategoryCode,
  FUNNEL_OUTCOMES,
  FunnelOutcome,
  PREFECTURE_CODE_PATTERN,
  REGIONAL_BLOCKS,
  RegionalBlock,
  SPECIALTY_CODE_PATTERN,
} from '@renkei/contract';

/** The filters of the analytics views, as the URL's query parameters and the API's query keep them. */
export interface AnalyticsFilters {
  year?: number;
  prefecture?: string;
  specialty?: string;
  block?: RegionalBlock;
  category?: EligibilityCategoryCode;
  outcome?: FunnelOutcome;
  basis?: ConcentrationBasis;
  threshold?: number;
}

export type AnalyticsFilterKey = keyof AnalyticsFilters;

/** The filters every view shares (kept when switching views). */
export const SHARED_FILTERS: readonly AnalyticsFilterKey[] = ['year', 'prefecture', 'specialty', 'block'];

/** Which filters each view reads. */
export const VIEW_FILTERS: Readonly<Record<AnalyticsView, readonly AnalyticsFilterKey[]>> = {
  funnel: [...SHARED_FILTERS, 'category', 'outcome'],
  'capacity-demand': SHARED_FILTERS,
  concentration: [...SHARED_FILTERS, 'basis', 'threshold'],
};

function text(params: Params, key: string): string | undefined {
  const value: unknown = params[key];
  return typeof value === 'string' ? value : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((item) => item === value);
}

function matching(pattern: RegExp, value: string | undefined): string | undefined {
  return value !== undefined && pattern.test(value) ? value : undefined;
}

function year(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isInteger(number) && number >= 2000 && number <= 2100 ? number : undefined;
}

/** A share between 0 and 1 with at most three decimals, as the API accepts it. */
function threshold(value: string | undefined): number | undefined {
  return value && /^(0(\.\d{1,3})?|1(\.0{1,3})?)$/.test(value) ? Number(value) : undefined;
}

/**
 * The filters a URL asks for (only `keys`). Values the API would refuse (a hand-edited or old
 * link) are left out, so the view still loads.
 */
export function filtersFromParams(params: Params, keys: readonly AnalyticsFilterKey[]): AnalyticsFilters {
  const parsed: AnalyticsFilters = {
    year: year(text(params, 'year')),
    prefecture: matching(PREFECTURE_CODE_PATTERN, text(params, 'prefecture')),
    specialty: matching(SPECIALTY_CODE_PATTERN, text(params, 'specialty')),
    block: oneOf(REGIONAL_BLOCKS, text(params, 'block')),
    category: oneOf(ELIGIBILITY_CATEGORY_CODES, text(params, 'category')),
    outcome: oneOf(FUNNEL_OUTCOMES, text(params, 'outcome')),
    basis: oneOf(CONCENTRATION_BASES, text(params, 'basis')),
    threshold: threshold(text(params, 'threshold')),
  };
  return Object.fromEntries(keys.filter((key) => parsed[key] !== undefined).map((key) => [key, parsed[key]]));
}

/** The query parameters for the filters (only `keys`, only what is set, so shared links stay short). */
export function paramsFromFilters(filters: AnalyticsFilters, keys: readonly AnalyticsFilterKey[]): Record<string, string> {
  return Object.fromEntries(keys.filter((key) => filters[key] !== undefined).map((key) => [key, String(filters[key])]));
}
