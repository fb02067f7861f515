import type { CeilingDataset, CeilingRow, Dataset, SufficiencyDataset } from './dataset.types';
import type { RatioValue } from './ratio';

export interface IndexedSufficiency {
  readonly dataset: SufficiencyDataset;
  readonly covered: ReadonlySet<string>;
  /** key: `${specialtyCode}|${prefectureCode}` */
  readonly values: ReadonlyMap<string, RatioValue>;
}

export interface IndexedCeiling {
  readonly dataset: CeilingDataset;
  /** key: `${recruitmentYear}|${prefectureCode}|${specialtyCode}` */
  readonly rows: ReadonlyMap<string, CeilingRow>;
}

/** Datasets indexed once, for evaluating many contexts. */
export interface DatasetIndex {
  readonly sufficiency: ReadonlyMap<string, IndexedSufficiency>;
  readonly ceiling: ReadonlyMap<string, IndexedCeiling>;
}

export type SufficiencyLookup =
  | {
      readonly found: true;
      readonly value: RatioValue;
      readonly source: 'row' | 'unlisted';
      readonly dataset: SufficiencyDataset;
    }
  | {
      readonly found: false;
      readonly cause: 'dataset-not-loaded' | 'specialty-not-covered' | 'no-value';
      readonly dataset?: SufficiencyDataset;
    };

export function indexDatasets(datasets: readonly Dataset[]): DatasetIndex {
  const sufficiency = new Map<string, IndexedSufficiency>();
  const ceiling = new Map<string, IndexedCeiling>();
  for (const dataset of datasets) {
    if (dataset.kind === 'sufficiency') {
      const values = new Map<string, RatioValue>();
      for (const row of dataset.rows) values.set(`${row.specialtyCode}|${row.prefectureCode}`, row.value);
      sufficiency.set(dataset.code, {
        dataset,
        covered: new Set(dataset.specialtyCodes),
        values,
      });
    } else {
      const rows = new Map<string, CeilingRow>();
      for (const row of dataset.rows) rows.set(`${row.recruitmentYear}|${row.prefectureCode}|${row.specialtyCode}`, row);
      ceiling.set(dataset.code, { dataset, rows });
    }
  }
  return { sufficiency, ceiling };
}

export function lookupSufficiency(index: DatasetIndex, datasetCode: string, prefectureCode: string, specialtyCode: string): SufficiencyLookup {
  const entry = index.sufficiency.get(datasetCode);
  if (!entry) return { found: false, cause: 'dataset-not-loaded' };
  if (!entry.covered.has(specialtyCode))
    return {
      found: false,
      cause: 'specialty-not-covered',
      dataset: entry.dataset,
    };
  const value = entry.values.get(`${specialtyCode}|${prefectureCode}`);
  if (value) return { found: true, value, source: 'row', dataset: entry.dataset };
  if (entry.dataset.unlistedValue)
    return {
      found: true,
      value: entry.dataset.unlistedValue,
      source: 'unlisted',
      dataset: entry.dataset,
    };
  return { found: false, cause: 'no-value', dataset: entry.dataset };
}

export function lookupCeiling(
  index: DatasetIndex,
  datasetCode: string,
  recruitmentYear: number,
  prefectureCode: string,
  specialtyCode: string,
): {
  readonly loaded: boolean;
  readonly row?: CeilingRow;
  readonly dataset?: CeilingDataset;
} {
  const entry = index.ceiling.get(datasetCode);
  if (!entry) return { loaded: false };
  return {
    loaded: true,
    row: entry.rows.get(`${recruitmentYear}|${prefectureCode}|${specialtyCode}`),
    dataset: entry.dataset,
  };
}
