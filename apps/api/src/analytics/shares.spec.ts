import { herfindahl, shareByWeights } from './shares';

describe('shareByWeights', () => {
  it('splits in proportion, in whole numbers that add up to the total', () => {
    expect(shareByWeights(3, [2, 1])).toEqual([2, 1]);
    expect(shareByWeights(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(shareByWeights(5, [3, 3, 1])).toEqual([2, 2, 1]);
  });

  it('never shares more than the weights (the places accepted)', () => {
    expect(shareByWeights(9, [2, 1])).toEqual([2, 1]);
  });

  it('gives nothing when there is nothing to share or nowhere to put it', () => {
    expect(shareByWeights(0, [2, 1])).toEqual([0, 0]);
    expect(shareByWeights(3, [0, 0])).toEqual([0, 0]);
    expect(shareByWeights(3, [])).toEqual([]);
  });
});

describe('herfindahl', () => {
  it('is 1 when one host takes everyone and 1/n for n equal hosts', () => {
    expect(herfindahl([4, 0, 0])).toBe(1);
    expect(herfindahl([2, 2])).toBe(0.5);
    expect(herfindahl([1, 1, 1, 1])).toBe(0.25);
  });

  it('sums the squared shares', () => {
    expect(herfindahl([3, 1])).toBeCloseTo(0.625, 10);
  });

  it('is null when nobody is counted', () => {
    expect(herfindahl([0, 0])).toBeNull();
    expect(herfindahl([])).toBeNull();
  });
});
