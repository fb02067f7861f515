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
});
