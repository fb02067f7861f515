import { CandidateResponse, RoundResponse, SubmissionResponse } from '@renkei/contract';

/** Rounds, lists and rows shaped as the API sends them (ids are fixed uuids). */
export const ROUND_ID = '6f1c7a52-3b1e-4a8e-9a43-0d6f4f3c2b11';

export function round(overrides: Partial<RoundResponse> = {}): RoundResponse {
  return {
    id: ROUND_ID,
    recruitmentYear: 2027,
    status: 'collecting',
    ruleSet: {
      id: 'a2d9e3f0-1111-4c3b-8d1e-222233334444',
      definitionId: 'recruitment-2027',
      recruitmentYear: 2027,
      version: 1,
      nameJa: '2027年度ルール',
      nameEn: '2027 rules',
      sourceNote: '',
    },
    prefectureDeadline: '2026-12-31T14:59:59.000Z',
    societyDeadline: '2027-01-31T14:59:59.000Z',
    message: '',
    openedAt: '2026-11-01T00:00:00.000Z',
    sentToSocietiesAt: null,
    publishedAt: null,
    expectedPlaces: [],
    version: 1,
    ...overrides,
  };
}

export function candidate(overrides: Partial<CandidateResponse> = {}): CandidateResponse {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    roundId: ROUND_ID,
    prefectureCode: '02',
    specialtyCode: 'internal-medicine',
    facility: {
      id: 'f0000000-0000-4000-8000-000000000001',
      facilityCode: 'SAMPLE-02-2',
      name: '西北五中央病院（サンプル）',
      prefectureCode: '02',
      secondaryMedicalAreaCode: '0204',
      municipality: '西北五市（サンプル）',
      address: '青森県西北五市（サンプルの架空の住所）',
      bedCount: 180,
      physicianScarceArea: true,
      physicianScarceSpot: false,
      sample: true,
    },
    origin: 'scarce-area',
    previousHost: false,
    acceptableNumber: 2,
    acceptablePeriods: [{ startMonth: '2027-04', months: 12 }],
    contactName: '青森 花子',
    contactEmail: null,
    contactPhone: '017-000-0000',
    reasonOutsideScarce: '',
    councilConsultedOn: null,
    councilNote: '',
    universityConsultedOn: null,
    universityNote: '',
    reviewStatus: 'pending',
    reviewComment: null,
    reviewedAt: null,
    eligibility: {
      results: [
        {
          category: 'special-regional',
          label: "②'",
          nameJa: '特別地域連携プログラム',
          nameEn: 'Special regional connection program',
          status: 'eligible',
          minimumRotationMonths: 12,
          reasons: [{ code: 'RATIO_OK', messageJa: '充足率 0.7 以下', messageEn: 'Ratio at most 0.7' }],
          exceptionIds: [],
        },
      ],
      eligibleCategories: ['special-regional'],
      problems: [],
    },
    version: 1,
    ...overrides,
  };
}

export function submission(overrides: Partial<SubmissionResponse> = {}): SubmissionResponse {
  return {
    id: 's0000000-0000-4000-8000-000000000001',
    roundId: ROUND_ID,
    prefectureCode: '02',
    status: 'draft',
    submittedAt: null,
    returnComment: null,
    editable: true,
    candidates: [candidate()],
    version: 1,
    ...overrides,
  };
}
