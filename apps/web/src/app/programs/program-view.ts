import { ConnectionRequestResponse, ProgramResponse } from '@renkei/contract';

/** For a prefecture officer: programs coming into the prefecture (a host there) or going out of it (the base there). */
export type ProgramDirection = 'all' | 'into' | 'out';

export function goesInto(program: ProgramResponse, prefectureCodes: readonly string[]): boolean {
  return program.requests.some((request) => prefectureCodes.includes(request.host.prefectureCode));
}

export function goesOutOf(program: ProgramResponse, prefectureCodes: readonly string[]): boolean {
  return prefectureCodes.includes(program.base.prefectureCode);
}

export function filterByDirection(
  programs: readonly ProgramResponse[],
  direction: ProgramDirection,
  prefectureCodes: readonly string[],
): ProgramResponse[] {
  switch (direction) {
    case 'into':
      return programs.filter((program) => goesInto(program, prefectureCodes));
    case 'out':
      return programs.filter((program) => goesOutOf(program, prefectureCodes));
    case 'all':
      return [...programs];
  }
}

/** Places the hosts have accepted so far (withdrawn and declined requests count nothing). */
export function acceptedPlaces(program: ProgramResponse): number {
  return program.requests.reduce((sum, request) => sum + (request.status === 'accepted' ? (request.placesAccepted ?? 0) : 0), 0);
}

/** The requests addressed to one of these facilities, each with its program, newest program first. */
export function incomingRequests(
  programs: readonly ProgramResponse[],
  facilityIds: readonly string[],
): { program: ProgramResponse; request: ConnectionRequestResponse }[] {
  return [...programs]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .flatMap((program) => program.requests.filter((request) => facilityIds.includes(request.host.id)).map((request) => ({ program, request })));
}
