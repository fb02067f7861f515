import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { LANGUAGES, Language, PASSWORD_MAX_LENGTH, ROLES, Role } from './account.types';

const PREFECTURE_CODE = /^\d{2}$/;
const SPECIALTY_CODE = /^[a-z]+(-[a-z]+)*$/;

/** One role in one scope; which scope field is required depends on the role (checked by the API). */
export class RoleAssignmentRequest {
  @IsIn(ROLES, { message: `role must be one of ${ROLES.join(', ')}` })
  role!: Role;

  @IsOptional()
  @Matches(PREFECTURE_CODE, {
    message: 'prefectureCode must be a two-digit prefecture code',
  })
  prefectureCode?: string;

  @IsOptional()
  @Matches(SPECIALTY_CODE, {
    message: 'specialtyCode must be a specialty code such as internal-medicine',
  })
  specialtyCode?: string;

  @IsOptional()
  @IsUUID('4', { message: 'facilityId must be a facility id' })
  facilityId?: string;
}

export class InvitationRequest extends RoleAssignmentRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName!: string;

  @IsIn(LANGUAGES, { message: 'language must be ja or en' })
  language!: Language;
}

export class AcceptInvitationRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;
}

export class PasswordResetRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

export class CompletePasswordResetRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `password must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  password!: string;
}

export class UpdateAccountRequest {
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'displayName must be 1 to 100 characters' })
  displayName?: string;

  @IsOptional()
  @IsIn(LANGUAGES, { message: 'language must be ja or en' })
  language?: Language;
}

export class ChangePasswordRequest {
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH, {
    message: `newPassword must be at most ${PASSWORD_MAX_LENGTH} characters`,
  })
  newPassword!: string;
}
