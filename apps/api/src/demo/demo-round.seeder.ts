import { Injectable, Logger } from '@nestjs/common';
import { HostProfileContent } from '@renkei/contract';
import { EntityManager, In } from 'typeorm';
import { FacilityEvaluationService } from '../eligibility/facility-evaluation.service';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { Facility } from '../facilities/facility.entity';
import { HostListingIndexer } from '../hosts/directory/host-listing.indexer';
import { HostProfile } from '../hosts/entities/host-profile.entity';
import { NOMINATED_CATEGORY } from '../nominations/candidate-views.service';
import { Candidate } from '../nominations/entities/candidate.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PrefectureSubmission } from '../nominations/entities/prefecture-submission.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { PhysicianScarceDesignation } from '../reference-data/entities/physician-scarce-designation.entity';

/** The round the demo has already published, so the host directory has something to show. */
export const DEMO_ROUND_YEAR = 2026;
const DEMO_SPECIALTIES = ['internal-medicine', 'pediatrics', 'surgery', 'emergency-medicine', 'general-medicine'];
const DAY = 86_400_000;

/**
 * A published 2026 round as the workflow would leave it: every host facility in a physician-scarce
 * area, for the demo specialties the round's rules make eligible for the special regional program,
 * submitted, confirmed and published. Sample hosts get an approved profile; the demo host account's
 * facility does not, so its profile can be written in the demo.
 */
@Injectable()
export class DemoRoundSeeder {
  private readonly logger = new Logger(DemoRoundSeeder.name);

  constructor(
    private readonly evaluation: FacilityEvaluationService,
    private readonly listings: HostListingIndexer,
  ) {}

  async seed(manager: EntityManager, openedBy: string): Promise<void> {
    if (await manager.existsBy(NominationRound, { recruitmentYear: DEMO_ROUND_YEAR })) {
      return;
    }
    const ruleSet = await manager.findOneBy(RuleSetRecord, { recruitmentYear: DEMO_ROUND_YEAR, status: 'active' });
    if (!ruleSet) {
      return;
    }
    const scarceAreas = new Set((await manager.findBy(PhysicianScarceDesignation, { physicianScarce: true })).map((row) => row.areaCode));
    const hosts = (await manager.find(Facility, { where: { isHost: true, sample: true }, order: { facilityCode: 'ASC' } })).filter((facility) =>
      scarceAreas.has(facility.secondaryMedicalAreaCode),
    );
    const evaluator = await this.evaluation.evaluatorFor(ruleSet.id, manager);
    const places = hosts.flatMap((facility) =>
      DEMO_SPECIALTIES.flatMap((specialtyCode) => {
        const result = evaluator
          .facility({
            key: `${facility.facilityCode}:${specialtyCode}`,
            facilityCode: facility.facilityCode,
            specialtyCode,
            prefectureCode: facility.prefectureCode,
            secondaryAreaCode: facility.secondaryMedicalAreaCode,
            scarceArea: true,
            scarceSpot: false,
            nomination: { status: 'nominated', reason: null },
            previousHost: false,
          })
          .find((category) => category.category === NOMINATED_CATEGORY);
        return result?.status === 'eligible' ? [{ facility, specialtyCode, result }] : [];
      }),
    );

    const now = Date.now();
    const round = await manager.save(
      manager.create(NominationRound, {
        recruitmentYear: DEMO_ROUND_YEAR,
        ruleSetId: ruleSet.id,
        status: 'published',
        prefectureDeadline: new Date(now - 60 * DAY),
        societyDeadline: new Date(now - 30 * DAY),
        message: '（デモ）公表済みの募集です。',
        expectedPlaces: {},
        openedBy,
        sentToSocietiesAt: new Date(now - 59 * DAY),
        publishedAt: new Date(now - 20 * DAY),
      }),
    );
    const prefectureCodes = [...new Set(places.map((place) => place.facility.prefectureCode))];
    const submissions = await manager.save(
      prefectureCodes.map((prefectureCode) =>
        manager.create(PrefectureSubmission, {
          roundId: round.id,
          prefectureCode,
          status: 'submitted',
          submittedAt: new Date(now - 61 * DAY),
          submittedBy: openedBy,
        }),
      ),
    );
    const submissionOf = new Map(submissions.map((submission) => [submission.prefectureCode, submission.id]));
    const rows = places.map((place, index) => ({ ...place, acceptableNumber: 1 + (index % 3), acceptablePeriods: periodsFor(index) }));
    const candidates = await manager.save(
      rows.map((row) =>
        manager.create(Candidate, {
          roundId: round.id,
          submissionId: submissionOf.get(row.facility.prefectureCode),
          prefectureCode: row.facility.prefectureCode,
          facilityId: row.facility.id,
          specialtyCode: row.specialtyCode,
          origin: 'scarce-area',
          previousHost: false,
          acceptableNumber: row.acceptableNumber,
          acceptablePeriods: row.acceptablePeriods,
          contactName: '臨床研修センター（デモ）',
          contactEmail: null,
          contactPhone: '',
          reasonOutsideScarce: '',
          councilConsultedOn: null,
          councilNote: '',
          universityConsultedOn: null,
          universityNote: '',
          reviewStatus: 'confirmed',
          reviewedAt: new Date(now - 35 * DAY),
          reviewedBy: openedBy,
        }),
      ),
      { chunk: 200 },
    );
    await manager.save(
      rows.map((row, index) =>
        manager.create(PublishedHost, {
          roundId: round.id,
          candidateId: candidates[index]?.id,
          facilityId: row.facility.id,
          facilityCode: row.facility.facilityCode,
          facilityName: row.facility.name,
          prefectureCode: row.facility.prefectureCode,
          address: row.facility.address,
          specialtyCode: row.specialtyCode,
          categoryCode: row.result.category,
          categoryNameJa: row.result.nameJa,
          categoryNameEn: row.result.nameEn,
          acceptableNumber: row.acceptableNumber,
          acceptablePeriods: row.acceptablePeriods,
          sample: true,
        }),
      ),
      { chunk: 200 },
    );

    const profiled = [...new Map(rows.map((row) => [row.facility.id, row.facility])).values()].filter((facility) =>
      facility.facilityCode.startsWith('SAMPLE-'),
    );
    const existing = new Set(
      (await manager.findBy(HostProfile, { facilityId: In(profiled.map((facility) => facility.id)) })).map((p) => p.facilityId),
    );
    await manager.save(
      profiled
        .filter((facility) => !existing.has(facility.id))
        .map((facility, index) => {
          const content = sampleProfile(facility, index);
          return manager.create(HostProfile, {
            facilityId: facility.id,
            status: 'approved',
            draft: content,
            published: content,
            publishedAt: new Date(now - 15 * DAY),
            reviewComment: null,
            reviewedBy: openedBy,
          });
        }),
      { chunk: 200 },
    );
    await this.listings.indexRound(manager, round.id);
    this.logger.log(
      `Published the demo ${DEMO_ROUND_YEAR} round: ${rows.length} places at ${new Set(rows.map((row) => row.facility.id)).size} hosts`,
    );
  }
}

