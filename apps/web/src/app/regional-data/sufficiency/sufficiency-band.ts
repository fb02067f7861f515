import { PrefectureSufficiencyResponse, SufficiencyDatasetSummaryResponse, SufficiencyRatio } from '@renkei/contract';

/**
 * Colour group of a ratio for the matrix. `severe`: at most 0.7; `short`: at most 0.8 (and
 * above 0.7 when known); `above`: above 0.8; `unknown`: the data cannot tell;
 * `not-covered`: the dataset has nothing for that specialty.
 */
export type BandTone = 'severe' | 'short' | 'above' | 'unknown' | 'not-covered';

export interface BandCellValue {
  /** Short text shown in the cell, e.g. `≤ 0.7`, `0.7–0.8`, `> 0.8`, `—`. */
  text: string;
  tone: BandTone;
  /** Whether the dataset lists this prefecture × specialty (false: implied by `unlistedRatio`). */
  listed: boolean;
}

export const NOT_COVERED_TEXT = '—';

function formatNumber(value: number): string {
  return String(Number(value.toFixed(3)));
}

/** The short text of a ratio as published: an exact value or a band, never an invented value. */
export function formatRatio(ratio: SufficiencyRatio): string {
  if (ratio.exact !== null) {
    return formatNumber(ratio.exact);
  }
  const { lowerBound: lower, upperBound: upper } = ratio;
  if (lower !== null && upper !== null) {
    return `${formatNumber(lower)}–${formatNumber(upper)}`;
  }
  if (upper !== null) {
    return `≤ ${formatNumber(upper)}`;
  }
  if (lower !== null) {
    return `> ${formatNumber(lower)}`;
  }
  return '?';
}

/** A longer description of a ratio for legends and tooltips, e.g. "above 0.7, at most 0.8". */
export function describeRatio(ratio: SufficiencyRatio): string {
  if (ratio.exact !== null) {
    const value = formatNumber(ratio.exact);
    return $localize`:@@band.describeExact:${value}:value:`;
  }
  const lower = ratio.lowerBound === null ? null : formatNumber(ratio.lowerBound);
  const upper = ratio.upperBound === null ? null : formatNumber(ratio.upperBound);
  if (lower !== null && upper !== null) {
    return $localize`:@@band.describeBetween:${lower}:lower: 超 ${upper}:upper: 以下`;
  }
  if (upper !== null) {
    return $localize`:@@band.describeAtMost:${upper}:upper: 以下`;
  }
  if (lower !== null) {
    return $localize`:@@band.describeAbove:${lower}:lower: 超`;
  }
  return $localize`:@@band.describeUnknown:不明`;
}

export function ratioTone(ratio: SufficiencyRatio): BandTone {
  const { exact, lowerBound: lower, upperBound: upper } = ratio;
  if (exact !== null) {
    return exact <= 0.7 ? 'severe' : exact <= 0.8 ? 'short' : 'above';
  }
  if (upper !== null && upper <= 0.7) {
    return 'severe';
  }
  if (upper !== null && upper <= 0.8) {
    return 'short';
  }
  if (lower !== null && lower >= 0.8) {
    return 'above';
  }
  return 'unknown';
}

/** What a dataset says about one prefecture × specialty. */
export function bandCell(
  dataset: Pick<SufficiencyDatasetSummaryResponse, 'specialtyCodes' | 'unlistedRatio'>,
  prefecture: Pick<PrefectureSufficiencyResponse, 'bands'>,
  specialtyCode: string,
): BandCellValue {
  if (!dataset.specialtyCodes.includes(specialtyCode)) {
    return { text: NOT_COVERED_TEXT, tone: 'not-covered', listed: false };
  }
  const band = prefecture.bands.find((b) => b.specialtyCode === specialtyCode);
  const ratio = band ?? dataset.unlistedRatio;
  return { text: formatRatio(ratio), tone: ratioTone(ratio), listed: band !== undefined };
}

export interface LegendEntry {
  text: string;
  tone: BandTone;
  description: string;
  /** False for the value implied for unlisted prefectures and for "not covered". */
  listed: boolean;
}

const TONE_ORDER: readonly BandTone[] = ['severe', 'short', 'above', 'unknown', 'not-covered'];

/**
 * The distinct bands a dataset lists, in tone order, plus the value of unlisted prefectures and
 * "not covered". Exact values are not listed one by one (their tone colours are).
 */
export function legendEntries(
  dataset: Pick<SufficiencyDatasetSummaryResponse, 'unlistedRatio'> & { prefectures: Pick<PrefectureSufficiencyResponse, 'bands'>[] },
): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  for (const prefecture of dataset.prefectures) {
    for (const band of prefecture.bands) {
      const text = formatRatio(band);
      if (band.exact === null && !entries.has(text)) {
        entries.set(text, { text, tone: ratioTone(band), description: describeRatio(band), listed: true });
      }
    }
  }
  const unlisted = formatRatio(dataset.unlistedRatio);
  if (!entries.has(unlisted)) {
    entries.set(unlisted, {
      text: unlisted,
      tone: ratioTone(dataset.unlistedRatio),
      description: $localize`:@@band.describeUnlisted:${describeRatio(dataset.unlistedRatio)}:ratio:（資料に掲載のない都道府県）`,
      listed: false,
    });
  }
  entries.set(NOT_COVERED_TEXT, {
    text: NOT_COVERED_TEXT,
    tone: 'not-covered',
    description: $localize`:@@band.describeNotCovered:この資料の対象外の領域`,
    listed: false,
  });
  return [...entries.values()].sort((a, b) => TONE_ORDER.indexOf(a.tone) - TONE_ORDER.indexOf(b.tone));
}

export interface SpecialtyBandGroup {
  text: string;
  tone: BandTone;
  description: string;
  listed: boolean;
  prefectures: PrefectureSufficiencyResponse[];
}

/**
 * For one covered specialty, the prefectures in each band (the committee table's view: per
 * band, which prefectures and how many), in tone order.
 */
export function groupPrefecturesByBand(
  dataset: Pick<SufficiencyDatasetSummaryResponse, 'specialtyCodes' | 'unlistedRatio'> & {
    prefectures: PrefectureSufficiencyResponse[];
  },
  specialtyCode: string,
): SpecialtyBandGroup[] {
  if (!dataset.specialtyCodes.includes(specialtyCode)) {
    return [];
  }
  const groups = new Map<string, SpecialtyBandGroup>();
  for (const prefecture of dataset.prefectures) {
    const band = prefecture.bands.find((b) => b.specialtyCode === specialtyCode);
    const ratio = band ?? dataset.unlistedRatio;
    const text = formatRatio(ratio);
    let group = groups.get(text);
    if (!group) {
      group = { text, tone: ratioTone(ratio), description: describeRatio(ratio), listed: band !== undefined, prefectures: [] };
      groups.set(text, group);
    }
    group.prefectures.push(prefecture);
  }
  return [...groups.values()].sort((a, b) => TONE_ORDER.indexOf(a.tone) - TONE_ORDER.indexOf(b.tone));
}
