import { compareAtMost, exactRatio, formatRatio, formatThreshold, ratioBand } from './ratio';

describe('compareAtMost', () => {
  it('compares exact values directly, the threshold itself included', () => {
    expect(compareAtMost(exactRatio(0.69), 0.7)).toBe('holds');
    expect(compareAtMost(exactRatio(0.7), 0.7)).toBe('holds');
    expect(compareAtMost(exactRatio(0.71), 0.7)).toBe('fails');
  });

  it('holds when the upper bound is at or below the threshold', () => {
    expect(compareAtMost(ratioBand(null, 0.7), 0.7)).toBe('holds');
    expect(compareAtMost(ratioBand(0.7, 0.8), 0.8)).toBe('holds');
    expect(compareAtMost(ratioBand(0.7, 0.8), 0.9)).toBe('holds');
  });

  it('fails when the exclusive lower bound is at or above the threshold', () => {
    expect(compareAtMost(ratioBand(0.7, 0.8), 0.7)).toBe('fails');
    expect(compareAtMost(ratioBand(0.8, null), 0.8)).toBe('fails');
    expect(compareAtMost(ratioBand(0.8, null), 0.7)).toBe('fails');
  });

  it('is unknown when the band straddles the threshold, never a guess', () => {
    expect(compareAtMost(ratioBand(0.8, null), 0.9)).toBe('unknown');
    expect(compareAtMost(ratioBand(null, 0.8), 0.7)).toBe('unknown');
    expect(compareAtMost(ratioBand(0.7, 0.8), 0.75)).toBe('unknown');
    expect(compareAtMost(ratioBand(null, null), 0.8)).toBe('unknown');
  });
});

describe('formatRatio', () => {
  it('writes bands and values in English and Japanese', () => {
    expect(formatRatio(ratioBand(null, 0.7), 'en')).toBe('≤ 0.7');
    expect(formatRatio(ratioBand(0.7, 0.8), 'en')).toBe('(0.7, 0.8]');
    expect(formatRatio(ratioBand(0.8, null), 'en')).toBe('> 0.8');
    expect(formatRatio(ratioBand(null, null), 'en')).toBe('unknown');
    expect(formatRatio(exactRatio(0.73), 'en')).toBe('0.73');
    expect(formatRatio(ratioBand(null, 0.7), 'ja')).toBe('0.7以下');
    expect(formatRatio(ratioBand(0.7, 0.8), 'ja')).toBe('0.7超0.8以下');
    expect(formatRatio(ratioBand(0.8, null), 'ja')).toBe('0.8超');
    expect(formatRatio(ratioBand(null, null), 'ja')).toBe('不明');
    expect(formatThreshold(0.9, 'ja')).toBe('0.9以下');
    expect(formatThreshold(0.9, 'en')).toBe('≤ 0.9');
  });
});
