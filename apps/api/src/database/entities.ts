import { AccountToken } from '../accounts/entities/account-token.entity';
import { RateLimitBucket } from '../accounts/entities/rate-limit-bucket.entity';
import { RoleAssignment } from '../accounts/entities/role-assignment.entity';
import { UserAccount } from '../accounts/entities/user-account.entity';
import { UserSession } from '../accounts/entities/user-session.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DevelopmentMail } from '../notifications/development-mail.entity';
import { OutboxMessage } from '../notifications/outbox-message.entity';
import { ImportBatch } from '../imports/import-batch.entity';
import { CeilingDatasetRecord } from '../eligibility/entities/ceiling-dataset.entity';
import { CeilingValue } from '../eligibility/entities/ceiling-value.entity';
import { EligibilityExceptionRecord } from '../eligibility/entities/eligibility-exception.entity';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { Facility } from '../facilities/facility.entity';
import { HostAlertHost } from '../host-alerts/entities/host-alert-host.entity';
import { HostAlertSubscription } from '../host-alerts/entities/host-alert-subscription.entity';
import { HostAlertToken } from '../host-alerts/entities/host-alert-token.entity';
import { HostProfile } from '../hosts/entities/host-profile.entity';
import { HostPhoto } from '../hosts/photos/host-photo.entity';
import { HostListing, HostListingPlace } from '../hosts/directory/host-listing.entity';
import { PrefectureProfile } from '../hosts/prefecture-profiles/prefecture-profile.entity';
import { Candidate } from '../nominations/entities/candidate.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { ConnectionComment } from '../programs/entities/connection-comment.entity';
import { ConnectionRequest } from '../programs/entities/connection-request.entity';
import { Program } from '../programs/entities/program.entity';
import { RotationRecord } from '../programs/entities/rotation-record.entity';
import { ReferenceDataLoad } from '../reference-data/entities/reference-data-load.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';
import { SufficiencyDataset } from '../reference-data/entities/sufficiency-dataset.entity';
import { SufficiencyValue } from '../reference-data/entities/sufficiency-value.entity';

/** Every entity, listed explicitly so the bundled app and the CLI see the same schema. */
export const ENTITIES = [
  Prefecture,
  SecondaryMedicalArea,
  PhysicianScarceDesignation,
  PhysicianScarceSpot,
  Specialty,
  SufficiencyDataset,
  SufficiencyValue,
  ReferenceDataLoad,
  Facility,
  UserAccount,
  RoleAssignment,
  UserSession,
  AccountToken,
  RateLimitBucket,
  AuditEntry,
  OutboxMessage,
  DevelopmentMail,
  ImportBatch,
  RuleSetRecord,
  EligibilityExceptionRecord,
  CeilingDatasetRecord,
  CeilingValue,
  NominationRound,
  PrefectureSubmission,
  Candidate,
  PublishedHost,
  HostProfile,
  HostPhoto,
  HostAlertSubscription,
  HostAlertHost,
  HostAlertToken,
  HostListing,
  HostListingPlace,
  PrefectureProfile,
  Program,
  ConnectionRequest,
  ConnectionComment,
  RotationRecord,
];
