import { Injectable } from '@nestjs/common';
import {
  AnalyticsQuery,
  CapacityDemandResponse,
  CapacityFigures,
  CapacityFlowRow,
  JAPAN_HALVES,
  japanHalfOf,
  REGIONAL_BLOCKS,
  RegionalBlock,
} from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AnalyticsRoundService, readSnapshot } from './analytics-round.service';
import { groupBy, sum } from './group-by';
import { HostPlacement, isLiveRequest, loadPlacements } from './round-placements';

/**
 * Capacity offered (published acceptable numbers) against places requested and accepted, per
 * specialty and block of the hosts' prefectures, per half of Japan, and where requests flow from
 * (bases) to (hosts) between East and West (seed 004: West-Japan programs "want to connect but cannot").
 */
@Injectable()
export class CapacityDemandService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: AnalyticsRoundService,
  ) {}

  capacityDemand(query: AnalyticsQuery): Promise<CapacityDemandResponse> {
    return readSnapshot(this.dataSource, async (manager) => {
      const resolved = await this.rounds.resolve(manager, query);
      const placements = await loadPlacements(manager, resolved.round.id, {
        prefectureCodes: resolved.prefectureCodes,
        specialtyCode: query.specialty ?? null,
      });
      const blockOf = (prefectureCode: string): RegionalBlock => {
        const block = resolved.blockOf.get(prefectureCode);
        if (!block) throw new Error(`prefecture ${prefectureCode} has no regional block in the reference data`);
        return block;
      };
      const blocks = REGIONAL_BLOCKS.filter((block) => !resolved.prefectureCodes || resolved.prefectureCodes.some((code) => blockOf(code) === block));
      const bySpecialtyAndBlock = groupBy(placements, (host) => `${host.specialtyCode}|${blockOf(host.prefectureCode)}`);
      const rows = resolved.specialtyCodes.flatMap((specialtyCode) =>
        blocks.map((block) => ({
          specialtyCode,
          block,
          half: japanHalfOf(block),
          ...figuresOf(bySpecialtyAndBlock.get(`${specialtyCode}|${block}`) ?? []),
        })),
      );
      const bySpecialtyAndHalf = groupBy(placements, (host) => `${host.specialtyCode}|${japanHalfOf(blockOf(host.prefectureCode))}`);
      const halves = resolved.specialtyCodes.flatMap((specialtyCode) =>
        JAPAN_HALVES.filter((half) => blocks.some((block) => japanHalfOf(block) === half)).map((half) => ({
          specialtyCode,
          half,
          ...figuresOf(bySpecialtyAndHalf.get(`${specialtyCode}|${half}`) ?? []),
        })),
      );
      const flows: CapacityFlowRow[] = JAPAN_HALVES.flatMap((baseHalf) =>
        JAPAN_HALVES.map((hostHalf) => {
          const requests = placements
            .filter((host) => japanHalfOf(blockOf(host.prefectureCode)) === hostHalf)
            .flatMap((host) => host.requests)
            .filter((request) => isLiveRequest(request) && japanHalfOf(blockOf(request.basePrefectureCode)) === baseHalf);
          return {
            baseHalf,
            hostHalf,
            requested: sum(requests.map((request) => request.placesRequested)),
            accepted: sum(requests.map((request) => request.placesAccepted)),
          };
        }),
      );
      return { ...resolved.envelope, rows, halves, flows };
    });
  }
}

function figuresOf(hosts: HostPlacement[]): CapacityFigures & { hosts: number } {
  const requests = hosts.flatMap((host) => host.requests).filter(isLiveRequest);
  return {
    hosts: new Set(hosts.map((host) => host.facilityId)).size,
    acceptableNumber: sum(hosts.map((host) => host.acceptableNumber)),
    requested: sum(requests.map((request) => request.placesRequested)),
    accepted: sum(requests.map((request) => request.placesAccepted)),
  };
}
