import { HostSearchResponse, HostSummary, PublicHostResponse } from '@renkei/contract';

export const HOST_ID = '6f1c7a52-3b1e-4a8e-9a43-0d6f4f3c2b11';
export const OTHER_HOST_ID = '7a2d8b63-4c2f-4b9f-8b54-1e7a5a4d3c22';
export const PHOTO_ID = '8b3e9c74-5d3a-4cae-9c65-2f8b6b5e4d33';

const ROUND = { id: '9c4fad85-6e4b-4dbf-8d76-3a9c7c6f5e44', recruitmentYear: 2026, publishedAt: '2026-03-01T00:00:00.000Z' };

export function hostSummary(overrides: Partial<HostSummary> = {}): HostSummary {
  return {
    facilityId: HOST_ID,
    facilityCode: 'DEMO-H-0204',
    name: '西北五さくら病院（デモ）',
    nameReading: 'せいほくごさくらびょういん',
    prefectureCode: '02',
    block: 'tohoku',
    municipality: '五所川原市',
    bedCount: 300,
    physicianScarceArea: true,
    physicianScarceSpot: false,
    sample: true,
    places: [
      {
        specialtyCode: 'internal-medicine',
        categoryCode: 'special-regional',
        categoryNameJa: '特別地域連携プログラム',
        categoryNameEn: 'Special regional program',
        acceptableNumber: 2,
        acceptablePeriods: [{ startMonth: '2026-04', months: 12 }],
      },
    ],
    living: { dormitory: true, housingSupport: true, carNotNeeded: false, childcareNearby: true },
    profileCompleteness: 80,
    photoId: PHOTO_ID,
    ...overrides,
  };
}

export function searchResponse(overrides: Partial<HostSearchResponse> = {}): HostSearchResponse {
  return {
    round: ROUND,
    total: 1,
    page: 1,
    pageSize: 20,
    hosts: [hostSummary()],
    facets: {
      specialty: [
        { value: 'internal-medicine', count: 12 },
        { value: 'pediatrics', count: 3 },
      ],
      category: [{ value: 'special-regional', count: 15 }],
      prefecture: [
        { value: '02', count: 4 },
        { value: '12', count: 2 },
      ],
      block: [
        { value: 'tohoku', count: 4 },
        { value: 'kanto', count: 2 },
      ],
      physicianScarce: 5,
      dormitory: 3,
      housingSupport: 4,
      carNotNeeded: 1,
      childcare: 2,
    },
    ...overrides,
  };
}

export function publicHost(overrides: Partial<PublicHostResponse> = {}): PublicHostResponse {
  return {
    facilityId: HOST_ID,
    facilityCode: 'DEMO-H-0204',
    name: '西北五さくら病院（デモ）',
    prefectureCode: '02',
    block: 'tohoku',
    secondaryMedicalAreaCode: '0204',
    municipality: '五所川原市',
    address: '五所川原市岩木町 1-1',
    bedCount: 300,
    physicianScarceArea: true,
    physicianScarceSpot: false,
    sample: true,
    round: ROUND,
    places: [
      {
        ...hostSummary().places[0],
        eligibility: {
          category: 'special-regional',
          label: '③',
          nameJa: '特別地域連携プログラム',
          nameEn: 'Special regional program',
          status: 'eligible',
          minimumRotationMonths: 12,
          reasons: [{ code: 'SUFFICIENCY_AT_MOST', messageJa: '内科の足下充足率は 0.7 以下です。', messageEn: 'Internal medicine is at most 0.7.' }],
          exceptionIds: [],
        },
      },
    ],
    profile: {
      nameReading: 'せいほくごさくらびょういん',
      training: { overview: '地域医療の最前線で学べます。', supervisingDoctors: 5, onCallBackup: true, simulators: false },
      living: { dormitory: true, carNeeded: false, housingAllowanceYen: null },
      message: 'お待ちしています。',
      contact: { name: '研修担当', email: 'kenshu@example.jp', phone: null },
      photos: [{ id: PHOTO_ID, caption: '病院の外観' }],
    },
    profileCompleteness: 60,
    profilePublishedAt: '2026-02-01T00:00:00.000Z',
    prefectureProfile: { supportProgrammes: '修学資金があります。', allowances: null, livingCosts: null, message: null, websiteUrl: null },
    ...overrides,
  };
}
