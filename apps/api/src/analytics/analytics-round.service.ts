import { Injectable } from '@nestjs/common';
import { AnalyticsEnvelope, AnalyticsQuery, RegionalBlock } from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { datasetRefs, EligibilityDataService, EngineInputs, ruleSetSummary } from '../eligibility/eligibility-data.service';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { NominationRound } from '../nominations/entities/nomination-round.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { AnalyticsErrorCode, AnalyticsException, invalidQuery } from './analytics.exception';

/** The round a view reads, the engine inputs of its pinned rule set, and the filters resolved against the reference data. */
export interface ResolvedRound {
  round: NominationRound;
  inputs: EngineInputs;
  envelope: AnalyticsEnvelope;
  blockOf: ReadonlyMap<string, RegionalBlock>;
  /** The filtered prefecture codes; null when every prefecture is asked for. */
  prefectureCodes: string[] | null;
  /** The filtered specialty codes, in display order. */
  specialtyCodes: string[];
}

/** Every view reads one consistent snapshot, and never writes. */
export function readSnapshot<T>(dataSource: DataSource, read: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    return read(manager);
  });
}

@Injectable()
export class AnalyticsRoundService {
  constructor(private readonly data: EligibilityDataService) {}

  /** The round of the asked year, or the latest round; 404 when there is none. */
  async resolve(manager: EntityManager, query: AnalyticsQuery): Promise<ResolvedRound> {
    const rounds = await manager.find(NominationRound, { order: { recruitmentYear: 'DESC' } });
    const years = rounds.map((round) => round.recruitmentYear);
    const round = query.year === undefined ? rounds[0] : rounds.find((candidate) => candidate.recruitmentYear === query.year);
    if (!round) {
      throw new AnalyticsException(
        AnalyticsErrorCode.RoundNotFound,
        query.year === undefined
          ? 'No nomination round has been opened yet: there is nothing to analyse.'
          : `There is no nomination round for ${query.year} (rounds: ${years.join(', ') || 'none'}).`,
      );
    }
    const record = await manager.findOneByOrFail(RuleSetRecord, { id: round.ruleSetId });
    const inputs = await this.data.loadFor(record, {}, manager);
    const prefectures = await manager.find(Prefecture, { order: { code: 'ASC' } });
    const blockOf = new Map(prefectures.map((prefecture) => [prefecture.code, prefecture.block]));
    if (query.prefecture && !blockOf.has(query.prefecture)) {
      throw invalidQuery('prefecture', `prefecture ${query.prefecture} does not exist: use a code from 01 to 47`);
    }
    if (query.specialty && !inputs.specialties.some((specialty) => specialty.code === query.specialty)) {
      throw invalidQuery('specialty', `specialty ${query.specialty} is not one of the 19 basic specialties`);
    }
    const prefectureCodes =
      query.prefecture || query.block
        ? prefectures
            .filter((prefecture) => (!query.prefecture || prefecture.code === query.prefecture) && (!query.block || prefecture.block === query.block))
            .map((prefecture) => prefecture.code)
        : null;
    return {
      round,
      inputs,
      blockOf,
      prefectureCodes,
      specialtyCodes: inputs.specialties.map((specialty) => specialty.code).filter((code) => !query.specialty || code === query.specialty),
      envelope: {
        round: {
          id: round.id,
          recruitmentYear: round.recruitmentYear,
          status: round.status,
          publishedAt: round.publishedAt?.toISOString() ?? null,
          ruleSet: ruleSetSummary(record),
          datasets: datasetRefs(inputs),
        },
        years,
      },
    };
  }
}
