import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Matches, Max, Min } from 'class-validator';
import { ELIGIBILITY_CATEGORY_CODES, EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import { PREFECTURE_CODE_PATTERN, SPECIALTY_CODE_PATTERN } from '../reference/reference.queries';
import { REGIONAL_BLOCKS, RegionalBlock } from '../reference/reference.types';
import { CONCENTRATION_BASES, ConcentrationBasis, FUNNEL_OUTCOMES, FunnelOutcome } from './analytics.types';

/**
 * Filters every analytics view shares (and keeps in the page's URL). A prefectural officer must name
 * their own prefecture, a society reviewer their own specialty: the route refuses any other scope.
 */
export class AnalyticsQuery {
  /** Recruitment year of the round; default: the latest round. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2027' })
  @Min(2000, { message: 'year must be a year such as 2027' })
  @Max(2100, { message: 'year must be a year such as 2027' })
  year?: number;

  @IsOptional()
  @Matches(PREFECTURE_CODE_PATTERN, { message: 'prefecture must be a two-digit prefecture code such as 02' })
  prefecture?: string;

  @IsOptional()
  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialty must be a specialty code such as internal-medicine' })
  specialty?: string;

  @IsOptional()
  @IsIn(REGIONAL_BLOCKS, { message: `block must be one of ${REGIONAL_BLOCKS.join(', ')}` })
  block?: RegionalBlock;
}

/** GET /api/analytics/funnel */
export class FunnelQuery extends AnalyticsQuery {
  /** Default: the category prefectures nominate for (the special regional program). */
  @IsOptional()
  @IsIn(ELIGIBILITY_CATEGORY_CODES, { message: `category must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}` })
  category?: EligibilityCategoryCode;

  /** Only the cells whose chain breaks there (or `complete`). */
  @IsOptional()
  @IsIn(FUNNEL_OUTCOMES, { message: `outcome must be one of ${FUNNEL_OUTCOMES.join(', ')}` })
  outcome?: FunnelOutcome;
}

/** GET /api/analytics/concentration */
export class ConcentrationQuery extends AnalyticsQuery {
  /** What is counted per host: places accepted (default) or residents recruited. */
  @IsOptional()
  @IsIn(CONCENTRATION_BASES, { message: `basis must be one of ${CONCENTRATION_BASES.join(', ')}` })
  basis?: ConcentrationBasis;

  /** Herfindahl index from which a prefecture × specialty is flagged (default 0.5). */
  @IsOptional()
  @Type(() => Number)
  @IsNumber({ maxDecimalPlaces: 3 }, { message: 'threshold must be a number between 0 and 1, such as 0.5' })
  @Min(0, { message: 'threshold must be a number between 0 and 1, such as 0.5' })
  @Max(1, { message: 'threshold must be a number between 0 and 1, such as 0.5' })
  threshold?: number;
}
