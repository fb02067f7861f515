import { CurrentUserResponse, HostPlaceResponse, HostProfileResponse } from '@renkei/contract';

export const FACILITY_ID = 'f0000000-0000-4000-8000-000000000204';

export const HOST_USER: CurrentUserResponse = {
  email: 'host@demo.renkei.test',
  displayName: '西北五さくら病院 研修担当（デモ）',
  language: 'ja',
  roles: [{ role: 'host-facility', facilityId: FACILITY_ID }],
};

export function place(overrides: Partial<HostPlaceResponse> = {}): HostPlaceResponse {
  return {
    roundId: '6f1c7a52-3b1e-4a8e-9a43-0d6f4f3c2b11',
    recruitmentYear: 2026,
    specialtyCode: 'internal-medicine',
    categoryCode: 'special-regional',
    acceptableNumber: 2,
    acceptablePeriods: [{ startMonth: '2026-04', months: 12 }],
    stage: 'published',
    editable: true,
    version: 3,
    ...overrides,
  };
}

/** A host profile as the API sends it: a draft with a few items filled in. */
export function hostProfile(overrides: Partial<HostProfileResponse> = {}): HostProfileResponse {
  return {
    facilityId: FACILITY_ID,
    facilityCode: 'DEMO-H-0204',
    facilityName: '西北五さくら病院（デモ）',
    prefectureCode: '02',
    status: 'draft',
    draft: {
      nameReading: null,
      training: { overview: '地域の中核病院で幅広い症例を経験できます。', supervisingDoctors: 6, literatureSearch: true },
      living: { dormitory: false },
      message: null,
      contact: {},
      photos: [],
    },
    completeness: { percent: 11, missing: ['training.departments', 'living.carNeeded', 'contact.email'] },
    published: null,
    publishedAt: null,
    reviewComment: null,
    places: [],
    version: 2,
    ...overrides,
  };
}
