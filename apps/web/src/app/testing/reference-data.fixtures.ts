import {
  PrefectureDetailResponse,
  PrefectureResponse,
  SpecialtyResponse,
  SufficiencyDatasetResponse,
  SufficiencyDatasetSummaryResponse,
} from '@renkei/contract';

/** Small, realistic reference data for unit tests (figures from the 2024 index and 2022 bands). */
export const PREFECTURES: PrefectureResponse[] = [
  { code: '01', nameJa: '北海道', nameEn: 'Hokkaido', block: 'hokkaido', physicianDistributionIndex: 233.8, indexClass: 'middle' },
  { code: '02', nameJa: '青森県', nameEn: 'Aomori', block: 'tohoku', physicianDistributionIndex: 184.3, indexClass: 'few' },
  { code: '04', nameJa: '宮城県', nameEn: 'Miyagi', block: 'tohoku', physicianDistributionIndex: 247.3, indexClass: 'middle' },
  { code: '12', nameJa: '千葉県', nameEn: 'Chiba', block: 'kanto', physicianDistributionIndex: 213.0, indexClass: 'few' },
  { code: '13', nameJa: '東京都', nameEn: 'Tokyo', block: 'kanto', physicianDistributionIndex: 353.9, indexClass: 'many' },
  { code: '47', nameJa: '沖縄県', nameEn: 'Okinawa', block: 'kyushu', physicianDistributionIndex: 292.1, indexClass: 'many' },
];

const DEFAULT_DESIGNATION = { source: 'index-default', reason: null, version: 1 } as const;

export const AOMORI_DETAIL: PrefectureDetailResponse = {
  ...PREFECTURES[1],
  secondaryMedicalAreas: [
    {
      code: '0201',
      nameJa: '津軽地域',
      physicianDistributionIndex: 253.2,
      indexClass: 'many',
      physicianScarce: false,
      designation: DEFAULT_DESIGNATION,
    },
    {
      code: '0202',
      nameJa: '八戸地域',
      physicianDistributionIndex: 164.4,
      indexClass: 'few',
      physicianScarce: true,
      designation: DEFAULT_DESIGNATION,
    },
    {
      code: '0203',
      nameJa: '青森地域',
      physicianDistributionIndex: 186.6,
      indexClass: 'middle',
      physicianScarce: false,
      designation: DEFAULT_DESIGNATION,
    },
    {
      code: '0204',
      nameJa: '西北五地域',
      physicianDistributionIndex: 126.3,
      indexClass: 'few',
      physicianScarce: true,
      designation: DEFAULT_DESIGNATION,
    },
  ],
};

export const SPECIALTIES: SpecialtyResponse[] = [
  { code: 'internal-medicine', nameJa: '内科', nameEn: 'Internal medicine', ceilingExempt: false },
  { code: 'pediatrics', nameJa: '小児科', nameEn: 'Pediatrics', ceilingExempt: false },
  { code: 'surgery', nameJa: '外科', nameEn: 'Surgery', ceilingExempt: true },
];

const ABOVE_0_8 = { exact: null, lowerBound: 0.8, upperBound: null };

export const DATASET_SUMMARIES: SufficiencyDatasetSummaryResponse[] = [
  {
    code: '2016-2018',
    nameJa: '足下充足率 2016年または2018年',
    nameEn: 'Current sufficiency ratios, 2016 or 2018',
    sourceNote: '資料 p.12',
    specialtyCodes: ['internal-medicine', 'pediatrics'],
    unlistedRatio: ABOVE_0_8,
    bandCount: 2,
  },
  {
    code: '2022',
    nameJa: '足下充足率 2022年',
    nameEn: 'Current sufficiency ratios, 2022',
    sourceNote: '資料 p.11',
    specialtyCodes: ['internal-medicine', 'pediatrics'],
    unlistedRatio: ABOVE_0_8,
    bandCount: 3,
  },
];

function prefectureRow(code: string, bands: SufficiencyDatasetResponse['prefectures'][number]['bands']) {
  const prefecture = PREFECTURES.find((p) => p.code === code);
  if (!prefecture) {
    throw new Error(`No fixture prefecture ${code}`);
  }
  return { prefectureCode: code, prefectureNameJa: prefecture.nameJa, prefectureNameEn: prefecture.nameEn, bands };
}

export const DATASET_2022: SufficiencyDatasetResponse = {
  ...DATASET_SUMMARIES[1],
  prefectures: [
    prefectureRow('01', []),
    prefectureRow('02', [{ specialtyCode: 'internal-medicine', exact: null, lowerBound: null, upperBound: 0.7 }]),
    prefectureRow('04', []),
    prefectureRow('12', [
      { specialtyCode: 'internal-medicine', exact: null, lowerBound: 0.7, upperBound: 0.8 },
      { specialtyCode: 'pediatrics', exact: null, lowerBound: 0.7, upperBound: 0.8 },
    ]),
    prefectureRow('13', []),
    prefectureRow('47', []),
  ],
};

export const DATASET_LEGACY: SufficiencyDatasetResponse = {
  ...DATASET_SUMMARIES[0],
  prefectures: [
    prefectureRow('01', []),
    prefectureRow('02', [
      { specialtyCode: 'internal-medicine', exact: null, lowerBound: null, upperBound: 0.7 },
      { specialtyCode: 'pediatrics', exact: null, lowerBound: null, upperBound: 0.8 },
    ]),
    prefectureRow('04', []),
    prefectureRow('12', []),
    prefectureRow('13', []),
    prefectureRow('47', []),
  ],
};
