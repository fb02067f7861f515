import { Role } from '@renkei/contract';

/** Shown in the console and the README; only ever set on demo accounts of a local demo database. */
export const DEMO_PASSWORD = 'renkei-demo-2026';

export const DEMO_FACILITIES = [
  {
    facilityCode: 'DEMO-B-1301',
    name: '東京みなと総合病院（デモ）',
    prefectureCode: '13',
    secondaryMedicalAreaCode: '1301',
    address: '東京都港区（デモ用の架空の住所）',
    municipality: '港区',
    isBase: true,
    isHost: false,
    bedCount: 620,
  },
  {
    facilityCode: 'DEMO-H-0204',
    name: '西北五さくら病院（デモ）',
    prefectureCode: '02',
    secondaryMedicalAreaCode: '0204',
    address: '青森県五所川原市（デモ用の架空の住所）',
    municipality: '五所川原市',
    isBase: false,
    isHost: true,
    bedCount: 438,
  },
] as const;

type DemoScope = {
  prefectureCode?: string;
  specialtyCode?: string;
  facilityCode?: string;
};

export const DEMO_ACCOUNTS: {
  email: string;
  displayName: string;
  role: Role;
  scope: DemoScope;
  description: string;
}[] = [
  {
    email: 'jmsb@demo.renkei.test',
    displayName: '日本専門医機構 デモ担当',
    role: 'jmsb',
    scope: {},
    description: 'JMSB',
  },
  {
    email: 'aomori@demo.renkei.test',
    displayName: '青森県 医療政策 デモ担当',
    role: 'prefecture',
    scope: { prefectureCode: '02' },
    description: 'prefecture 青森 02',
  },
  {
    email: 'chiba@demo.renkei.test',
    displayName: '千葉県 医療政策 デモ担当',
    role: 'prefecture',
    scope: { prefectureCode: '12' },
    description: 'prefecture 千葉 12',
  },
  {
    email: 'internal-medicine@demo.renkei.test',
    displayName: '内科学会 デモ担当',
    role: 'society',
    scope: { specialtyCode: 'internal-medicine' },
    description: 'society 内科',
  },
  {
    email: 'pediatrics@demo.renkei.test',
    displayName: '小児科学会 デモ担当',
    role: 'society',
    scope: { specialtyCode: 'pediatrics' },
    description: 'society 小児科',
  },
  {
    email: 'base@demo.renkei.test',
    displayName: '東京みなと総合病院 研修担当（デモ）',
    role: 'base-facility',
    scope: { facilityCode: 'DEMO-B-1301' },
    description: 'base facility',
  },
  {
    email: 'host@demo.renkei.test',
    displayName: '西北五さくら病院 研修担当（デモ）',
    role: 'host-facility',
    scope: { facilityCode: 'DEMO-H-0204' },
    description: 'host facility',
  },
];
