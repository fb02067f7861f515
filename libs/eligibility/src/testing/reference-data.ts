// Test-only: loads the reference CSVs from data/reference-data (excluded from the library build).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DATASET_2016_2018_META,
  DATASET_2022_META,
  sufficiencyDatasetFromBands,
  type PrefectureRecord,
  type SpecialtyRecord,
  type SufficiencyDataset,
} from '../index';

const DIR = join(__dirname, '../../../../data/reference-data');

function readCsv(file: string): Record<string, string>[] {
  const [header = '', ...lines] = readFileSync(join(DIR, file), 'utf8').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

const num = (s: string | undefined): number | null => (s ? Number(s) : null);

export function loadPrefectures(): PrefectureRecord[] {
  return readCsv('prefectures.csv').map((r) => ({
    code: r['code'] ?? '',
    nameJa: r['name_ja'] ?? '',
    nameEn: r['name_en'] ?? '',
  }));
}

export function loadSpecialties(): SpecialtyRecord[] {
  return readCsv('specialties.csv').map((r) => ({
    code: r['code'] ?? '',
    nameJa: r['name_ja'] ?? '',
    nameEn: r['name_en'] ?? '',
    ceilingExempt: r['ceiling_exempt'] === 'true',
  }));
}

export interface AreaRecord {
  readonly code: string;
  readonly prefectureCode: string;
  readonly nameJa: string;
  readonly index: number;
  readonly indexClass: string;
}

export function loadSecondaryAreas(): AreaRecord[] {
  return readCsv('secondary-medical-areas.csv').map((r) => ({
    code: r['code'] ?? '',
    prefectureCode: r['prefecture_code'] ?? '',
    nameJa: r['name_ja'] ?? '',
    index: Number(r['physician_distribution_index_2024']),
    indexClass: r['index_class'] ?? '',
  }));
}

function loadBands(file: string): {
  specialtyCode: string;
  prefectureCode: string;
  lowerBound: number | null;
  upperBound: number | null;
}[] {
  return readCsv(file).map((r) => ({
    specialtyCode: r['specialty_code'] ?? '',
    prefectureCode: r['prefecture_code'] ?? '',
    lowerBound: num(r['ratio_lower_bound']),
    upperBound: num(r['ratio_upper_bound']),
  }));
}

export function loadDataset2022(): SufficiencyDataset {
  return sufficiencyDatasetFromBands(DATASET_2022_META, loadBands('sufficiency-bands-2022.csv'));
}

export function loadDatasetLegacy(): SufficiencyDataset {
  return sufficiencyDatasetFromBands(DATASET_2016_2018_META, loadBands('sufficiency-bands-legacy.csv'));
}

/** "青森県" → "青森", as the seed tables write them. */
export function shortName(nameJa: string): string {
  return nameJa === '北海道' ? nameJa : nameJa.replace(/[都府県]$/, '');
}

/** Seed-style list "青森、岩手" → prefecture codes. */
export function codesOf(list: string, prefectures: readonly PrefectureRecord[]): string[] {
  if (!list) return [];
  return list.split('、').map((name) => {
    const found = prefectures.find((p) => shortName(p.nameJa) === name);
    if (!found) throw new Error(`unknown prefecture ${name}`);
    return found.code;
  });
}
