import { Injectable } from '@nestjs/common';
import { HostRecommendation, RecommendationQuery, RegionalBlock } from '@renkei/contract';
import { DataSource, In } from 'typeorm';
import { Facility } from '../facilities/facility.entity';
import { HostProfile } from '../hosts/entities/host-profile.entity';
import { profileCompleteness } from '../hosts/profile-completeness';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { Program } from './entities/program.entity';
import { invalidProgram, ProgramsErrorCode, ProgramsException } from './programs.exception';

const BLOCK_NAMES: Record<RegionalBlock, [ja: string, en: string]> = {
  hokkaido: ['北海道', 'Hokkaido'],
  tohoku: ['東北', 'Tohoku'],
  kanto: ['関東', 'Kanto'],
  chubu: ['中部', 'Chubu'],
  kinki: ['近畿', 'Kinki'],
  chugoku: ['中国', 'Chugoku'],
  shikoku: ['四国', 'Shikoku'],
  kyushu: ['九州', 'Kyushu'],
};

/**
 * Published hosts a base facility could ask, best first. The score adds up, out of 100:
 * remaining places (8 each, up to 40), approved profile completeness (up to 30),
 * nearness (same prefecture 20, same regional block 10: a proxy for travel) and past
 * accepted connections between the two facilities (5 each, up to 15).
 */
@Injectable()
export class RecommendationsService {
  constructor(private readonly dataSource: DataSource) {}

  async recommend(query: RecommendationQuery): Promise<HostRecommendation[]> {
    const manager = this.dataSource.manager;
    const base = await manager.findOneBy(Facility, { id: query.baseFacilityId });
    if (!base || !base.isBase) {
      throw invalidProgram({ baseFacilityId: ['This facility is not registered as a base facility.'] });
    }
    const round = await manager.findOneBy(NominationRound, { recruitmentYear: query.year, status: 'published' });
    if (!round) {
      throw new ProgramsException(ProgramsErrorCode.RoundNotPublished, `The ${query.year} nomination round is not published yet.`);
    }
    const hosts = (await manager.findBy(PublishedHost, { roundId: round.id, specialtyCode: query.specialty, categoryCode: query.category })).filter(
      (host) => host.facilityId !== base.id,
    );
    if (hosts.length === 0) {
      return [];
    }
    const facilityIds = hosts.map((host) => host.facilityId);
    const accepted = await manager
      .createQueryBuilder(ConnectionRequest, 'request')
      .select('request.publishedHostId', 'publishedHostId')
      .addSelect('SUM(request.placesAccepted)', 'total')
      .where('request.publishedHostId IN (:...ids)', { ids: hosts.map((host) => host.id) })
      .andWhere("request.status = 'accepted'")
      .groupBy('request.publishedHostId')
      .getRawMany<{ publishedHostId: string; total: string }>();
    const facilities = await manager.findBy(Facility, { id: In(facilityIds) });
    const profiles = await manager.findBy(HostProfile, { facilityId: In(facilityIds) });
    const prefectures = await manager.find(Prefecture);
    const past = await manager
      .createQueryBuilder(ConnectionRequest, 'request')
      .innerJoin(Program, 'program', 'program.id = request.programId')
      .select('request.hostFacilityId', 'hostFacilityId')
      .addSelect('COUNT(*)', 'total')
      .where('program.baseFacilityId = :baseId', { baseId: base.id })
      .andWhere('program.recruitmentYear < :year', { year: round.recruitmentYear })
      .andWhere("request.status = 'accepted'")
      .andWhere('request.hostFacilityId IN (:...facilityIds)', { facilityIds })
      .groupBy('request.hostFacilityId')
      .getRawMany<{ hostFacilityId: string; total: string }>();
    const acceptedOf = new Map(accepted.map((row) => [row.publishedHostId, Number(row.total)]));
    const pastOf = new Map(past.map((row) => [row.hostFacilityId, Number(row.total)]));
    const facilityById = new Map(facilities.map((facility) => [facility.id, facility]));
    const profileOf = new Map(profiles.map((profile) => [profile.facilityId, profile]));
    const prefectureOf = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture]));
    const basePrefecture = prefectureOf.get(base.prefectureCode);

    const recommendations: HostRecommendation[] = [];
    for (const host of hosts) {
      const facility = facilityById.get(host.facilityId);
      const remaining = host.acceptableNumber - (acceptedOf.get(host.id) ?? 0);
      if (!facility || remaining <= 0) {
        continue;
      }
      const published = profileOf.get(facility.id)?.published;
      const completeness = published ? profileCompleteness(published).percent : null;
      const hostPrefecture = prefectureOf.get(facility.prefectureCode);
      const samePrefecture = facility.prefectureCode === base.prefectureCode;
      const sameBlock = !!hostPrefecture && hostPrefecture.block === basePrefecture?.block;
      const pastConnections = pastOf.get(facility.id) ?? 0;
      const score = Math.round(
        Math.min(remaining, 5) * 8 + (completeness ?? 0) * 0.3 + (samePrefecture ? 20 : sameBlock ? 10 : 0) + Math.min(pastConnections, 3) * 5,
      );
      const reasons: HostRecommendation['reasons'] = [
        { code: 'remaining', messageJa: `残り${remaining}名`, messageEn: `${remaining} ${remaining === 1 ? 'place' : 'places'} left` },
      ];
      if (samePrefecture && hostPrefecture) {
        reasons.push({
          code: 'same-prefecture',
          messageJa: `同じ都道府県（${hostPrefecture.nameJa}）`,
          messageEn: `Same prefecture (${hostPrefecture.nameEn})`,
        });
      } else if (sameBlock && hostPrefecture) {
        const [ja, en] = BLOCK_NAMES[hostPrefecture.block];
        reasons.push({ code: 'same-block', messageJa: `同じ地方（${ja}）`, messageEn: `Same region (${en})` });
      }
      if (pastConnections > 0) {
        reasons.push({
          code: 'past-connections',
          messageJa: `過去に${pastConnections}件の連携`,
          messageEn: `${pastConnections} past ${pastConnections === 1 ? 'connection' : 'connections'}`,
        });
      }
      if (completeness !== null) {
        reasons.push({ code: 'profile', messageJa: `プロフィール充実度 ${completeness}%`, messageEn: `Profile ${completeness}% complete` });
      }
      recommendations.push({
        host: { id: facility.id, facilityCode: facility.facilityCode, name: facility.name, prefectureCode: facility.prefectureCode },
        acceptableNumber: host.acceptableNumber,
        remaining,
        profileCompleteness: completeness,
        samePrefecture,
        sameBlock,
        pastConnections,
        score,
        reasons,
      });
    }
    return recommendations.sort(
      (left, right) => right.score - left.score || right.remaining - left.remaining || left.host.name.localeCompare(right.host.name, 'ja'),
    );
  }
}
