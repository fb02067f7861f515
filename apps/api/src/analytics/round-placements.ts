import { ConnectionRequestStatus } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { groupBy } from './group-by';
import { shareByWeights } from './shares';

/** One connection request as the analytics count it. */
export interface RequestPlacement {
  status: ConnectionRequestStatus;
  placesRequested: number;
  placesAccepted: number;
  /** The program's recruited residents shared among its accepted hosts by places accepted. */
  recruited: number;
  /** Accepted, and its program has reported its recruitment. */
  resultsReported: boolean;
  rotated: number;
  basePrefectureCode: string;
}

/** One published host row (round × facility × specialty × category) with the requests drawing on it. */
export interface HostPlacement {
  facilityId: string;
  facilityCode: string;
  facilityName: string;
  prefectureCode: string;
  specialtyCode: string;
  categoryCode: string;
  acceptableNumber: number;
  requests: RequestPlacement[];
}

export interface PlacementFilter {
  /** null: every prefecture. */
  prefectureCodes: readonly string[] | null;
  specialtyCode: string | null;
}

interface HostRow {
  id: string;
  facility_id: string;
  facility_code: string;
  facility_name: string;
  prefecture_code: string;
  specialty_code: string;
  category_code: string;
  acceptable_number: number;
}

interface RequestRow {
  program_id: string;
  published_host_id: string;
  status: ConnectionRequestStatus;
  places_requested: number;
  places_accepted: number | null;
  recruited: number | null;
  base_prefecture_code: string;
  rotated: number;
}

/**
 * A round's published hosts and every request to them, in two queries. Requests are read for whole
 * programs (not only the filtered hosts), so a program's recruited residents are shared the same way
 * whichever prefecture is looked at.
 */
export async function loadPlacements(manager: EntityManager, roundId: string, filter: PlacementFilter): Promise<HostPlacement[]> {
  const hosts = await manager.query<HostRow[]>(
    `SELECT id, facility_id, facility_code, facility_name, prefecture_code, specialty_code, category_code, acceptable_number
         FROM published_host
        WHERE round_id = $1 AND ($2::varchar IS NULL OR specialty_code = $2) AND ($3::char(2)[] IS NULL OR prefecture_code = ANY ($3))
        ORDER BY prefecture_code, specialty_code, facility_code, category_code`,
    [roundId, filter.specialtyCode, filter.prefectureCodes],
  );
  const requests = await manager.query<RequestRow[]>(
    `SELECT r.program_id, r.published_host_id, r.status, r.places_requested, r.places_accepted, p.recruited,
              b.prefecture_code AS base_prefecture_code,
              (SELECT COUNT(*)::int FROM rotation_record rr WHERE rr.request_id = r.id) AS rotated
         FROM connection_request r
         JOIN program p ON p.id = r.program_id
         JOIN facility b ON b.id = p.base_facility_id
        WHERE p.round_id = $1 AND ($2::varchar IS NULL OR p.specialty_code = $2)
        ORDER BY r.program_id, r.created_at, r.id`,
    [roundId, filter.specialtyCode],
  );
  const requestsByHost = new Map<string, RequestPlacement[]>();
  for (const program of groupBy(requests, (row) => row.program_id).values()) {
    const accepted = program.map((row) => (row.status === 'accepted' ? (row.places_accepted ?? 0) : 0));
    const recruited = shareByWeights(program[0]?.recruited ?? 0, accepted);
    program.forEach((row, index) => {
      const list = requestsByHost.get(row.published_host_id) ?? [];
      list.push({
        status: row.status,
        placesRequested: row.places_requested,
        placesAccepted: accepted[index] ?? 0,
        recruited: recruited[index] ?? 0,
        resultsReported: row.status === 'accepted' && row.recruited !== null,
        rotated: row.rotated,
        basePrefectureCode: row.base_prefecture_code,
      });
      requestsByHost.set(row.published_host_id, list);
    });
  }
  return hosts.map((host) => ({
    facilityId: host.facility_id,
    facilityCode: host.facility_code,
    facilityName: host.facility_name,
    prefectureCode: host.prefecture_code,
    specialtyCode: host.specialty_code,
    categoryCode: host.category_code,
    acceptableNumber: host.acceptable_number,
    requests: requestsByHost.get(host.id) ?? [],
  }));
}

/** Places requested and still asked for: a withdrawn request gave its places back. */
export function isLiveRequest(request: RequestPlacement): boolean {
  return request.status !== 'withdrawn';
}