function periodsFor(index: number) {
  return index % 2 === 0
    ? [{ startMonth: `${DEMO_ROUND_YEAR}-04`, months: 12 }]
    : [
        { startMonth: `${DEMO_ROUND_YEAR}-04`, months: 6 },
        { startMonth: `${DEMO_ROUND_YEAR}-10`, months: 6 },
      ];
}

/** Invented but plausible answers, varied so every directory filter finds some hosts and misses others. */
function sampleProfile(facility: Facility, index: number): HostProfileContent {
  const beds = facility.bedCount ?? 200;
  return {
    training: {
      overview: `（サンプル）${facility.municipality || '地域'}の中核病院として、救急から慢性期まで地域医療を幅広く経験できます。`,
      departments: '内科、小児科、外科、救急科、総合診療科',
      cases: '肺炎、心不全、脳卒中、糖尿病、小児の急性疾患、外傷',
      supervisingDoctors: 4 + (index % 9),
      patientsPerResident: 6 + (index % 6),
      conferencesPerWeek: 2 + (index % 3),
      outpatientDaysPerWeek: 1 + (index % 2),
      feedbackFrequency: index % 3 === 0 ? 'daily' : 'weekly',
      residentRoom: index % 2 === 0 ? 'residents-only' : 'shared-with-seniors',
      literatureSearch: true,
      simulators: index % 3 !== 2,
      onCallNightsPerMonth: 3 + (index % 4),
      onCallStaffing: '上級医1名と専攻医1名',
      onCallBackup: true,
      erVisitsPerMonth: Math.round(beds * 1.5),
      ambulancesPerMonth: Math.round(beds / 2),
      admissionsPerMonth: Math.round(beds * 0.8),
      pastExchanges: '近隣の大学病院から毎年専攻医を受け入れています。',
      familySupport: index % 4 === 0 ? '院内保育所あり。妊娠中の当直免除。' : '産休・育休の取得実績あり。',
      wellbeingSupport: '月1回の面談、産業医への相談窓口',
      salaryAndWelfare: '当院規定による給与、社会保険完備',
      thirdPartyEvaluation: index % 2 === 0,
    },
    living: {
      dormitory: index % 3 !== 1,
      housingAllowanceYen: index % 3 === 1 ? 30000 : 0,
      travelAllowance: true,
      carNeeded: index % 4 === 0,
      licenceNeeded: index % 4 === 0,
      distanceToHospitalKm: 0.5 + (index % 5),
      nightCallSafety: '夜間の呼び出しはタクシー利用可（病院負担）',
      childcareNearby: index % 2 === 0,
      schooling: '徒歩圏内に小学校・中学校あり',
      relocationSupport: index % 3 === 0,
    },
    message: `${facility.name}で、地域に根ざした研修を一緒に行いましょう。`,
    contact: { name: '臨床研修センター（サンプル）', email: null, phone: null },
    photos: [],
  };
}
