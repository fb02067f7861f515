import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ELIGIBILITY_CATEGORY_CODES, EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import { PREFECTURE_CODE_PATTERN, SPECIALTY_CODE_PATTERN } from '../reference/reference.queries';
import { REGIONAL_BLOCKS, RegionalBlock } from '../reference/reference.types';

export const HOST_SORTS = ['relevance', 'name', 'prefecture', 'acceptable-number', 'completeness'] as const;
export type HostSort = (typeof HOST_SORTS)[number];

export const HOST_SEARCH_MAX_PAGE_SIZE = 50;

/** `?dormitory=true`: a filter is on only when it says so; anything else is refused. */
function OnlyTrue(): PropertyDecorator {
  return (target, key) => {
    IsOptional()(target, key);
    Transform(({ value }: { value: unknown }) => (value === 'true' || value === true ? true : value))(target, key);
    IsIn([true], { message: `${String(key)} must be true when given` })(target, key);
  };
}

/**
 * GET /api/hosts: the public directory. Every parameter is optional and all of them appear in the
 * web page's URL, so every search can be shared.
 */
export class HostSearchQuery {
  /** Free text: names (kana or kanji, partial words), municipality, departments, the host's message. */
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'q must be at most 100 characters' })
  q?: string;

  @IsOptional()
  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialty must be a specialty code such as internal-medicine' })
  specialty?: string;

  @IsOptional()
  @IsIn(ELIGIBILITY_CATEGORY_CODES, { message: `category must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}` })
  category?: EligibilityCategoryCode;

  @IsOptional()
  @Matches(PREFECTURE_CODE_PATTERN, { message: 'prefecture must be a two-digit prefecture code' })
  prefecture?: string;

  @IsOptional()
  @IsIn(REGIONAL_BLOCKS, { message: `block must be one of ${REGIONAL_BLOCKS.join(', ')}` })
  block?: RegionalBlock;

  /** In a physician-scarce area or spot. */
  @OnlyTrue() physicianScarce?: true;
  @OnlyTrue() dormitory?: true;
  @OnlyTrue() housingSupport?: true;
  @OnlyTrue() carNotNeeded?: true;
  @OnlyTrue() childcare?: true;

  /** A month the resident wants to be there (YYYY-MM): hosts with an acceptable period covering it. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be a month such as 2027-04' })
  month?: string;

  @IsOptional()
  @IsIn(HOST_SORTS, { message: `sort must be one of ${HOST_SORTS.join(', ')}` })
  sort?: HostSort;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page must be at least 1' })
  @Max(10000, { message: 'page must be at most 10000' })
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'pageSize must be a whole number' })
  @Min(1, { message: 'pageSize must be at least 1' })
  @Max(HOST_SEARCH_MAX_PAGE_SIZE, { message: `pageSize must be at most ${HOST_SEARCH_MAX_PAGE_SIZE}` })
  pageSize?: number;
}
