import { Injectable } from '@nestjs/common';
import { ConcentrationHost, ConcentrationQuery, ConcentrationResponse, ConcentrationRow, DEFAULT_CONCENTRATION_THRESHOLD } from '@renkei/contract';
import { DataSource } from 'typeorm';
import { AnalyticsRoundService, readSnapshot } from './analytics-round.service';
import { groupBy, sum } from './group-by';
import { HostPlacement, loadPlacements } from './round-placements';
import { herfindahl } from './shares';

/**
 * Per host prefecture × specialty, how the residents spread over its published hosts: the top host's
 * share and the Herfindahl index, flagged when one hospital absorbs them while others get none
 * (seed 004 p. 4: that raises the prefecture's ratio while the other hospitals stay short).
 */
@Injectable()
export class ConcentrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rounds: AnalyticsRoundService,
  ) {}

  concentration(query: ConcentrationQuery): Promise<ConcentrationResponse> {
    const basis = query.basis ?? 'accepted';
    const threshold = query.threshold ?? DEFAULT_CONCENTRATION_THRESHOLD;
    return readSnapshot(this.dataSource, async (manager) => {
      const resolved = await this.rounds.resolve(manager, query);
      const placements = await loadPlacements(manager, resolved.round.id, {
        prefectureCodes: resolved.prefectureCodes,
        specialtyCode: query.specialty ?? null,
      });
      const rows: ConcentrationRow[] = [];
      for (const cell of groupBy(placements, (host) => `${host.prefectureCode}|${host.specialtyCode}`).values()) {
        const first = cell[0] as HostPlacement;
        const hosts = [...groupBy(cell, (host) => host.facilityId).values()]
          .map(hostFigures)
          .sort((left, right) => right[basis] - left[basis] || left.facilityCode.localeCompare(right.facilityCode));
        const counts = hosts.map((host) => host[basis]);
        const total = sum(counts);
        const index = herfindahl(counts);
        const top = total > 0 ? (hosts[0] ?? null) : null;
        rows.push({
          prefectureCode: first.prefectureCode,
          specialtyCode: first.specialtyCode,
          publishedHosts: hosts.length,
          hostsWithResidents: counts.filter((count) => count > 0).length,
          total,
          topHost: top,
          topShare: top ? top[basis] / total : null,
          herfindahl: index,
          flagged: hosts.length >= 2 && index !== null && index >= threshold,
          hosts,
        });
      }
      return { ...resolved.envelope, basis, threshold, rows };
    });
  }
}

/** One facility's residents over its published rows of the specialty (every category). */
function hostFigures(rows: HostPlacement[]): ConcentrationHost {
  const first = rows[0] as HostPlacement;
  const requests = rows.flatMap((row) => row.requests);
  return {
    facilityId: first.facilityId,
    facilityCode: first.facilityCode,
    name: first.facilityName,
    accepted: sum(requests.map((request) => request.placesAccepted)),
    recruited: sum(requests.map((request) => request.recruited)),
  };
}
