/** What the benchmarks share: a seeded PRNG (same sample every run) and latency figures. */

/** Linear congruential generator in [0, 1): reproducible draws, not for anything but samples. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The nearest-rank percentile (p in 0–100). */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Milliseconds right-aligned in a column of 8. */
export function fixed(value: number): string {
  return value.toFixed(1).padStart(8);
}
