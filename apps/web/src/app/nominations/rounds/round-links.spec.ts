import { round } from '../../testing/nomination.fixtures';
import { roundLinks } from './round-links';

describe('roundLinks', () => {
  const id = round().id;

  it('sends each role where it acts', () => {
    expect(roundLinks(round(), [{ role: 'jmsb' }])).toEqual([{ kind: 'round', path: `/nominations/rounds/${id}` }]);
    expect(roundLinks(round(), [{ role: 'prefecture', prefectureCode: '02' }])).toEqual([
      { kind: 'prefecture-list', path: `/nominations/rounds/${id}/prefectures/02`, prefectureCode: '02' },
    ]);
    // A society has nothing to review until the JMSB sends the candidates.
    expect(roundLinks(round(), [{ role: 'society', specialtyCode: 'pediatrics' }])).toEqual([]);
    expect(roundLinks(round({ status: 'reviewing' }), [{ role: 'society', specialtyCode: 'pediatrics' }])).toEqual([
      { kind: 'review', path: `/nominations/rounds/${id}/review/pediatrics`, specialtyCode: 'pediatrics' },
    ]);
  });

  it('adds the public list once published, and ignores roles without a workflow step', () => {
    expect(roundLinks(round({ status: 'published' }), [{ role: 'host-facility', facilityId: 'x' }])).toEqual([
      { kind: 'published', path: `/hosts/lists/${id}` },
    ]);
  });
});
