import { Injectable } from '@nestjs/common';
import { CandidateEligibility, CandidateProblem, CandidateResponse, EligibilityCategoryCode } from '@renkei/contract';
import { EntityManager, In } from 'typeorm';
import { FacilityEvaluationService } from '../eligibility/facility-evaluation.service';
import { Facility } from '../facilities/facility.entity';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../reference-data/entities/physician-scarce-spot.entity';
import { Candidate } from './entities/candidate.entity';
import { NominationRound } from './entities/nomination-round.entity';
import { PublishedHost } from './entities/published-host.entity';

/**
 * Turns candidate rows into what people see: the facility's details, the live eligibility under the
 * round's rule set version, and what still stops the row from being submitted.
 */
@Injectable()
export class CandidateViewsService {
  constructor(private readonly evaluation: FacilityEvaluationService) {}

  async toResponses(manager: EntityManager, round: NominationRound, candidates: Candidate[]): Promise<CandidateResponse[]> {
    if (candidates.length === 0) {
      return [];
    }
    const facilityIds = [...new Set(candidates.map((candidate) => candidate.facilityId))];
    const facilities = await manager.findBy(Facility, { id: In(facilityIds) });
    const designations = await manager.findBy(PhysicianScarceDesignation, { physicianScarce: true });
    const spots = await manager.find(PhysicianScarceSpot);
    const evaluator = await this.evaluation.evaluatorFor(round.ruleSetId, manager);
    const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
    const previousCategories = await previousHostCategories(manager, round, candidates);
    const scarceAreas = new Set(designations.map((designation) => designation.areaCode));
    const spotKeys = new Set(spots.map((spot) => `${spot.prefectureCode}/${spot.municipality}`));

    return candidates.map((candidate) => {
      const facility = facilityById.get(candidate.facilityId);
      if (!facility) {
        throw new Error(`candidate ${candidate.id} refers to a missing facility`);
      }
      const scarceArea = scarceAreas.has(facility.secondaryMedicalAreaCode);
      const scarceSpot = spotKeys.has(`${facility.prefectureCode}/${facility.municipality}`);
      const reason = candidate.reasonOutsideScarce.trim();
      const results = evaluator.facility({
        key: candidate.id,
        facilityCode: facility.facilityCode,
        specialtyCode: candidate.specialtyCode,
        prefectureCode: facility.prefectureCode,
        secondaryAreaCode: facility.secondaryMedicalAreaCode,
        scarceArea,
        scarceSpot,
        // Being on the prefecture's list is the nomination; the reason is what the prefecture recorded.
        nomination: { status: 'nominated', reason: reason || null },
        previousHost: candidate.previousHost,
        previousHostCategories: previousCategories.get(`${candidate.facilityId}|${candidate.specialtyCode}`) ?? [],
      });
      return {
        id: candidate.id,
        roundId: candidate.roundId,
        prefectureCode: candidate.prefectureCode,
        specialtyCode: candidate.specialtyCode,
        facility: {
          id: facility.id,
          facilityCode: facility.facilityCode,
          name: facility.name,
          prefectureCode: facility.prefectureCode,
          secondaryMedicalAreaCode: facility.secondaryMedicalAreaCode,
          municipality: facility.municipality,
          address: facility.address,
          bedCount: facility.bedCount,
          physicianScarceArea: scarceArea,
          physicianScarceSpot: scarceSpot,
          sample: facility.sample,
        },
        origin: candidate.origin,
        previousHost: candidate.previousHost,
        acceptableNumber: candidate.acceptableNumber,
        acceptablePeriods: candidate.acceptablePeriods,
        contactName: candidate.contactName,
        contactEmail: candidate.contactEmail,
        contactPhone: candidate.contactPhone,
        reasonOutsideScarce: candidate.reasonOutsideScarce,
        councilConsultedOn: candidate.councilConsultedOn,
        councilNote: candidate.councilNote,
        universityConsultedOn: candidate.universityConsultedOn,
        universityNote: candidate.universityNote,
        reviewStatus: candidate.reviewStatus,
        reviewComment: candidate.reviewComment,
        reviewedAt: candidate.reviewedAt?.toISOString() ?? null,
        eligibility: eligibilityOf(candidate, results, scarceArea || scarceSpot),
        version: candidate.version,
      };
    });
  }
}

