import { emptyProfile, PROFILE_ITEMS, profileCompleteness } from './profile-completeness';

describe('profile completeness', () => {
  it('lists every item of an empty profile as missing', () => {
    expect(profileCompleteness(emptyProfile())).toEqual({ percent: 0, missing: [...PROFILE_ITEMS] });
  });

  it('counts "no" and 0 as answers, but not blank text', () => {
    const profile = emptyProfile();
    profile.living.carNeeded = false;
    profile.training.onCallNightsPerMonth = 0;
    profile.training.overview = '   ';
    const result = profileCompleteness(profile);
    expect(result.missing).not.toContain('living.carNeeded');
    expect(result.missing).not.toContain('training.onCallNightsPerMonth');
    expect(result.missing).toContain('training.overview');
    expect(result.percent).toBe(Math.round((2 / PROFILE_ITEMS.length) * 100));
  });

  it('asks for the name reading and at least one photo', () => {
    const profile = emptyProfile();
    expect(profileCompleteness(profile).missing).toEqual(expect.arrayContaining(['nameReading', 'photos']));
    profile.nameReading = 'せいほくごさくらびょういん';
    profile.photos = [{ id: '5c1f0e0a-8d0e-4c1e-9a43-2f3b1d7e6a10', caption: null }];
    const result = profileCompleteness(profile);
    expect(result.missing).not.toContain('nameReading');
    expect(result.missing).not.toContain('photos');
    expect(result.percent).toBe(Math.round((2 / PROFILE_ITEMS.length) * 100));
  });
});
