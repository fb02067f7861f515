import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsInt,
  IsISO8601,
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
import { SPECIALTY_CODE_PATTERN } from '../reference/reference.queries';

const VERSION_MESSAGE = 'version must be the version you loaded (a whole number)';

/** The version the editor loaded: a change applies only to it (optimistic locking). */
export function LoadedVersion(): PropertyDecorator {
  return (target, key) => {
    IsInt({ message: VERSION_MESSAGE })(target, key);
    Min(1, { message: VERSION_MESSAGE })(target, key);
  };
}

/** POST /api/rounds */
export class OpenRoundRequest {
  @IsInt({ message: 'recruitmentYear must be a year such as 2027' })
  @Min(2000, { message: 'recruitmentYear must be a year such as 2027' })
  @Max(2100, { message: 'recruitmentYear must be a year such as 2027' })
  recruitmentYear!: number;

  /** Last moment prefectures may submit (ISO 8601 with offset, e.g. 2027-01-31T23:59:59+09:00). */
  @IsISO8601({ strict: true }, { message: 'prefectureDeadline must be a date and time such as 2027-01-31T23:59:59+09:00' })
  prefectureDeadline!: string;

  @IsISO8601({ strict: true }, { message: 'societyDeadline must be a date and time such as 2027-02-28T23:59:59+09:00' })
  societyDeadline!: string;

  @IsString()
  @MaxLength(4000, { message: 'message must be at most 4000 characters' })
  message!: string;
}

export class ExpectedPlacesItem {
  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialtyCode must be a specialty code such as internal-medicine' })
  specialtyCode!: string;

  @IsInt({ message: 'places must be a whole number' })
  @Min(0, { message: 'places must be 0 or more' })
  @Max(100000, { message: 'places must be at most 100000' })
  places!: number;
}

/** PUT /api/rounds/:id/expected-places: the places the JMSB expects to need, per specialty. */
export class ExpectedPlacesRequest {
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ExpectedPlacesItem)
  places!: ExpectedPlacesItem[];

  @LoadedVersion()
  version!: number;
}

export class AcceptablePeriod {
  /** First month residents may start, e.g. 2027-04. */
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'startMonth must be a month such as 2027-04' })
  startMonth!: string;

  @IsInt({ message: 'months must be a whole number of months' })
  @Min(1, { message: 'months must be at least 1' })
  @Max(36, { message: 'months must be at most 36' })
  months!: number;
}

/** The fields a prefecture fills in for one facility × specialty. */
export class CandidateFields {
  /** 受入可能数 per year; may stay empty in a draft, required to submit. */
  @IsOptional()
  @IsInt({ message: 'acceptableNumber must be a whole number' })
  @Min(1, { message: 'acceptableNumber must be at least 1' })
  @Max(100, { message: 'acceptableNumber must be at most 100' })
  acceptableNumber?: number | null;

  @IsArray()
  @ArrayMaxSize(12, { message: 'acceptablePeriods can list at most 12 periods' })
  @ValidateNested({ each: true })
  @Type(() => AcceptablePeriod)
  acceptablePeriods!: AcceptablePeriod[];

  @IsString()
  @MaxLength(100, { message: 'contactName must be at most 100 characters' })
  contactName!: string;

  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  contactEmail?: string | null;

  @IsString()
  @MaxLength(30, { message: 'contactPhone must be at most 30 characters' })
  contactPhone!: string;

  /** Why the prefecture nominates a facility outside a physician-scarce area or spot. */
  @IsString()
  @MaxLength(2000, { message: 'reasonOutsideScarce must be at most 2000 characters' })
  reasonOutsideScarce!: string;

  /** 地域医療対策協議会 consulted on (YYYY-MM-DD). */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'councilConsultedOn must be a date such as 2026-12-10' })
  councilConsultedOn?: string | null;

  @IsString()
  @MaxLength(1000, { message: 'councilNote must be at most 1000 characters' })
  councilNote!: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'universityConsultedOn must be a date such as 2026-12-10' })
  universityConsultedOn?: string | null;

  @IsString()
  @MaxLength(1000, { message: 'universityNote must be at most 1000 characters' })
  universityNote!: string;
}

/** POST /api/rounds/:id/submissions/:prefectureCode/candidates */
export class CreateCandidateRequest extends CandidateFields {
  @IsUUID('4', { message: 'facilityId must be a facility id' })
  facilityId!: string;

  @Matches(SPECIALTY_CODE_PATTERN, { message: 'specialtyCode must be a specialty code such as internal-medicine' })
  specialtyCode!: string;
}

/** PUT /api/rounds/:id/candidates/:candidateId */
export class UpdateCandidateRequest extends CandidateFields {
  @LoadedVersion()
  version!: number;
}

/** A workflow step on a record the caller loaded (submit, withdraw, confirm, resubmit, delete …). */
export class VersionedActionRequest {
  @LoadedVersion()
  version!: number;
}

/** Returning a submission or a candidate: the comment tells the other side what to fix. */
export class ReturnRequest extends VersionedActionRequest {
  @IsString()
  @Length(1, 2000, { message: 'comment must be 1 to 2000 characters: say what needs fixing' })
  comment!: string;
}

export class CandidateVersion {
  @IsUUID('4', { message: 'id must be a candidate id' })
  id!: string;

  @LoadedVersion()
  version!: number;
}

/** POST /api/rounds/:id/review/:specialtyCode/confirm: confirm many candidates at once (all or none). */
export class BulkConfirmRequest {
  @IsArray()
  @ArrayMinSize(1, { message: 'candidates must list at least one candidate' })
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => CandidateVersion)
  candidates!: CandidateVersion[];
}

/** ?version= on DELETE, where there is no body. */
export class VersionQuery {
  @Type(() => Number)
  @LoadedVersion()
  version!: number;
}
