/**
 * Splits a whole number over weights in proportion, in whole numbers that add up to it
 * (largest remainder; ties go to the earlier weight). A program's recruited residents are shared
 * among its hosts this way, by the places each accepted, and never beyond those places.
 */
export function shareByWeights(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((left, right) => left + right, 0);
  const shared = Math.min(total, sum);
  if (shared <= 0) {
    return weights.map(() => 0);
  }
  const exact = weights.map((weight) => (shared * weight) / sum);
  const shares = exact.map(Math.floor);
  let left = shared - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) {
      break;
    }
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}

/** Sum of squared shares (Herfindahl–Hirschman index, 0–1); null when nothing is counted. */
export function herfindahl(counts: readonly number[]): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) {
    return null;
  }
  return counts.reduce((sum, count) => sum + (count / total) ** 2, 0);
}
