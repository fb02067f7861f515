import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AcceptablePeriod, LoadedVersion } from '../nominations/nomination.requests';
import { HOST_PROFILE_STATUSES, HostProfileStatus } from './host-profile.types';

export const FEEDBACK_FREQUENCIES = ['daily', 'weekly', 'monthly', 'rarely'] as const;
export type FeedbackFrequency = (typeof FEEDBACK_FREQUENCIES)[number];

export const RESIDENT_ROOMS = ['shared-with-seniors', 'residents-only', 'none'] as const;
export type ResidentRoom = (typeof RESIDENT_ROOMS)[number];

const text = (max: number) => (target: object, key: string | symbol) => {
  IsOptional()(target, key);
  IsString()(target, key);
  MaxLength(max, { message: `${String(key)} must be at most ${max} characters` })(target, key);
};
const count = (max: number) => (target: object, key: string | symbol) => {
  IsOptional()(target, key);
  IsInt({ message: `${String(key)} must be a whole number` })(target, key);
  Min(0, { message: `${String(key)} must be at least 0` })(target, key);
  Max(max, { message: `${String(key)} must be at most ${max}` })(target, key);
};
const flag = () => (target: object, key: string | symbol) => {
  IsOptional()(target, key);
  IsBoolean({ message: `${String(key)} must be yes or no` })(target, key);
};

/** Training at the host (DOMAIN §6): every item optional while the profile is being written; completeness tells what is missing. */
export class TrainingProfile {
  @text(2000) overview?: string | null;
  @text(1000) departments?: string | null;
  @text(1000) cases?: string | null;
  @count(500) supervisingDoctors?: number | null;
  @count(100) patientsPerResident?: number | null;
  @count(30) conferencesPerWeek?: number | null;
  @count(7) outpatientDaysPerWeek?: number | null;

  @IsOptional()
  @IsIn(FEEDBACK_FREQUENCIES, { message: `feedbackFrequency must be one of ${FEEDBACK_FREQUENCIES.join(', ')}` })
  feedbackFrequency?: FeedbackFrequency | null;

  @IsOptional()
  @IsIn(RESIDENT_ROOMS, { message: `residentRoom must be one of ${RESIDENT_ROOMS.join(', ')}` })
  residentRoom?: ResidentRoom | null;

  @flag() literatureSearch?: boolean | null;
  @flag() simulators?: boolean | null;
  @count(31) onCallNightsPerMonth?: number | null;
  @text(500) onCallStaffing?: string | null;
  @flag() onCallBackup?: boolean | null;
  @count(100000) erVisitsPerMonth?: number | null;
  @count(100000) ambulancesPerMonth?: number | null;
  @count(100000) admissionsPerMonth?: number | null;
  @text(1000) pastExchanges?: string | null;
  @text(1000) familySupport?: string | null;
  @text(1000) wellbeingSupport?: string | null;
  @text(1000) salaryAndWelfare?: string | null;
  @flag() thirdPartyEvaluation?: boolean | null;
}

/** Living near the host (DOMAIN §6). */
export class LivingProfile {
  @flag() dormitory?: boolean | null;
  @count(1_000_000) housingAllowanceYen?: number | null;
  @flag() travelAllowance?: boolean | null;
  @flag() carNeeded?: boolean | null;
  @flag() licenceNeeded?: boolean | null;

  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 1 }, { message: 'distanceToHospitalKm must be a number of kilometres' })
  @Min(0, { message: 'distanceToHospitalKm must be at least 0' })
  @Max(500, { message: 'distanceToHospitalKm must be at most 500' })
  distanceToHospitalKm?: number | null;

  @text(500) nightCallSafety?: string | null;
  @flag() childcareNearby?: boolean | null;
  @text(500) schooling?: string | null;
  @flag() relocationSupport?: boolean | null;
}

export class ProfileContact {
  @text(100) name?: string | null;

  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @text(30) phone?: string | null;
}

/** A photo uploaded with POST /api/host-profiles/:facilityId/photos, placed in the profile with its caption. */
export class HostPhotoRef {
  @IsUUID('4', { message: 'photo id must be the id of an uploaded photo' })
  id!: string;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'caption must be at most 200 characters' })
  caption?: string | null;
}

export const MAX_HOST_PHOTOS = 8;

/** Kana only (either script, with spaces and the long-vowel mark): lets residents find a kanji name by its reading. */
export const NAME_READING_PATTERN = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]*$/u;

export class HostProfileContent {
  /** The facility name's reading in kana (e.g. せいほくごさくらびょういん). */
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'nameReading must be at most 200 characters' })
  @Matches(NAME_READING_PATTERN, { message: 'nameReading must be written in kana' })
  nameReading?: string | null;

  @ValidateNested()
  @Type(() => TrainingProfile)
  training!: TrainingProfile;

  @ValidateNested()
  @Type(() => LivingProfile)
  living!: LivingProfile;

  @text(1000) message?: string | null;

  @ValidateNested()
  @Type(() => ProfileContact)
  contact!: ProfileContact;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_HOST_PHOTOS, { message: `photos can hold at most ${MAX_HOST_PHOTOS} photos` })
  @ValidateNested({ each: true })
  @Type(() => HostPhotoRef)
  photos?: HostPhotoRef[];
}

/** PUT /api/host-profiles/:facilityId: the draft, saved only over the version the editor loaded. */
export class UpdateHostProfileRequest extends HostProfileContent {
  @IsInt({ message: 'version must be the version you loaded (a whole number)' })
  @Min(0)
  version!: number;
}

/**
 * PUT /api/host-profiles/:facilityId/places/:specialtyCode: the acceptable number and periods for one
 * specialty of the current round. Written through to the candidate row while the prefecture's list
 * is editable, or to the published host after publication, so the two never disagree.
 */
export class UpdateHostPlaceRequest {
  @IsInt({ message: 'acceptableNumber must be a whole number' })
  @Min(1, { message: 'acceptableNumber must be at least 1' })
  @Max(100, { message: 'acceptableNumber must be at most 100' })
  acceptableNumber!: number;

  @IsArray()
  @ArrayMaxSize(12, { message: 'acceptablePeriods can list at most 12 periods' })
  @ValidateNested({ each: true })
  @Type(() => AcceptablePeriod)
  acceptablePeriods!: AcceptablePeriod[];

  /** The round of the place (`HostPlaceResponse.roundId`); without it, the latest round naming the facility. */
  @IsOptional()
  @IsUUID('4', { message: 'roundId must be the round of the place' })
  roundId?: string;

  /** The version of the place the editor loaded (`HostPlaceResponse.version`). */
  @LoadedVersion()
  version!: number;
}

/** GET /api/host-profiles?prefecture=&status= : the profiles a prefecture reviews (JMSB: any prefecture). */
export class HostProfileListQuery {
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'prefecture must be a two-digit prefecture code' })
  prefecture?: string;

  @IsOptional()
  @IsIn(HOST_PROFILE_STATUSES, { message: `status must be one of ${HOST_PROFILE_STATUSES.join(', ')}` })
  status?: HostProfileStatus;
}
