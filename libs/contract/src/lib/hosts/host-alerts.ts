import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';

export const HOST_ALERT_MAX_HOSTS = 20;

/**
 * POST /api/host-alerts (public): "tell me when these saved hosts are published for a new round or
 * change their acceptable number". Nothing is sent until the address confirms (double opt-in).
 */
export class CreateHostAlertRequest {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'facilityIds must list at least one saved host' })
  @ArrayMaxSize(HOST_ALERT_MAX_HOSTS, { message: `facilityIds can list at most ${HOST_ALERT_MAX_HOSTS} hosts` })
  @IsUUID('4', { each: true, message: 'facilityIds must be host facility ids' })
  facilityIds!: string[];

  /** Language of the mails. */
  @IsIn(['ja', 'en'], { message: 'language must be ja or en' })
  language!: 'ja' | 'en';
}

/** POST /api/host-alerts/confirm and /unsubscribe: the token from the mail's link. */
export class HostAlertTokenRequest {
  @IsString()
  @Length(20, 200, { message: 'token must be the token from the e-mail link' })
  token!: string;
}

/** The same answer whether or not the address was known, so the form reveals nothing about others. */
export interface HostAlertCreatedResponse {
  status: 'confirmation-sent';
}

export interface HostAlertResponse {
  status: 'confirmed' | 'unsubscribed';
  hosts: { facilityId: string; name: string }[];
}
