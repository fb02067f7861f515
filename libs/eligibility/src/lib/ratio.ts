/** A sufficiency ratio: an exact value, or a band (lowerBound, upperBound] where null is unbounded. */
export type RatioValue =
  | { readonly kind: 'exact'; readonly exact: number }
  | {
      readonly kind: 'band';
      readonly lowerBound: number | null;
      readonly upperBound: number | null;
    };

export type Comparison = 'holds' | 'fails' | 'unknown';

export type Lang = 'ja' | 'en';

export function exactRatio(exact: number): RatioValue {
  return { kind: 'exact', exact };
}

export function ratioBand(lowerBound: number | null, upperBound: number | null): RatioValue {
  return { kind: 'band', lowerBound, upperBound };
}

/** Does `value ≤ threshold` hold? A band that straddles the threshold is unknown: never guess. */
export function compareAtMost(value: RatioValue, threshold: number): Comparison {
  if (value.kind === 'exact') return value.exact <= threshold ? 'holds' : 'fails';
  if (value.upperBound !== null && value.upperBound <= threshold) return 'holds';
  // The lower bound is exclusive, so lowerBound ≥ threshold means every possible value is > threshold.
  if (value.lowerBound !== null && value.lowerBound >= threshold) return 'fails';
  return 'unknown';
}

/** "≤ 0.7", "(0.7, 0.8]", "> 0.8", "0.73" (en) or "0.7以下", "0.7超0.8以下", "0.8超" (ja). */
export function formatRatio(value: RatioValue, lang: Lang): string {
  if (value.kind === 'exact') return String(value.exact);
  const { lowerBound: lo, upperBound: up } = value;
  if (lo === null && up === null) return lang === 'ja' ? '不明' : 'unknown';
  if (lo === null) return lang === 'ja' ? `${up}以下` : `≤ ${up}`;
  if (up === null) return lang === 'ja' ? `${lo}超` : `> ${lo}`;
  return lang === 'ja' ? `${lo}超${up}以下` : `(${lo}, ${up}]`;
}

export function formatThreshold(threshold: number, lang: Lang): string {
  return lang === 'ja' ? `${threshold}以下` : `≤ ${threshold}`;
}
