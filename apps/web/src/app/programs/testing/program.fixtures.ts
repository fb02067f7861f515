import { ConnectionRequestResponse, CurrentUserResponse, HostLedgerResponse, HostRecommendation, ProgramResponse } from '@renkei/contract';

export const BASE_ID = 'b0000000-0000-4000-8000-000000000013';
export const HOST_ID = 'f0000000-0000-4000-8000-000000000204';
export const OTHER_HOST_ID = 'f0000000-0000-4000-8000-000000000205';
export const PROGRAM_ID = 'a0000000-0000-4000-8000-000000000001';

export const BASE_USER: CurrentUserResponse = {
  email: 'base@demo.renkei.test',
  displayName: '東京みなと総合病院 研修担当（デモ）',
  language: 'ja',
  roles: [{ role: 'base-facility', facilityId: BASE_ID }],
};

export const HOST_USER: CurrentUserResponse = {
  email: 'host@demo.renkei.test',
  displayName: '西北五さくら病院 研修担当（デモ）',
  language: 'ja',
  roles: [{ role: 'host-facility', facilityId: HOST_ID }],
};

export const BASE = { id: BASE_ID, facilityCode: 'DEMO-B-1301', name: '東京みなと総合病院（デモ）', prefectureCode: '13' };
export const HOST = { id: HOST_ID, facilityCode: 'DEMO-H-0204', name: '西北五さくら病院（デモ）', prefectureCode: '02' };
export const OTHER_HOST = { id: OTHER_HOST_ID, facilityCode: 'DEMO-H-1201', name: '房総みさき病院（デモ）', prefectureCode: '12' };

export function connectionRequest(overrides: Partial<ConnectionRequestResponse> = {}): ConnectionRequestResponse {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    programId: PROGRAM_ID,
    host: HOST,
    placesRequested: 3,
    monthsRequested: 12,
    status: 'pending',
    placesAccepted: null,
    monthsAccepted: null,
    declineReason: null,
    respondedAt: null,
    comments: [],
    rotations: [],
    version: 1,
    ...overrides,
  };
}

export function program(overrides: Partial<ProgramResponse> = {}): ProgramResponse {
  return {
    id: PROGRAM_ID,
    base: BASE,
    roundId: 'r0000000-0000-4000-8000-000000000001',
    recruitmentYear: 2027,
    specialtyCode: 'internal-medicine',
    categoryCode: 'special-regional',
    places: 3,
    decisions: [
      {
        hostFacilityId: HOST_ID,
        result: {
          category: 'special-regional',
          label: '③',
          nameJa: '特別地域連携プログラム',
          nameEn: 'Special regional connection program',
          status: 'eligible',
          minimumRotationMonths: 12,
          reasons: [{ code: 'SCARCE_AREA', messageJa: '医師少数区域にあります', messageEn: 'In a physician-scarce area' }],
          exceptionIds: [],
        },
      },
    ],
    requests: [connectionRequest()],
    contactName: '港 花子',
    contactEmail: 'kenshu@example.jp',
    contactPhone: '03-0000-0000',
    recruited: null,
    createdAt: '2026-11-29T03:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function recommendation(overrides: Partial<HostRecommendation> = {}): HostRecommendation {
  return {
    host: HOST,
    acceptableNumber: 3,
    remaining: 3,
    profileCompleteness: 80,
    samePrefecture: false,
    sameBlock: false,
    pastConnections: 0,
    score: 0.9,
    reasons: [{ code: 'REMAINING', messageJa: '残り3名', messageEn: '3 places left' }],
    ...overrides,
  };
}

export const LEDGER: HostLedgerResponse = {
  facilityId: HOST_ID,
  roundId: 'r0000000-0000-4000-8000-000000000001',
  recruitmentYear: 2027,
  rows: [
    {
      specialtyCode: 'internal-medicine',
      categoryCode: 'special-regional',
      acceptableNumber: 3,
      placesRequested: 3,
      placesAccepted: 0,
      remaining: 3,
    },
  ],
};
