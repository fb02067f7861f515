import { FeedbackFrequency, HostProfileContent, LivingProfile, ResidentRoom, TrainingProfile } from '@renkei/contract';

/** One profile item as a resident reads it: a label and the answer in words. */
export interface ProfileItem {
  key: string;
  label: string;
  value: string;
  /** Free text: shown with its line breaks. */
  long: boolean;
}

export const NOT_ANSWERED = $localize`:@@hostDirectory.notAnswered:未回答`;
const YES = $localize`:@@hostDirectory.yes:はい`;
const NO = $localize`:@@hostDirectory.no:いいえ`;

const FEEDBACK_LABELS: Record<FeedbackFrequency, string> = {
  daily: $localize`:@@hostDirectory.feedback.daily:毎日`,
  weekly: $localize`:@@hostDirectory.feedback.weekly:毎週`,
  monthly: $localize`:@@hostDirectory.feedback.monthly:毎月`,
  rarely: $localize`:@@hostDirectory.feedback.rarely:まれ`,
};

const ROOM_LABELS: Record<ResidentRoom, string> = {
  'shared-with-seniors': $localize`:@@hostDirectory.room.shared:上級医と共用`,
  'residents-only': $localize`:@@hostDirectory.room.residentsOnly:専攻医専用`,
  none: $localize`:@@hostDirectory.room.none:なし`,
};

type Value = string | number | boolean | null | undefined;
type Format = 'text' | 'flag' | 'people' | 'perWeek' | 'days' | 'perMonth' | 'nightsPerMonth' | 'yen' | 'km' | 'feedback' | 'room';

function format(value: Value, kind: Format, locale: string): string {
  if (value === null || value === undefined || value === '') {
    return NOT_ANSWERED;
  }
  if (typeof value === 'boolean') {
    return value ? YES : NO;
  }
  if (typeof value === 'number') {
    const count = value.toLocaleString(locale);
    switch (kind) {
      case 'people':
        return $localize`:@@hostDirectory.unit.people:${count}:count: 人`;
      case 'perWeek':
        return $localize`:@@hostDirectory.unit.perWeek:週 ${count}:count: 回`;
      case 'days':
        return $localize`:@@hostDirectory.unit.daysPerWeek:週 ${count}:count: 日`;
      case 'perMonth':
        return $localize`:@@hostDirectory.unit.perMonth:月 ${count}:count: 件`;
      case 'nightsPerMonth':
        return $localize`:@@hostDirectory.unit.nightsPerMonth:月 ${count}:count: 回`;
      case 'yen':
        return $localize`:@@hostDirectory.unit.yenPerMonth:月 ${count}:count: 円`;
      case 'km':
        return $localize`:@@hostDirectory.unit.km:${count}:count: km`;
      default:
        return count;
    }
  }
  if (kind === 'feedback') {
    return FEEDBACK_LABELS[value as FeedbackFrequency] ?? value;
  }
  if (kind === 'room') {
    return ROOM_LABELS[value as ResidentRoom] ?? value;
  }
  return value;
}

type Definition<T> = readonly [key: keyof T & string, label: string, kind: Format];

