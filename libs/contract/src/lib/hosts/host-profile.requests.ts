import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';

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

export class HostProfileContent {
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
}

/** PUT /api/host-profiles/:facilityId: the draft, saved only over the version the editor loaded. */
export class UpdateHostProfileRequest extends HostProfileContent {
  @IsInt({ message: 'version must be the version you loaded (a whole number)' })
  @Min(0)
  version!: number;
}
