import { navItemsFor } from './primary-nav-items';

describe('navItemsFor', () => {
  const ids = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.id);

  it('shows each role only what it may use', () => {
    expect(ids([])).toEqual(['home', 'regional-data', 'eligibility']);
    expect(ids(['jmsb'])).toEqual(['home', 'regional-data', 'eligibility', 'rules', 'facilities', 'users', 'audit', 'dev-mailbox']);
    expect(ids(['prefecture'])).toEqual(['home', 'regional-data', 'eligibility', 'facilities', 'users', 'audit']);
    for (const role of ['society', 'base-facility', 'host-facility'] as const) {
      expect(ids([role])).toEqual(['home', 'regional-data', 'eligibility', 'audit']);
    }
  });

  it('combines the items of several roles once each', () => {
    expect(ids(['society', 'prefecture'])).toEqual(['home', 'regional-data', 'eligibility', 'facilities', 'users', 'audit']);
  });
});
