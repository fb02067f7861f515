import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export const FACILITY_KINDS = ['hospital', 'clinic'] as const;

/** The columns of a facility import file (CSV or .xlsx), in order. */
export const FACILITY_IMPORT_COLUMNS = [
  'facility_code',
  'name',
  'kind',
  'secondary_medical_area_code',
  'municipality',
  'address',
  'bed_count',
  'base_facility',
  'host_facility',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export interface FacilityResponse {
  id: string;
  /** 施設管理コード */
  facilityCode: string;
  name: string;
  kind: FacilityKind;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  municipality: string;
  address: string;
  bedCount: number | null;
  isBase: boolean;
  isHost: boolean;
  /** Demo or sample record, not a real facility. */
  sample: boolean;
  /** The area's physician-scarce designation, or a scarce spot covering the municipality. */
  physicianScarceArea: boolean;
  physicianScarceSpot: boolean;
  version: number;
}

export class FacilityQuery {
  @IsOptional()
  @Matches(/^\d{2}$/, {
    message: 'prefecture must be a two-digit prefecture code',
  })
  prefecture?: string;

  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @IsOptional()
  @IsIn(['base', 'host'], { message: 'role must be base or host' })
  role?: 'base' | 'host';
}

/** Paths under /api. */
export const FACILITY_ROUTES = {
  root: 'facilities',
  search: 'search',
} as const;

export const FACILITY_SEARCH_MAX_LIMIT = 20;
export const FACILITY_SEARCH_DEFAULT_LIMIT = 10;

/** GET /api/facilities/search: public look-up by name or facility code (e.g. to fill the eligibility check). */
export class FacilitySearchQuery {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Length(1, 100, { message: 'q must be 1 to 100 characters' })
  q!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: `limit must be a whole number from 1 to ${FACILITY_SEARCH_MAX_LIMIT}` })
  @Min(1, { message: `limit must be a whole number from 1 to ${FACILITY_SEARCH_MAX_LIMIT}` })
  @Max(FACILITY_SEARCH_MAX_LIMIT, { message: `limit must be a whole number from 1 to ${FACILITY_SEARCH_MAX_LIMIT}` })
  limit?: number;
}

/** The public fields of a facility found by the search (nothing about capacity or contacts). */
export interface FacilitySearchResult {
  id: string;
  /** 施設管理コード */
  facilityCode: string;
  name: string;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  municipality: string;
  /** The municipality is a physician-scarce spot (public reference data). */
  physicianScarceSpot: boolean;
  /** Demo or sample record, not a real facility. */
  sample: boolean;
}

export class FacilityRequest {
  @Matches(/^[0-9A-Za-z-]{1,20}$/, {
    message: 'facilityCode must be 1–20 letters, digits or dashes',
  })
  facilityCode!: string;

  @IsString()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name!: string;

  @IsIn(FACILITY_KINDS, { message: 'kind must be hospital or clinic' })
  kind!: FacilityKind;

  @Matches(/^\d{4}$/, {
    message: 'secondaryMedicalAreaCode must be a four-digit area code',
  })
  secondaryMedicalAreaCode!: string;

  @IsString()
  @Length(1, 100, { message: 'municipality must be 1 to 100 characters' })
  municipality!: string;

  @IsString()
  @Length(1, 300, { message: 'address must be 1 to 300 characters' })
  address!: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'bedCount must be a whole number' })
  @Min(0)
  @Max(5000)
  bedCount?: number | null;

  @IsBoolean()
  isBase!: boolean;

  @IsBoolean()
  isHost!: boolean;
}

export class UpdateFacilityRequest extends FacilityRequest {
  /** The version you edited; someone else's newer save makes this a 409 conflict. */
  @IsInt()
  version!: number;
}

export class ScarceDesignationRequest {
  @IsBoolean()
  physicianScarce!: boolean;

  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason!: string;

  @IsInt()
  version!: number;
}

export class ScarceSpotRequest {
  @IsString()
  @Length(1, 100, { message: 'municipality must be 1 to 100 characters' })
  municipality!: string;

  @IsString()
  @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' })
  reason!: string;
}

export interface ScarceSpotResponse {
  id: string;
  prefectureCode: string;
  municipality: string;
  reason: string;
  createdAt: string;
}
