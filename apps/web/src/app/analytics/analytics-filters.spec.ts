import { SHARED_FILTERS, VIEW_FILTERS, filtersFromParams, paramsFromFilters } from './analytics-filters';

describe('analytics filters in the URL', () => {
  it('reads every filter of a view and writes the same query parameters back', () => {
    const params = {
      year: '2027',
      prefecture: '02',
      specialty: 'internal-medicine',
      block: 'tohoku',
      category: 'special-regional',
      outcome: 'complete',
    };
    const filters = filtersFromParams(params, VIEW_FILTERS.funnel);
    expect(filters).toEqual({
      year: 2027,
      prefecture: '02',
      specialty: 'internal-medicine',
      block: 'tohoku',
      category: 'special-regional',
      outcome: 'complete',
    });
    expect(paramsFromFilters(filters, VIEW_FILTERS.funnel)).toEqual(params);
  });

  it('keeps the concentration basis and threshold as numbers', () => {
    const filters = filtersFromParams({ basis: 'recruited', threshold: '0.65', outcome: 'complete' }, VIEW_FILTERS.concentration);
    expect(filters).toEqual({ basis: 'recruited', threshold: 0.65 });
    expect(paramsFromFilters(filters, VIEW_FILTERS.concentration)).toEqual({ basis: 'recruited', threshold: '0.65' });
  });

  it('leaves out values the API would refuse, so an old or edited link still loads', () => {
    expect(
      filtersFromParams(
        { year: '27', prefecture: '2', specialty: 'Internal Medicine', block: 'tokai', basis: 'places', threshold: '1.5', category: 'other' },
        VIEW_FILTERS.concentration,
      ),
    ).toEqual({});
    expect(filtersFromParams({ threshold: '0.1234' }, VIEW_FILTERS.concentration)).toEqual({});
    expect(filtersFromParams({ threshold: '1' }, VIEW_FILTERS.concentration)).toEqual({ threshold: 1 });
  });

  it('takes only the filters asked for (the shared ones travel between the views)', () => {
    const params = { year: '2026', specialty: 'pediatrics', outcome: 'complete', basis: 'recruited' };
    expect(paramsFromFilters(filtersFromParams(params, SHARED_FILTERS), SHARED_FILTERS)).toEqual({ year: '2026', specialty: 'pediatrics' });
    expect(paramsFromFilters({ year: 2026, outcome: 'complete' }, VIEW_FILTERS['capacity-demand'])).toEqual({ year: '2026' });
  });
});
