import { Injectable } from '@nestjs/common';
import { DirectoryPlaceDetail, EligibilityCategoryCode, PublicHostResponse } from '@renkei/contract';
import { DataSource, In } from 'typeorm';
import { FacilityEvaluationService } from '../../eligibility/facility-evaluation.service';
import { Facility } from '../../facilities/facility.entity';
import { Candidate } from '../../nominations/entities/candidate.entity';
import { PublishedHost } from '../../nominations/entities/published-host.entity';
import { PhysicianScarceDesignation } from '../../reference-data/entities/physician-scarce-designation.entity';
import { PhysicianScarceSpot } from '../../reference-data/entities/physician-scarce-spot.entity';
import { Prefecture } from '../../reference-data/entities/prefecture.entity';
import { HostProfile } from '../entities/host-profile.entity';
import { HostProfilesErrorCode, HostProfilesException } from '../host-profiles.exception';
import { PrefectureProfile } from '../prefecture-profiles/prefecture-profile.entity';
import { profileCompleteness } from '../profile-completeness';
import { currentRound, toDirectoryRound } from './host-search.service';

/** The public host page: a published host of the current round, its places explained, its approved profile. */
@Injectable()
export class HostPageService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly evaluation: FacilityEvaluationService,
  ) {}

  async get(facilityId: string): Promise<PublicHostResponse> {
    const manager = this.dataSource.manager;
    const round = await currentRound(manager);
    const hosts = round
      ? await manager.find(PublishedHost, { where: { roundId: round.id, facilityId }, order: { specialtyCode: 'ASC', categoryCode: 'ASC' } })
      : [];
    if (!round || hosts.length === 0) {
      throw new HostProfilesException(HostProfilesErrorCode.NotFound, 'This facility is not a published host of the current round.');
    }
    const facility = await manager.findOneByOrFail(Facility, { id: facilityId });
    const prefecture = await manager.findOneByOrFail(Prefecture, { code: facility.prefectureCode });
    const profile = await manager.findOneBy(HostProfile, { facilityId });
    const prefectureProfile = await manager.findOneBy(PrefectureProfile, { prefectureCode: facility.prefectureCode });
    const candidates = await manager.findBy(Candidate, { id: In(hosts.map((host) => host.candidateId)) });
    const scarceArea = await manager.existsBy(PhysicianScarceDesignation, { areaCode: facility.secondaryMedicalAreaCode, physicianScarce: true });
    const scarceSpot = await manager.existsBy(PhysicianScarceSpot, { prefectureCode: facility.prefectureCode, municipality: facility.municipality });
    const evaluator = await this.evaluation.evaluatorFor(round.ruleSetId, manager);
    const candidateById = new Map(candidates.map((candidate) => [candidate.id, candidate]));
    const places: DirectoryPlaceDetail[] = hosts.map((host) => {
      const candidate = candidateById.get(host.candidateId);
      // Evaluated as the candidate views do: being published is the nomination, with the prefecture's reason.
      const results = evaluator.facility({
        key: host.id,
        facilityCode: facility.facilityCode,
        specialtyCode: host.specialtyCode,
        prefectureCode: facility.prefectureCode,
        secondaryAreaCode: facility.secondaryMedicalAreaCode,
        scarceArea,
        scarceSpot,
        nomination: { status: 'nominated', reason: candidate?.reasonOutsideScarce.trim() || null },
        previousHost: candidate?.previousHost ?? false,
      });
      return {
        specialtyCode: host.specialtyCode,
        categoryCode: host.categoryCode as EligibilityCategoryCode,
        categoryNameJa: host.categoryNameJa,
        categoryNameEn: host.categoryNameEn,
        acceptableNumber: host.acceptableNumber,
        acceptablePeriods: host.acceptablePeriods,
        eligibility: results.find((result) => result.category === host.categoryCode) ?? null,
      };
    });
    const published = profile?.published ?? null;
    return {
      facilityId: facility.id,
      facilityCode: facility.facilityCode,
      name: facility.name,
      prefectureCode: facility.prefectureCode,
      block: prefecture.block,
      secondaryMedicalAreaCode: facility.secondaryMedicalAreaCode,
      municipality: facility.municipality,
      address: facility.address,
      bedCount: facility.bedCount,
      physicianScarceArea: scarceArea,
      physicianScarceSpot: scarceSpot,
      sample: facility.sample,
      round: toDirectoryRound(round),
      places,
      profile: published,
      profileCompleteness: published ? profileCompleteness(published).percent : null,
      profilePublishedAt: published ? (profile?.publishedAt?.toISOString() ?? null) : null,
      prefectureProfile: prefectureProfile?.content ?? null,
    };
  }
}
