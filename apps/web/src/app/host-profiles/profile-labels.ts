import { EligibilityCategoryCode, FeedbackFrequency, HostProfileStatus, ResidentRoom } from '@renkei/contract';

export const PROFILE_STATUS_LABELS: Record<HostProfileStatus, string> = {
  draft: $localize`:@@hostProfiles.status.draft:下書き`,
  submitted: $localize`:@@hostProfiles.status.submitted:審査中`,
  approved: $localize`:@@hostProfiles.status.approved:公開中`,
  returned: $localize`:@@hostProfiles.status.returned:差し戻し`,
};

export const FEEDBACK_FREQUENCY_LABELS: Record<FeedbackFrequency, string> = {
  daily: $localize`:@@hostProfiles.feedback.daily:毎日`,
  weekly: $localize`:@@hostProfiles.feedback.weekly:週に1回程度`,
  monthly: $localize`:@@hostProfiles.feedback.monthly:月に1回程度`,
  rarely: $localize`:@@hostProfiles.feedback.rarely:ほとんどない`,
};

export const RESIDENT_ROOM_LABELS: Record<ResidentRoom, string> = {
  'shared-with-seniors': $localize`:@@hostProfiles.room.shared:上級医と同室`,
  'residents-only': $localize`:@@hostProfiles.room.residentsOnly:専攻医専用の部屋`,
  none: $localize`:@@hostProfiles.room.none:なし`,
};

export const CATEGORY_LABELS: Record<EligibilityCategoryCode, string> = {
  connection: $localize`:@@hostProfiles.category.connection:連携プログラム`,
  'prefecture-limited': $localize`:@@hostProfiles.category.prefectureLimited:連携プログラム（都道府県限定分）`,
  'special-regional': $localize`:@@hostProfiles.category.specialRegional:特別地域連携プログラム`,
};
