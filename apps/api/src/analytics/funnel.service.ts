import { Injectable } from '@nestjs/common';
import { EMPTY_FUNNEL_COUNTS, FUNNEL_OUTCOMES, FunnelCell, FunnelCounts, FunnelQuery, FunnelResponse } from '@renkei/contract';
import { DataSource, EntityManager } from 'typeorm';
import { withSampleNote } from '../eligibility/category-result';
import { evaluatorOf } from '../eligibility/eligibility-data.service';
import { NOMINATED_CATEGORY } from '../nominations/candidate-views.service';
import { AnalyticsRoundService, readSnapshot, ResolvedRound } from './analytics-round.service';
import { invalidQuery } from './analytics.exception';
import { eligibilityBreakReasons } from './eligibility-break-reasons';
import { countEligibleHosts } from './eligible-hosts';
import { funnelOutcome } from './funnel-outcome';
import { groupBy, sum } from './group-by';
import { isLiveRequest, loadPlacements } from './round-placements';

interface CandidateCountRow {
  prefecture_code: string;
  specialty_code: string;
  candidates: number;
  confirmed: number;
}

/**
 * Per prefecture × specialty for one category of a round: eligible host facilities → candidates →
 * confirmed → published → places requested → accepted → recruited → residents who went, and where
 * the chain breaks (seed 004: no facility, or no match).
 */
@Injectable()
export class FunnelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: AnalyticsRoundService,
  ) {}

  funnel(query: FunnelQuery): Promise<FunnelResponse> {
    return readSnapshot(this.dataSource, async (manager) => {
      const resolved = await this.rounds.resolve(manager, query);
      const { inputs, round } = resolved;
      const category = query.category ?? NOMINATED_CATEGORY;
      const rule = inputs.ruleSet.categories.find((candidate) => candidate.code === category);
      if (!rule) {
        const known = inputs.ruleSet.categories.map((candidate) => candidate.code).join(', ');
        throw invalidQuery('category', `The ${round.recruitmentYear} rules have no category ${category}: choose one of ${known}`);
      }
      const evaluator = evaluatorOf(inputs);
      const nominatedCategory = category === NOMINATED_CATEGORY;
      // One after another: the queries share the snapshot's connection.
      const eligible = await countEligibleHosts(manager, evaluator, inputs.exceptions, {
        roundId: round.id,
        recruitmentYear: round.recruitmentYear,
        prefectureCodes: resolved.prefectureCodes,
        specialtyCodes: resolved.specialtyCodes,
        categoryCodes: [category],
      });
      const candidates = nominatedCategory ? await countCandidates(manager, resolved) : new Map<string, CandidateCountRow>();
      const placements = await loadPlacements(manager, round.id, {
        prefectureCodes: resolved.prefectureCodes,
        specialtyCode: query.specialty ?? null,
      });
      const hostsByCell = groupBy(
        placements.filter((host) => host.categoryCode === category),
        (host) => `${host.prefectureCode}|${host.specialtyCode}`,
      );

      const cells: FunnelCell[] = [];
      for (const prefecture of inputs.prefectures) {
        if (resolved.prefectureCodes && !resolved.prefectureCodes.includes(prefecture.code)) {
          continue;
        }
        for (const specialtyCode of resolved.specialtyCodes) {
          const key = `${prefecture.code}|${specialtyCode}`;
          const hosts = hostsByCell.get(key) ?? [];
          const requests = hosts.flatMap((host) => host.requests).filter(isLiveRequest);
          const nominated = candidates.get(key);
          const counts: FunnelCounts = {
            ...(eligible.cells.get(`${key}|${category}`) ?? { eligible: 0, undetermined: 0 }),
            candidates: nominated?.candidates ?? 0,
            confirmed: nominated?.confirmed ?? 0,
            published: new Set(hosts.map((host) => host.facilityId)).size,
            acceptableNumber: sum(hosts.map((host) => host.acceptableNumber)),
            requested: sum(requests.map((request) => request.placesRequested)),
            accepted: sum(requests.map((request) => request.placesAccepted)),
            recruited: sum(requests.map((request) => request.recruited)),
            rotated: sum(requests.map((request) => request.rotated)),
          };
          const outcome = funnelOutcome(counts, {
            nominatedCategory,
            awaitingAnswer: requests.some((request) => request.status === 'pending'),
            resultsPending: requests.some((request) => request.status === 'accepted' && !request.resultsReported),
          });
          const decision = evaluator
            .evaluatePrefecture({ prefectureCode: prefecture.code, specialtyCode })
            .categories.find((candidate) => candidate.categoryCode === category);
          const breaksAtEligibility = outcome === 'no-eligible-facility' || outcome === 'eligibility-undetermined';
          cells.push({
            prefectureCode: prefecture.code,
            specialtyCode,
            categoryCode: category,
            prefectureStatus: decision?.status ?? 'undetermined',
            ...counts,
            outcome,
            reasons:
              breaksAtEligibility && decision
                ? withSampleNote(
                    eligibilityBreakReasons(decision, rule, {
                      facilities: eligible.poolByPrefecture.get(prefecture.code) ?? 0,
                      undetermined: counts.undetermined,
                    }),
                    resolved.envelope.round.datasets,
                  )
                : [],
          });
        }
      }
      const shown = query.outcome ? cells.filter((cell) => cell.outcome === query.outcome) : cells;
      return {
        ...resolved.envelope,
        category,
        categories: inputs.ruleSet.categories.map((candidate) => ({
          code: candidate.code,
          label: candidate.label,
          nameJa: candidate.nameJa,
          nameEn: candidate.nameEn,
          nominated: candidate.code === NOMINATED_CATEGORY,
        })),
        totals: totalsOf(shown),
        outcomes: FUNNEL_OUTCOMES.map((outcome) => ({ outcome, cells: cells.filter((cell) => cell.outcome === outcome).length })),
        cells: shown,
      };
    });
  }
}

/** Facilities on submitted lists, and those the society confirmed (a returned list is back with its prefecture). */
async function countCandidates(manager: EntityManager, resolved: ResolvedRound): Promise<Map<string, CandidateCountRow>> {
  const rows = await manager.query<CandidateCountRow[]>(
    `SELECT c.prefecture_code, c.specialty_code,
            COUNT(DISTINCT c.facility_id)::int AS candidates,
            COUNT(DISTINCT c.facility_id) FILTER (WHERE c.review_status = 'confirmed')::int AS confirmed
       FROM candidate c
       JOIN prefecture_submission s ON s.id = c.submission_id AND s.status = 'submitted'
      WHERE c.round_id = $1 AND ($2::char(2)[] IS NULL OR c.prefecture_code = ANY ($2)) AND c.specialty_code = ANY ($3)
      GROUP BY 1, 2`,
    [resolved.round.id, resolved.prefectureCodes, resolved.specialtyCodes],
  );
  return new Map(rows.map((row) => [`${row.prefecture_code}|${row.specialty_code}`, row]));
}

function totalsOf(cells: FunnelCell[]): FunnelCounts {
  const totals = { ...EMPTY_FUNNEL_COUNTS };
  for (const cell of cells) {
    for (const stage of Object.keys(EMPTY_FUNNEL_COUNTS) as (keyof FunnelCounts)[]) {
      totals[stage] += cell[stage];
    }
  }
  return totals;
}
