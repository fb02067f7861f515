import { navItemsFor, withCounts } from './primary-nav-items';

describe('navItemsFor', () => {
  const ids = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.id);
  const PUBLIC = ['home', 'regional-data', 'eligibility', 'hosts'];

  it('shows each role only what it may use', () => {
    expect(ids([])).toEqual(PUBLIC);
    expect(ids(['jmsb'])).toEqual([...PUBLIC, 'nominations', 'programs', 'analytics', 'rules', 'facilities', 'users', 'audit', 'dev-mailbox']);
    expect(ids(['prefecture'])).toEqual([
      ...PUBLIC,
      'nominations',
      'programs',
      'analytics',
      'facilities',
      'host-profiles',
      'prefecture-profile',
      'users',
      'audit',
    ]);
    expect(ids(['society'])).toEqual([...PUBLIC, 'nominations', 'analytics', 'audit']);
    expect(ids(['base-facility'])).toEqual([...PUBLIC, 'programs', 'audit']);
    expect(ids(['host-facility'])).toEqual([...PUBLIC, 'connection-requests', 'host-profile', 'audit']);
  });

  it('combines the items of several roles once each', () => {
    expect(ids(['society', 'prefecture'])).toEqual([
      ...PUBLIC,
      'nominations',
      'programs',
      'analytics',
      'facilities',
      'host-profiles',
      'prefecture-profile',
      'users',
      'audit',
    ]);
  });
});

describe('withCounts', () => {
  it('puts a count on the items that have one, and none when it is zero', () => {
    const items = withCounts(navItemsFor(['prefecture']), { nominations: 3, audit: 0 });
    expect(items.find((item) => item.id === 'nominations')?.count).toBe(3);
    expect(items.find((item) => item.id === 'audit')?.count).toBeUndefined();
  });
});
