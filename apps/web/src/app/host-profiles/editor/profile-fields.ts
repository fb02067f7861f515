import { FEEDBACK_FREQUENCIES, RESIDENT_ROOMS } from '@renkei/contract';
import { FEEDBACK_FREQUENCY_LABELS, RESIDENT_ROOM_LABELS } from '../profile-labels';

/** How an item is entered: free text (one line or several), a count, kilometres, yes/no, a choice. */
export type ProfileFieldKind = 'text' | 'textarea' | 'count' | 'decimal' | 'flag' | 'choice' | 'email' | 'tel' | 'kana';

export interface ProfileField {
  /** The item's path in HostProfileContent (also the API's field-error path and the completeness path). */
  path: string;
  kind: ProfileFieldKind;
  label: string;
  /** Longest text, or the largest number. */
  max?: number;
  unit?: string;
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

export interface ProfileFieldGroup {
  legend: string;
  fields: readonly ProfileField[];
}

export interface ProfileSection {
  id: 'training' | 'living' | 'message' | 'contact';
  title: string;
  groups: readonly ProfileFieldGroup[];
}

const perMonth = $localize`:@@hostProfiles.unit.perMonth:件／月`;
const people = $localize`:@@hostProfiles.unit.people:人`;

/** Every item of the profile (DOMAIN §6), grouped as the editor shows them. */
export const PROFILE_SECTIONS: readonly ProfileSection[] = [
  {
    id: 'training',
    title: $localize`:@@hostProfiles.section.training:研修`,
    groups: [
      {
        legend: $localize`:@@hostProfiles.group.content:研修の内容`,
        fields: [
          { path: 'training.overview', kind: 'textarea', max: 2000, label: $localize`:@@hostProfiles.field.overview:研修の概要` },
          { path: 'training.departments', kind: 'textarea', max: 1000, label: $localize`:@@hostProfiles.field.departments:研修できる診療科` },
          { path: 'training.cases', kind: 'textarea', max: 1000, label: $localize`:@@hostProfiles.field.cases:経験できる症例` },
        ],
      },
      {
        legend: $localize`:@@hostProfiles.group.supervision:指導体制と日常の研修`,
        fields: [
          {
            path: 'training.supervisingDoctors',
            kind: 'count',
            max: 500,
            unit: people,
            label: $localize`:@@hostProfiles.field.supervisingDoctors:指導医の数`,
          },
          {
            path: 'training.patientsPerResident',
            kind: 'count',
            max: 100,
            unit: people,
            label: $localize`:@@hostProfiles.field.patientsPerResident:専攻医1人あたりの受け持ち患者数`,
          },
          {
            path: 'training.conferencesPerWeek',
            kind: 'count',
            max: 30,
            unit: $localize`:@@hostProfiles.unit.perWeek:回／週`,
            label: $localize`:@@hostProfiles.field.conferencesPerWeek:カンファレンスの回数`,
          },
          {
            path: 'training.outpatientDaysPerWeek',
            kind: 'count',
            max: 7,
            unit: $localize`:@@hostProfiles.unit.daysPerWeek:日／週`,
            label: $localize`:@@hostProfiles.field.outpatientDaysPerWeek:外来担当日数`,
          },
          {
            path: 'training.feedbackFrequency',
            kind: 'choice',
            label: $localize`:@@hostProfiles.field.feedbackFrequency:指導医からのフィードバックの頻度`,
            options: FEEDBACK_FREQUENCIES.map((value) => ({ value, label: FEEDBACK_FREQUENCY_LABELS[value] })),
          },
          {
            path: 'training.residentRoom',
            kind: 'choice',
            label: $localize`:@@hostProfiles.field.residentRoom:医局・専攻医の部屋`,
            options: RESIDENT_ROOMS.map((value) => ({ value, label: RESIDENT_ROOM_LABELS[value] })),
          },
          { path: 'training.literatureSearch', kind: 'flag', label: $localize`:@@hostProfiles.field.literatureSearch:文献検索を利用できる` },
          { path: 'training.simulators', kind: 'flag', label: $localize`:@@hostProfiles.field.simulators:シミュレーターを利用できる` },
          {
            path: 'training.thirdPartyEvaluation',
            kind: 'flag',
            label: $localize`:@@hostProfiles.field.thirdPartyEvaluation:第三者評価（病院機能評価など）を受けている`,
          },
        ],
      },
      {
        legend: $localize`:@@hostProfiles.group.onCall:当直・救急`,
        fields: [
          {
            path: 'training.onCallNightsPerMonth',
            kind: 'count',
            max: 31,
            unit: $localize`:@@hostProfiles.unit.nightsPerMonth:回／月`,
            label: $localize`:@@hostProfiles.field.onCallNightsPerMonth:当直の回数`,
          },
          { path: 'training.onCallStaffing', kind: 'textarea', max: 500, label: $localize`:@@hostProfiles.field.onCallStaffing:当直の体制` },
          { path: 'training.onCallBackup', kind: 'flag', label: $localize`:@@hostProfiles.field.onCallBackup:当直時に上級医のバックアップがある` },
          {
            path: 'training.erVisitsPerMonth',
            kind: 'count',
            max: 100000,
            unit: perMonth,
            label: $localize`:@@hostProfiles.field.erVisitsPerMonth:救急外来の受診者数`,
          },
          {
            path: 'training.ambulancesPerMonth',
            kind: 'count',
            max: 100000,
            unit: perMonth,
            label: $localize`:@@hostProfiles.field.ambulancesPerMonth:救急車の受入件数`,
          },
          {
            path: 'training.admissionsPerMonth',
            kind: 'count',
            max: 100000,
            unit: perMonth,
            label: $localize`:@@hostProfiles.field.admissionsPerMonth:入院患者数`,
          },
        ],
      },
      {
        legend: $localize`:@@hostProfiles.group.support:実績・支援・待遇`,
        fields: [
          { path: 'training.pastExchanges', kind: 'textarea', max: 1000, label: $localize`:@@hostProfiles.field.pastExchanges:他病院との交流の実績` },
          {
            path: 'training.familySupport',
            kind: 'textarea',
            max: 1000,
            label: $localize`:@@hostProfiles.field.familySupport:妊娠・出産・育児の支援`,
          },
          {
            path: 'training.wellbeingSupport',
            kind: 'textarea',
            max: 1000,
            label: $localize`:@@hostProfiles.field.wellbeingSupport:勤怠管理・メンタルヘルスの支援`,
          },
          {
            path: 'training.salaryAndWelfare',
            kind: 'textarea',
            max: 1000,
            label: $localize`:@@hostProfiles.field.salaryAndWelfare:給与・保険・福利厚生`,
          },
        ],
      },
    ],
  },
  {
    id: 'living',
    title: $localize`:@@hostProfiles.section.living:生活`,
    groups: [
      {
        legend: $localize`:@@hostProfiles.group.housing:住まいと通勤`,
        fields: [
          { path: 'living.dormitory', kind: 'flag', label: $localize`:@@hostProfiles.field.dormitory:寮・宿舎がある` },
          {
            path: 'living.housingAllowanceYen',
            kind: 'count',
            max: 1_000_000,
            unit: $localize`:@@hostProfiles.unit.yenPerMonth:円／月`,
            label: $localize`:@@hostProfiles.field.housingAllowanceYen:住宅手当`,
          },
          { path: 'living.travelAllowance', kind: 'flag', label: $localize`:@@hostProfiles.field.travelAllowance:通勤・帰省の手当がある` },
          { path: 'living.carNeeded', kind: 'flag', label: $localize`:@@hostProfiles.field.carNeeded:車が必要` },
          { path: 'living.licenceNeeded', kind: 'flag', label: $localize`:@@hostProfiles.field.licenceNeeded:運転免許が必要` },
          {
            path: 'living.distanceToHospitalKm',
            kind: 'decimal',
            max: 500,
            unit: 'km',
            label: $localize`:@@hostProfiles.field.distanceToHospitalKm:住まいから病院までの距離`,
          },
        ],
      },
      {
        legend: $localize`:@@hostProfiles.group.life:暮らし`,
        fields: [
          {
            path: 'living.nightCallSafety',
            kind: 'textarea',
            max: 500,
            label: $localize`:@@hostProfiles.field.nightCallSafety:夜間呼び出し時の安全`,
          },
          { path: 'living.childcareNearby', kind: 'flag', label: $localize`:@@hostProfiles.field.childcareNearby:近くに保育所がある` },
          { path: 'living.schooling', kind: 'textarea', max: 500, label: $localize`:@@hostProfiles.field.schooling:近くの学校` },
          { path: 'living.relocationSupport', kind: 'flag', label: $localize`:@@hostProfiles.field.relocationSupport:引っ越し費用の支援がある` },
        ],
      },
    ],
  },
  {
    id: 'message',
    title: $localize`:@@hostProfiles.section.message:メッセージ`,
    groups: [
      {
        legend: $localize`:@@hostProfiles.group.message:専攻医へのメッセージ`,
        fields: [{ path: 'message', kind: 'textarea', max: 1000, label: $localize`:@@hostProfiles.field.message:メッセージ` }],
      },
    ],
  },
  {
    id: 'contact',
    title: $localize`:@@hostProfiles.section.contact:連絡先`,
    groups: [
      {
        legend: $localize`:@@hostProfiles.group.contact:問い合わせ先`,
        fields: [
          {
            path: 'nameReading',
            kind: 'kana',
            max: 200,
            label: $localize`:@@hostProfiles.field.nameReading:施設名のよみがな`,
            hint: $localize`:@@hostProfiles.field.nameReadingHint:ひらがな・カタカナで入力（例: せいほくごさくらびょういん）。検索で見つけやすくなります。`,
          },
          { path: 'contact.name', kind: 'text', max: 100, label: $localize`:@@hostProfiles.field.contactName:担当者名` },
          { path: 'contact.email', kind: 'email', label: $localize`:@@hostProfiles.field.contactEmail:メールアドレス` },
          { path: 'contact.phone', kind: 'tel', max: 30, label: $localize`:@@hostProfiles.field.contactPhone:電話番号` },
        ],
      },
    ],
  },
];

export const PROFILE_FIELDS: readonly ProfileField[] = PROFILE_SECTIONS.flatMap((section) => section.groups.flatMap((group) => group.fields));

const FIELD_LABELS = new Map<string, string>([
  ...PROFILE_FIELDS.map((field): [string, string] => [field.path, field.label]),
  ['photos', $localize`:@@hostProfiles.field.photos:写真`],
]);

/** The Japanese (UI-language) label of an item path, e.g. `training.supervisingDoctors` → 指導医の数. */
export function fieldLabel(path: string): string {
  return FIELD_LABELS.get(path) ?? path;
}

/** The id of an item's control in the editor (for labels, focus from the missing list). */
export function fieldId(path: string): string {
  return `profile-${path.replace(/\./g, '-')}`;
}