/** Every training item of DOMAIN §6, in the order a resident asks about them. */
export const TRAINING_ITEMS: readonly Definition<TrainingProfile>[] = [
  ['overview', $localize`:@@hostDirectory.training.overview:研修の概要`, 'text'],
  ['departments', $localize`:@@hostDirectory.training.departments:診療科・研修できる部門`, 'text'],
  ['cases', $localize`:@@hostDirectory.training.cases:経験できる症例`, 'text'],
  ['supervisingDoctors', $localize`:@@hostDirectory.training.supervisingDoctors:指導医の数`, 'people'],
  ['patientsPerResident', $localize`:@@hostDirectory.training.patientsPerResident:専攻医 1 人あたりの担当患者数`, 'people'],
  ['conferencesPerWeek', $localize`:@@hostDirectory.training.conferencesPerWeek:カンファレンス`, 'perWeek'],
  ['outpatientDaysPerWeek', $localize`:@@hostDirectory.training.outpatientDaysPerWeek:外来担当`, 'days'],
  ['feedbackFrequency', $localize`:@@hostDirectory.training.feedbackFrequency:指導医からのフィードバック`, 'feedback'],
  ['residentRoom', $localize`:@@hostDirectory.training.residentRoom:専攻医の部屋`, 'room'],
  ['literatureSearch', $localize`:@@hostDirectory.training.literatureSearch:文献検索ができる`, 'flag'],
  ['simulators', $localize`:@@hostDirectory.training.simulators:シミュレーターがある`, 'flag'],
  ['onCallNightsPerMonth', $localize`:@@hostDirectory.training.onCallNightsPerMonth:当直の回数`, 'nightsPerMonth'],
  ['onCallStaffing', $localize`:@@hostDirectory.training.onCallStaffing:当直の体制`, 'text'],
  ['onCallBackup', $localize`:@@hostDirectory.training.onCallBackup:当直時に上級医のバックアップがある`, 'flag'],
  ['erVisitsPerMonth', $localize`:@@hostDirectory.training.erVisitsPerMonth:救急外来の患者数`, 'perMonth'],
  ['ambulancesPerMonth', $localize`:@@hostDirectory.training.ambulancesPerMonth:救急車の受入数`, 'perMonth'],
  ['admissionsPerMonth', $localize`:@@hostDirectory.training.admissionsPerMonth:入院患者数`, 'perMonth'],
  ['pastExchanges', $localize`:@@hostDirectory.training.pastExchanges:これまでの受入実績`, 'text'],
  ['familySupport', $localize`:@@hostDirectory.training.familySupport:家族への支援`, 'text'],
  ['wellbeingSupport', $localize`:@@hostDirectory.training.wellbeingSupport:心身の健康への支援`, 'text'],
  ['salaryAndWelfare', $localize`:@@hostDirectory.training.salaryAndWelfare:給与・福利厚生`, 'text'],
  ['thirdPartyEvaluation', $localize`:@@hostDirectory.training.thirdPartyEvaluation:第三者評価を受けている`, 'flag'],
];

/** Every living item of DOMAIN §6. */
export const LIVING_ITEMS: readonly Definition<LivingProfile>[] = [
  ['dormitory', $localize`:@@hostDirectory.living.dormitory:寮がある`, 'flag'],
  ['housingAllowanceYen', $localize`:@@hostDirectory.living.housingAllowanceYen:住宅手当`, 'yen'],
  ['travelAllowance', $localize`:@@hostDirectory.living.travelAllowance:赴任・帰省の交通費が出る`, 'flag'],
  ['carNeeded', $localize`:@@hostDirectory.living.carNeeded:車が必要`, 'flag'],
  ['licenceNeeded', $localize`:@@hostDirectory.living.licenceNeeded:運転免許が必要`, 'flag'],
  ['distanceToHospitalKm', $localize`:@@hostDirectory.living.distanceToHospitalKm:住まいから病院までの距離`, 'km'],
  ['nightCallSafety', $localize`:@@hostDirectory.living.nightCallSafety:夜間の呼び出し時の安全`, 'text'],
  ['childcareNearby', $localize`:@@hostDirectory.living.childcareNearby:近くに保育施設がある`, 'flag'],
  ['schooling', $localize`:@@hostDirectory.living.schooling:子どもの学校`, 'text'],
  ['relocationSupport', $localize`:@@hostDirectory.living.relocationSupport:引っ越しの支援がある`, 'flag'],
];

const LONG: Format = 'text';

function items<T extends object>(definitions: readonly Definition<T>[], values: T | undefined, locale: string, prefix: string): ProfileItem[] {
  return definitions.map(([key, label, kind]) => ({
    key: `${prefix}.${key}`,
    label,
    value: format(values?.[key] as Value, kind, locale),
    long: kind === LONG && typeof values?.[key] === 'string',
  }));
}

/** The profile's training items in words (未回答 for every item when there is no approved profile). */
export function trainingItems(profile: HostProfileContent | null, locale: string): ProfileItem[] {
  return items(TRAINING_ITEMS, profile?.training, locale, 'training');
}

export function livingItems(profile: HostProfileContent | null, locale: string): ProfileItem[] {
  return items(LIVING_ITEMS, profile?.living, locale, 'living');
}