/**
 * The categories each previous-host candidate was published under in last year's round, by facility and
 * specialty: what an exception keeping last year's hosts (`previousHostOfCategories`) matches.
 */
async function previousHostCategories(
  manager: EntityManager,
  round: NominationRound,
  candidates: Candidate[],
): Promise<Map<string, EligibilityCategoryCode[]>> {
  const facilityIds = [...new Set(candidates.filter((candidate) => candidate.previousHost).map((candidate) => candidate.facilityId))];
  const categories = new Map<string, EligibilityCategoryCode[]>();
  if (facilityIds.length === 0) {
    return categories;
  }
  const previousRound = await manager.findOneBy(NominationRound, { recruitmentYear: round.recruitmentYear - 1, status: 'published' });
  if (!previousRound) {
    return categories;
  }
  const hosts = await manager.findBy(PublishedHost, { roundId: previousRound.id, facilityId: In(facilityIds) });
  for (const host of hosts) {
    const key = `${host.facilityId}|${host.specialtyCode}`;
    categories.set(key, [...(categories.get(key) ?? []), host.categoryCode as EligibilityCategoryCode]);
  }
  return categories;
}

/**
 * A prefecture nominates hosts for the special regional connection program (2026 ③, 2027 ②'): the
 * other categories need no nomination. A row is published under that category when it is eligible.
 */
export const NOMINATED_CATEGORY: EligibilityCategoryCode = 'special-regional';

function eligibilityOf(candidate: Candidate, results: CandidateEligibility['results'], inScarcePlace: boolean): CandidateEligibility {
  const nominated = results.find((result) => result.category === NOMINATED_CATEGORY);
  const eligibleCategories = nominated?.status === 'eligible' ? [NOMINATED_CATEGORY] : [];
  const problems: CandidateProblem[] = [];
  if (candidate.acceptableNumber === null) {
    problems.push({
      code: 'ACCEPTABLE_NUMBER_MISSING',
      field: 'acceptableNumber',
      messageJa: '受入可能数を入力してください。',
      messageEn: 'Enter the acceptable number of residents.',
    });
  }
  if (candidate.acceptablePeriods.length === 0) {
    problems.push({
      code: 'PERIODS_MISSING',
      field: 'acceptablePeriods',
      messageJa: '受入可能な時期と期間を入力してください。',
      messageEn: 'Enter when and for how long residents can come.',
    });
  }
  if (candidate.contactName.trim() === '') {
    problems.push({ code: 'CONTACT_MISSING', field: 'contactName', messageJa: '担当者を入力してください。', messageEn: 'Enter the contact person.' });
  }
  // Outside a scarce area or spot the nomination needs the prefecture's reason (2027 ②').
  const waitsForReason = !inScarcePlace && candidate.reasonOutsideScarce.trim() === '' && nominated?.status === 'conditional';
  if (waitsForReason) {
    problems.push({
      code: 'REASON_MISSING',
      field: 'reasonOutsideScarce',
      messageJa: '医師少数区域・スポット外の施設です。推薦理由を入力してください。',
      messageEn: 'The facility is outside a physician-scarce area or spot: enter the reason for nominating it.',
    });
  } else if (nominated?.status === 'undetermined') {
    problems.push({
      code: 'UNDETERMINED',
      field: null,
      messageJa: '特別地域連携プログラムの対象かどうか、データでは判定できません（理由を参照）。推薦できません。',
      messageEn: 'The data cannot decide the special regional connection program (see the reasons): the row cannot be nominated.',
    });
  } else if (eligibleCategories.length === 0) {
    problems.push({
      code: 'NOT_ELIGIBLE',
      field: null,
      messageJa: '特別地域連携プログラムの要件を満たしていません（理由を参照）。この都道府県・領域では推薦できません。',
      messageEn:
        'The special regional connection program’s conditions are not met (see the reasons): this prefecture cannot nominate hosts for this specialty.',
    });
  }
  return { results, eligibleCategories, problems };
}
