import type { SufficiencyDataset } from './dataset.types';
import { ratioBand } from './ratio';

/** Everything of a sufficiency dataset but its rows. */
export type SufficiencyDatasetMeta = Omit<SufficiencyDataset, 'kind' | 'rows'>;

export interface BandRow {
  readonly specialtyCode: string;
  readonly prefectureCode: string;
  readonly lowerBound: number | null;
  readonly upperBound: number | null;
}

/** The 13 specialties with ceilings that seed 004 pp. 11–12 cover. */
export const SEED_BAND_SPECIALTIES: readonly string[] = [
  'internal-medicine',
  'pediatrics',
  'dermatology',
  'psychiatry',
  'orthopedics',
  'ophthalmology',
  'otolaryngology',
  'urology',
  'neurosurgery',
  'radiology',
  'anesthesiology',
  'plastic-surgery',
  'rehabilitation-medicine',
];

export const DATASET_2022_META: SufficiencyDatasetMeta = {
  code: '2022',
  nameJa: '2022年足下充足率（必要医師数更新後）',
  nameEn: '2022 current sufficiency ratios (after the required-count update)',
  sourceNote: 'Seed 004 p. 11 (必要医師数更新後の2022年足下充足率): bands only; unlisted prefectures are > 0.8',
  specialtyCodes: SEED_BAND_SPECIALTIES,
  unlistedValue: ratioBand(0.8, null),
};

export const DATASET_2016_2018_META: SufficiencyDatasetMeta = {
  code: '2016-2018',
  nameJa: '2016年または2018年足下充足率（令和8年度までの連携先）',
  nameEn: '2016-or-2018 current sufficiency ratios (hosts up to the 2026 recruitment)',
  sourceNote:
    'Seed 004 p. 12 (連携先の対象都道府県一覧; ※ 2016年または2018年足下充足率): bands only; pediatrics has one ≤ 0.8 list; unlisted prefectures are > 0.8',
  specialtyCodes: SEED_BAND_SPECIALTIES,
  unlistedValue: ratioBand(0.8, null),
};

/** Builds a dataset from band rows such as those of `sufficiency-bands-*.csv`. */
export function sufficiencyDatasetFromBands(meta: SufficiencyDatasetMeta, rows: readonly BandRow[]): SufficiencyDataset {
  return {
    kind: 'sufficiency',
    ...meta,
    rows: rows.map((r) => ({
      prefectureCode: r.prefectureCode,
      specialtyCode: r.specialtyCode,
      value: ratioBand(r.lowerBound, r.upperBound),
    })),
  };
}
