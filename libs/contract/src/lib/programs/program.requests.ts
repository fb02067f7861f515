import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { LoadedVersion } from '../nominations/nomination.requests';
import { ELIGIBILITY_CATEGORY_CODES, EligibilityCategoryCode } from '../eligibility/eligibility.requests';
import { SPECIALTY_CODE_PATTERN } from '../reference/reference.queries';

/** A whole number within bounds, with field messages such as "places must be at least 1". */
function WholeNumber(min: number, max: number, unit = ''): PropertyDecorator {
  return (target, key) => {
    IsInt({ message: `${String(key)} must be a whole number${unit}` })(target, key);
    Min(min, { message: `${String(key)} must be at least ${min}` })(target, key);
    Max(max, { message: `${String(key)} must be at most ${max}` })(target, key);
  };
}

/** One host of a program: how many of the program's residents go there, and for how many months each. */
export class ProgramHostRequest {
  @IsUUID('4', { message: 'hostFacilityId must be a host facility id' })
  hostFacilityId!: string;

  @WholeNumber(1, 100)
  places!: number;

  /** Months each resident spends at this host (the rotation plan). */
  @WholeNumber(1, 36, ' of months')
  months!: number;
}

/**
 * POST /api/programs: a base facility registers a connection program with one or more published
 * hosts; each host gets a connection request. The category's minimum rotation is enforced on the
 * months a resident spends at the hosts (12 special regional, 18 connection).
 */
export class CreateProgramRequest {
  @IsUUID('4', { message: 'baseFacilityId must be your base facility' })
  baseFacilityId!: string;

  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialtyCode must be a specialty code such as internal-medicine' })
  specialtyCode!: string;

  @IsIn(ELIGIBILITY_CATEGORY_CODES, { message: `categoryCode must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}` })
  categoryCode!: EligibilityCategoryCode;

  @IsInt({ message: 'recruitmentYear must be a year such as 2027' })
  @Min(2000, { message: 'recruitmentYear must be a year such as 2027' })
  @Max(2100, { message: 'recruitmentYear must be a year such as 2027' })
  recruitmentYear!: number;

  /** Residents the program recruits. */
  @WholeNumber(1, 100)
  places!: number;

  @IsArray()
  @ArrayMinSize(1, { message: 'hosts must list at least one host' })
  @ArrayMaxSize(10, { message: 'hosts can list at most 10 hosts' })
  @ValidateNested({ each: true })
  @Type(() => ProgramHostRequest)
  hosts!: ProgramHostRequest[];

  @IsString()
  @Length(1, 100, { message: 'contactName must be 1 to 100 characters' })
  contactName!: string;

  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  contactEmail?: string | null;

  @IsString()
  @MaxLength(30, { message: 'contactPhone must be at most 30 characters' })
  contactPhone!: string;
}

/** POST …/requests/:requestId/accept: the host takes these places (at most those requested) and months. */
export class AcceptConnectionRequest {
  @WholeNumber(1, 100)
  places!: number;

  @WholeNumber(1, 36, ' of months')
  months!: number;

  @LoadedVersion()
  version!: number;
}

/** POST …/requests/:requestId/decline */
export class DeclineConnectionRequest {
  @IsString()
  @Length(1, 2000, { message: 'reason must be 1 to 2000 characters: say why' })
  reason!: string;

  @LoadedVersion()
  version!: number;
}

/** POST …/requests/:requestId/comments: the host's prefecture (or either side) helps. */
export class ConnectionCommentRequest {
  @IsString()
  @Length(1, 2000, { message: 'comment must be 1 to 2000 characters' })
  comment!: string;
}

/** PUT /api/programs/:id/results: how many residents the program recruited. */
export class RecruitmentResultRequest {
  @IsInt({ message: 'recruited must be a whole number' })
  @Min(0, { message: 'recruited must be 0 or more' })
  @Max(100, { message: 'recruited must be at most 100' })
  recruited!: number;

  @LoadedVersion()
  version!: number;
}

/** GET /api/programs?year=&specialty=&… */
export class ProgramListQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2027' })
  year?: number;

  @IsOptional()
  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialty must be a specialty code such as internal-medicine' })
  specialty?: string;

  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'prefecture must be a two-digit prefecture code' })
  prefecture?: string;
}

/** POST …/requests/:requestId/rotations: a resident of the program actually went to the host (no names: a label). */
export class RotationRecordRequest {
  @IsString()
  @Length(1, 50, { message: 'residentLabel must be 1 to 50 characters (an initial or number, not a name)' })
  residentLabel!: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startedOn must be a date such as 2027-04-01' })
  startedOn!: string;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endedOn must be a date such as 2028-03-31' })
  endedOn?: string | null;
}

/** GET /api/programs/recommendations: published hosts a base facility could ask, best first. */
export class RecommendationQuery {
  @IsUUID('4', { message: 'baseFacilityId must be your base facility' })
  baseFacilityId!: string;

  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialty must be a specialty code such as internal-medicine' })
  specialty!: string;

  @IsIn(ELIGIBILITY_CATEGORY_CODES, { message: `category must be one of ${ELIGIBILITY_CATEGORY_CODES.join(', ')}` })
  category!: EligibilityCategoryCode;

  @Type(() => Number)
  @IsInt({ message: 'year must be a year such as 2027' })
  year!: number;
}
