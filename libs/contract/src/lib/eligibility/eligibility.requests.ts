import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { DATASET_CODE_PATTERN, SPECIALTY_CODE_PATTERN } from '../reference/reference.queries';

/** Category codes as used over HTTP (the engine's `CategoryCode`). */
export const ELIGIBILITY_CATEGORY_CODES = ['connection', 'prefecture-limited', 'special-regional'] as const;
export type EligibilityCategoryCode = (typeof ELIGIBILITY_CATEGORY_CODES)[number];

export const AREA_CODE_PATTERN = /^\d{4}$/;
const BOOLEAN_TEXT = ['true', 'false'] as const;
export type BooleanText = (typeof BOOLEAN_TEXT)[number];

const YEAR_MESSAGE = 'year must be a recruitment year such as 2027';
const SPECIALTY_MESSAGE = 'specialty must be a specialty code such as internal-medicine';
const DATASET_MESSAGE = 'dataset must be a dataset code such as 2022';

/** Recruitment year of a query string (`?year=2027`). */
function RecruitmentYear(): PropertyDecorator {
  return (target, key) => {
    Type(() => Number)(target, key);
    IsInt({ message: YEAR_MESSAGE })(target, key);
    Min(2000, { message: YEAR_MESSAGE })(target, key);
    Max(2100, { message: YEAR_MESSAGE })(target, key);
  };
}

/** GET /api/eligibility/check */
export class EligibilityCheckQuery {
  @RecruitmentYear()
  year!: number;

  @Matches(SPECIALTY_CODE_PATTERN, { message: SPECIALTY_MESSAGE })
  specialty!: string;

  /** Secondary medical area (二次医療圏) of the host facility, e.g. 0204. */
  @Matches(AREA_CODE_PATTERN, {
    message: 'area must be a four-digit secondary medical area code such as 0204',
  })
  area!: string;

  /** Read this sufficiency dataset instead of the rule set's own. */
  @IsOptional()
  @Matches(DATASET_CODE_PATTERN, { message: DATASET_MESSAGE })
  dataset?: string;

  /** The prefecture nominated the facility (②'). */
  @IsOptional()
  @IsIn(BOOLEAN_TEXT, { message: 'nominated must be true or false' })
  nominated?: BooleanText;

  /** The prefecture's recorded nomination reason (needed outside a physician-scarce area). */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string;

  /** The facility was a host up to the previous recruitment year. */
  @IsOptional()
  @IsIn(BOOLEAN_TEXT, { message: 'previousHost must be true or false' })
  previousHost?: BooleanText;

  /** The facility lies in a physician-scarce spot (医師少数スポット). */
  @IsOptional()
  @IsIn(BOOLEAN_TEXT, { message: 'spot must be true or false' })
  spot?: BooleanText;
}

/** GET /api/eligibility/prefectures */
export class EligibilityPrefecturesQuery {
  @RecruitmentYear()
  year!: number;

  @Matches(SPECIALTY_CODE_PATTERN, { message: SPECIALTY_MESSAGE })
  specialty!: string;

  @IsIn(ELIGIBILITY_CATEGORY_CODES, {
    message: `category must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}`,
  })
  category!: EligibilityCategoryCode;

  @IsOptional()
  @Matches(DATASET_CODE_PATTERN, { message: DATASET_MESSAGE })
  dataset?: string;
}

/** GET /api/eligibility/dataset-comparison (defaults: from 2016-2018 to 2022, as p. 11). */
export class DatasetComparisonQuery {
  @IsOptional()
  @Matches(DATASET_CODE_PATTERN, {
    message: 'from must be a dataset code such as 2016-2018',
  })
  from?: string;

  @IsOptional()
  @Matches(DATASET_CODE_PATTERN, {
    message: 'to must be a dataset code such as 2022',
  })
  to?: string;
}

/** GET /api/eligibility/host-table */
export class HostTableQuery {
  @RecruitmentYear()
  year!: number;

  @IsOptional()
  @Matches(DATASET_CODE_PATTERN, { message: DATASET_MESSAGE })
  dataset?: string;
}

/** One threshold change of a what-if; without categoryCode it applies to every category with a sufficiency condition. */
export class ThresholdOverrideRequest {
  @IsOptional()
  @IsIn(ELIGIBILITY_CATEGORY_CODES, {
    message: `categoryCode must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}`,
  })
  categoryCode?: EligibilityCategoryCode;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  conditionId?: string;

  /** Change only this specialty's threshold (e.g. pediatrics 0.8 → 0.9). */
  @IsOptional()
  @Matches(SPECIALTY_CODE_PATTERN, {
    message: 'specialtyCode must be a specialty code such as pediatrics',
  })
  specialtyCode?: string;

  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'threshold must be a number' })
  @Min(0.01, { message: 'threshold must be > 0' })
  @Max(10, { message: 'threshold must be ≤ 10' })
  threshold!: number;
}

/** POST /api/eligibility/what-if: nothing is saved. */
export class WhatIfRequest {
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  year!: number;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ThresholdOverrideRequest)
  thresholdOverrides!: ThresholdOverrideRequest[];

  /** Sufficiency dataset codes to read instead of the rule set's (read "any of"). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(DATASET_CODE_PATTERN, {
    each: true,
    message: 'each sufficiency dataset must be a dataset code',
  })
  sufficiencyDatasets?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(DATASET_CODE_PATTERN, {
    each: true,
    message: 'each ceiling dataset must be a dataset code',
  })
  ceilingDatasets?: string[];
}

/**
 * POST /api/eligibility/rule-sets: a new draft version. `definition` is the engine's `RuleSet`
 * without `id`, `version` and `recruitmentYear`, which the API assigns; it is checked with `validateRuleSet`.
 */
export class CreateRuleSetRequest {
  @IsInt({ message: YEAR_MESSAGE })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2100, { message: YEAR_MESSAGE })
  recruitmentYear!: number;

  @IsObject({ message: 'definition must be a rule set object' })
  definition!: Record<string, unknown>;
}

/** POST /api/eligibility/exceptions: the engine's `EligibilityException` without `id` (the API assigns it). */
export class CreateEligibilityExceptionRequest {
  @IsObject({ message: 'definition must be an exception object' })
  definition!: Record<string, unknown>;
}
