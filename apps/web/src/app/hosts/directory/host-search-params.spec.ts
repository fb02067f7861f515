import { paramsFromSearch, searchFromParams } from './host-search-params';

describe('host search URL', () => {
  it('round-trips every parameter', () => {
    const params = {
      q: 'さくら',
      specialty: 'internal-medicine',
      category: 'special-regional',
      prefecture: '02',
      block: 'tohoku',
      physicianScarce: 'true',
      dormitory: 'true',
      housingSupport: 'true',
      carNotNeeded: 'true',
      childcare: 'true',
      month: '2027-04',
      sort: 'completeness',
      page: '3',
    };
    const search = searchFromParams(params);
    expect(search).toEqual({
      q: 'さくら',
      specialty: 'internal-medicine',
      category: 'special-regional',
      prefecture: '02',
      block: 'tohoku',
      physicianScarce: true,
      dormitory: true,
      housingSupport: true,
      carNotNeeded: true,
      childcare: true,
      month: '2027-04',
      sort: 'completeness',
      page: 3,
    });
    expect(paramsFromSearch(search)).toEqual(params);
  });

  it('ignores values the API would refuse, so an old or edited link still shows results', () => {
    expect(
      searchFromParams({
        q: '   ',
        specialty: 'Internal Medicine',
        category: 'everything',
        prefecture: '2',
        block: 'mars',
        dormitory: 'yes',
        childcare: 'false',
        month: '2027-13',
        sort: 'random',
        page: '0',
        unknown: 'x',
      }),
    ).toEqual({});
    expect(searchFromParams({ page: '1.5' })).toEqual({});
    expect(searchFromParams({ q: ['a', 'b'] })).toEqual({});
  });

  it('leaves out page 1 and empty values, so shared links stay short', () => {
    expect(paramsFromSearch({ q: '', page: 1, specialty: undefined, prefecture: '13' })).toEqual({ prefecture: '13' });
  });
});
