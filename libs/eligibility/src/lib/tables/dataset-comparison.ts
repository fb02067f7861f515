import { indexDatasets, lookupSufficiency } from '../dataset-index';
import type { SufficiencyDataset } from '../dataset.types';
import { compareAtMost, formatThreshold, type Comparison } from '../ratio';
import type { PrefectureRecord, SpecialtyRecord } from '../reference.types';
import { heading, named, orderSpecialties, type NamedPrefecture, type SpecialtyHeading } from './named';

export interface BandColumn {
  /** Prefectures at ≤ threshold that are not known to be at ≤ the next lower threshold. */
  readonly threshold: number;
  readonly labelJa: string;
  readonly labelEn: string;
  readonly prefectures: readonly NamedPrefecture[];
  readonly count: number;
  /** In this column though the data cannot tell whether they also meet the lower threshold (e.g. a ≤ 0.8 list). */
  readonly notSeparable: readonly NamedPrefecture[];
}

export interface DatasetBandSummary {
  readonly datasetCode: string;
  readonly covered: boolean;
  /** Highest threshold first, as on p. 11. */
  readonly columns: readonly BandColumn[];
  /** Cannot tell whether they meet even the highest threshold. */
  readonly undetermined: readonly NamedPrefecture[];
}

export interface DatasetComparisonRow extends SpecialtyHeading {
  readonly datasets: readonly DatasetBandSummary[];
}

export interface DatasetComparisonArgs {
  /** In display order, e.g. [legacy, 2022] for "従来 ⇒ 2022". */
  readonly datasets: readonly SufficiencyDataset[];
  /** e.g. [0.7, 0.8] */
  readonly thresholds: readonly number[];
  readonly prefectures: readonly PrefectureRecord[];
  readonly specialties: readonly SpecialtyRecord[];
}

/** Seed 004 p. 11: per specialty, the prefectures in each band of each dataset, with counts. */
export function compareSufficiencyDatasets(args: DatasetComparisonArgs): DatasetComparisonRow[] {
  const index = indexDatasets(args.datasets);
  const ascending = [...args.thresholds].sort((a, b) => a - b);
  const wanted = new Set(args.datasets.flatMap((d) => d.specialtyCodes));
  return orderSpecialties(args.specialties, wanted).map((specialtyCode) => ({
    ...heading(args.specialties, specialtyCode),
    datasets: args.datasets.map((dataset) => {
      const placed = ascending.map(() => ({
        prefectures: [] as NamedPrefecture[],
        notSeparable: [] as NamedPrefecture[],
      }));
      const undetermined: NamedPrefecture[] = [];
      for (const prefecture of args.prefectures) {
        const lookup = lookupSufficiency(index, dataset.code, prefecture.code, specialtyCode);
        const comparisons: Comparison[] = ascending.map((t) => (lookup.found ? compareAtMost(lookup.value, t) : 'unknown'));
        const column = comparisons.indexOf('holds');
        const slot = placed[column];
        if (slot) {
          slot.prefectures.push(named(prefecture));
          if (column > 0 && comparisons[column - 1] === 'unknown') slot.notSeparable.push(named(prefecture));
        } else if (comparisons.includes('unknown')) {
          undetermined.push(named(prefecture));
        }
      }
      const columns: BandColumn[] = ascending.map((threshold, i) => {
        const lower = ascending[i - 1];
        const slot = placed[i] ?? { prefectures: [], notSeparable: [] };
        return {
          threshold,
          labelJa: formatThreshold(threshold, 'ja'),
          labelEn: lower === undefined ? formatThreshold(threshold, 'en') : `(${lower}, ${threshold}]`,
          prefectures: slot.prefectures,
          count: slot.prefectures.length,
          notSeparable: slot.notSeparable,
        };
      });
      return {
        datasetCode: dataset.code,
        covered: dataset.specialtyCodes.includes(specialtyCode),
        columns: columns.reverse(),
        undetermined,
      };
    }),
  }));
}
