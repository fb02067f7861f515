import { Params } from '@angular/router';
import {
  ELIGIBILITY_CATEGORY_CODES,
  EligibilityCategoryCode,
  HOST_SORTS,
  HostSearchQuery,
  HostSort,
  PREFECTURE_CODE_PATTERN,
  REGIONAL_BLOCKS,
  RegionalBlock,
  SPECIALTY_CODE_PATTERN,
} from '@renkei/contract';

/** The yes/no filters: on only as `?name=true`. */
export const HOST_FLAG_FILTERS = ['physicianScarce', 'dormitory', 'housingSupport', 'carNotNeeded', 'childcare'] as const;
export type HostFlagFilter = (typeof HOST_FLAG_FILTERS)[number];

/** The directory's search: the URL's query parameters, read the way the API validates them. */
export type HostSearch = Omit<HostSearchQuery, 'pageSize'>;

const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  return values.find((item) => item === value);
}

function matching(pattern: RegExp, value: string | undefined): string | undefined {
  return value !== undefined && pattern.test(value) ? value : undefined;
}

function text(params: Params, key: string): string | undefined {
  const value: unknown = params[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The search a URL asks for. Values the API would refuse (a hand-edited or old link) are left out,
 * so the page still shows results instead of an error.
 */
export function searchFromParams(params: Params): HostSearch {
  const search: HostSearch = {};
  const q = text(params, 'q')?.trim().slice(0, 100);
  if (q) {
    search.q = q;
  }
  const specialty = matching(SPECIALTY_CODE_PATTERN, text(params, 'specialty'));
  if (specialty) {
    search.specialty = specialty;
  }
  const category = oneOf<EligibilityCategoryCode>(ELIGIBILITY_CATEGORY_CODES, text(params, 'category'));
  if (category) {
    search.category = category;
  }
  const prefecture = matching(PREFECTURE_CODE_PATTERN, text(params, 'prefecture'));
  if (prefecture) {
    search.prefecture = prefecture;
  }
  const block = oneOf<RegionalBlock>(REGIONAL_BLOCKS, text(params, 'block'));
  if (block) {
    search.block = block;
  }
  for (const flag of HOST_FLAG_FILTERS) {
    if (text(params, flag) === 'true') {
      search[flag] = true;
    }
  }
  const month = matching(MONTH_PATTERN, text(params, 'month'));
  if (month) {
    search.month = month;
  }
  const sort = oneOf<HostSort>(HOST_SORTS, text(params, 'sort'));
  if (sort) {
    search.sort = sort;
  }
  const page = Number(text(params, 'page'));
  if (Number.isInteger(page) && page > 1 && page <= 10000) {
    search.page = page;
  }
  return search;
}

/** The URL's query parameters for a search: only what is set, so shared links stay short. */
export function paramsFromSearch(search: HostSearch): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(search) as [keyof HostSearch, HostSearch[keyof HostSearch]][]) {
    if (value === undefined || value === '' || (key === 'page' && value === 1)) {
      continue;
    }
    params[key] = String(value);
  }
  return params;
}
