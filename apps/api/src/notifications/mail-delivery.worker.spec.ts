import { retryDelayMs } from './mail-delivery.worker';

const settings = { backoffBaseMs: 5_000, backoffMaxMs: 600_000 };

describe('retryDelayMs', () => {
  it('doubles from the base delay (middle of the jitter range)', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, settings, () => 0.5))).toEqual([5_000, 10_000, 20_000, 40_000, 80_000]);
  });

  it('jitters by at most 20 % either way', () => {
    expect(retryDelayMs(3, settings, () => 0)).toBe(16_000);
    expect(retryDelayMs(3, settings, () => 0.999_999)).toBe(24_000);
  });

  it('never exceeds the cap, even for large attempt numbers', () => {
    expect(retryDelayMs(8, settings, () => 0.5)).toBe(600_000);
    expect(retryDelayMs(50, settings, () => 0.999)).toBe(600_000);
    expect(retryDelayMs(50, settings, () => 0)).toBe(480_000);
  });
});
