import { Injectable } from '@nestjs/common';
import { EligibilityCategoryCode, HostLedgerResponse } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { CurrentUserContext } from '../accounts/access/current-user';
import { Facility } from '../facilities/facility.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { PublishedHost } from '../nominations/entities/published-host.entity';
import { ConnectionRequest } from './entities/connection-request.entity';
import { isHostUser, isJmsb, isPrefectureOfficer } from './program-scope';
import { outOfScope, ProgramsErrorCode, ProgramsException } from './programs.exception';

/** A host's capacity per round × specialty × category: acceptable, asked for (pending), taken (accepted). */
@Injectable()
export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

  async ledger(actor: CurrentUserContext, facilityId: string, year: number | undefined): Promise<HostLedgerResponse> {
    const manager = this.dataSource.manager;
    const facility = await manager.findOneBy(Facility, { id: facilityId });
    if (!facility) {
      throw new ProgramsException(ProgramsErrorCode.NotFound, 'No such facility.');
    }
    if (!isJmsb(actor) && !isHostUser(actor, facility.id) && !isPrefectureOfficer(actor, facility.prefectureCode)) {
      throw outOfScope('Only the host itself, its prefecture and the JMSB can see this ledger.');
    }
    const round = await manager.findOne(NominationRound, {
      where: { status: 'published', ...(year !== undefined ? { recruitmentYear: year } : {}) },
      order: { recruitmentYear: 'DESC' },
    });
    if (!round) {
      throw new ProgramsException(
        ProgramsErrorCode.RoundNotPublished,
        year !== undefined ? `The ${year} nomination round is not published.` : 'No nomination round is published yet.',
      );
    }
    const hosts = await manager.find(PublishedHost, {
      where: { roundId: round.id, facilityId },
      order: { specialtyCode: 'ASC', categoryCode: 'ASC' },
    });
    const sums = await manager
      .createQueryBuilder(ConnectionRequest, 'request')
      .select('request.publishedHostId', 'publishedHostId')
      .addSelect("COALESCE(SUM(request.placesRequested) FILTER (WHERE request.status = 'pending'), 0)", 'requested')
      .addSelect("COALESCE(SUM(request.placesAccepted) FILTER (WHERE request.status = 'accepted'), 0)", 'accepted')
      .where('request.hostFacilityId = :facilityId', { facilityId })
      .groupBy('request.publishedHostId')
      .getRawMany<{ publishedHostId: string; requested: string; accepted: string }>();
    const sumOf = new Map(sums.map((row) => [row.publishedHostId, row]));
    return {
      facilityId,
      roundId: round.id,
      recruitmentYear: round.recruitmentYear,
      rows: hosts.map((host) => {
        const placesRequested = Number(sumOf.get(host.id)?.requested ?? 0);
        const placesAccepted = Number(sumOf.get(host.id)?.accepted ?? 0);
        return {
          specialtyCode: host.specialtyCode,
          categoryCode: host.categoryCode as EligibilityCategoryCode,
          acceptableNumber: host.acceptableNumber,
          placesRequested,
          placesAccepted,
          remaining: Math.max(host.acceptableNumber - placesAccepted, 0),
        };
      }),
    };
  }
}
