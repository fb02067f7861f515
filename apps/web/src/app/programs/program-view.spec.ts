import { BASE, HOST, OTHER_HOST, connectionRequest, program } from './testing/program.fixtures';
import { acceptedPlaces, filterByDirection, incomingRequests } from './program-view';

describe('program views', () => {
  const intoAomori = program({ id: 'into', base: BASE, requests: [connectionRequest({ host: HOST })] });
  const outOfChiba = program({ id: 'out', base: { ...BASE, prefectureCode: '12' }, requests: [connectionRequest({ host: HOST })] });

  it('splits a prefecture officer’s programs into those coming in and those going out', () => {
    expect(filterByDirection([intoAomori, outOfChiba], 'into', ['02']).map((item) => item.id)).toEqual(['into', 'out']);
    expect(filterByDirection([intoAomori, outOfChiba], 'out', ['12']).map((item) => item.id)).toEqual(['out']);
    expect(filterByDirection([intoAomori, outOfChiba], 'into', ['12'])).toEqual([]);
    expect(filterByDirection([intoAomori, outOfChiba], 'all', ['12'])).toHaveLength(2);
  });

  it('counts only accepted places', () => {
    const mixed = program({
      requests: [
        connectionRequest({ status: 'accepted', placesAccepted: 2 }),
        connectionRequest({ id: 'x', status: 'withdrawn', placesAccepted: 1 }),
        connectionRequest({ id: 'y', status: 'pending' }),
      ],
    });
    expect(acceptedPlaces(mixed)).toBe(2);
  });

  it('lists only the requests addressed to my facility, newest program first', () => {
    const older = program({ id: 'older', createdAt: '2026-11-01T00:00:00.000Z', requests: [connectionRequest({ id: 'r1' })] });
    const newer = program({
      id: 'newer',
      createdAt: '2026-11-20T00:00:00.000Z',
      requests: [connectionRequest({ id: 'r2' }), connectionRequest({ id: 'r3', host: OTHER_HOST })],
    });
    expect(incomingRequests([older, newer], [HOST.id]).map((row) => row.request.id)).toEqual(['r2', 'r1']);
  });
});
