import { INDEX_CLASSES, IndexClass, PrefectureResponse, REGIONAL_BLOCKS } from '@renkei/contract';
import { formatIssue, readCsvTable, TableIssue, TableValidator } from '../common/tabular/tabular-file';

/** A prefecture row is exactly what the API returns for it. */
export type PrefectureRecord = PrefectureResponse;

export interface AreaRecord {
  code: string;
  prefectureCode: string;
  nameJa: string;
  physicianDistributionIndex: number;
  indexClass: IndexClass;
}

export interface SpecialtyRecord {
  code: string;
  nameJa: string;
  nameEn: string;
  ceilingExempt: boolean;
  displayOrder: number;
}

export interface BandRecord {
  prefectureCode: string;
  specialtyCode: string;
  lowerBound: number | null;
  upperBound: number;
}

export interface SeedDataset {
  file: string;
  code: string;
  nameJa: string;
  nameEn: string;
  sourceNote: string;
  /** Both committee tables list only prefectures at or below 0.8; the others are above it. */
  unlistedLowerBound: number;
}

export interface DatasetRecord extends SeedDataset {
  specialtyCodes: string[];
  bands: BandRecord[];
}

export interface ReferenceData {
  prefectures: PrefectureRecord[];
  areas: AreaRecord[];
  specialties: SpecialtyRecord[];
  datasets: DatasetRecord[];
}

export const REFERENCE_FILES = {
  prefectures: 'prefectures.csv',
  areas: 'secondary-medical-areas.csv',
  specialties: 'specialties.csv',
} as const;

export const SEED_DATASETS: readonly SeedDataset[] = [
  {
    file: 'sufficiency-bands-2022.csv',
    code: '2022',
    nameJa: '足下充足率 2022年（必要医師数の更新後）',
    nameEn: 'Current sufficiency ratios, 2022 (after the update of required physician counts)',
    sourceNote:
      '医道審議会 医師分科会 医師専門研修部会 資料 p.11「令和4年足下充足率」: 0.7以下と 0.7超0.8以下の都道府県（シーリング対象の13領域）。記載のない都道府県は 0.8超。',
    unlistedLowerBound: 0.8,
  },
  {
    file: 'sufficiency-bands-legacy.csv',
    code: '2016-2018',
    nameJa: '足下充足率 2016年または2018年（令和8年度募集まで）',
    nameEn: 'Current sufficiency ratios, 2016 or 2018 (in force until the 2026 recruitment)',
    sourceNote:
      '医道審議会 医師分科会 医師専門研修部会 資料 p.12: 令和8年度募集までの連携先都道府県（2016年または2018年の足下充足率）。小児科は 0.8以下の一覧のみ。記載のない都道府県は 0.8超。',
    unlistedLowerBound: 0.8,
  },
];

export class ReferenceDataFileError extends Error {
  constructor(readonly issues: TableIssue[]) {
    super(`Reference data not loaded (nothing was changed):\n${issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}`);
    this.name = 'ReferenceDataFileError';
  }
}

const AREA_CODE = /^\d{4}$/;
const PREFECTURE_CODE = /^\d{2}$/;
const SPECIALTY_CODE = /^[a-z]+(-[a-z]+)*$/;
const NAME = /^\S.{0,79}$/u;

/**
 * Parses and cross-checks every reference file. Either all files are valid and come back as
 * records, or a `ReferenceDataFileError` lists every problem (file, line, column).
 */
export function parseReferenceData(read: (file: string) => string): ReferenceData {
  const issues: TableIssue[] = [];
  const prefectures = parsePrefectures(read(REFERENCE_FILES.prefectures), issues);
  const prefectureCodes = new Set(prefectures.map((prefecture) => prefecture.code));
  const areas = parseAreas(read(REFERENCE_FILES.areas), prefectureCodes, issues);
  const specialties = parseSpecialties(read(REFERENCE_FILES.specialties), issues);
  const specialtyCodes = new Set(specialties.map((specialty) => specialty.code));
  const datasets = SEED_DATASETS.map((dataset) => parseDataset(dataset, read(dataset.file), prefectureCodes, specialtyCodes, issues));
  if (issues.length > 0) {
    throw new ReferenceDataFileError(issues);
  }
  return { prefectures, areas, specialties, datasets };
}

function parsePrefectures(text: string, issues: TableIssue[]): PrefectureRecord[] {
  const file = REFERENCE_FILES.prefectures;
  const columns = ['code', 'name_ja', 'name_en', 'block', 'physician_distribution_index_2024', 'index_class'];
  const table = readCsvTable(file, text, columns);
  const check = new TableValidator(file, columns);
  const seen = new Map<string, number>();
  const records: PrefectureRecord[] = [];
  for (const row of table.rows) {
    const code = check.text(row, 'code', PREFECTURE_CODE, 'a two-digit prefecture code');
    const nameJa = check.text(row, 'name_ja', NAME, 'a name');
    const nameEn = check.text(row, 'name_en', NAME, 'a name');
    const block = check.oneOf(row, 'block', REGIONAL_BLOCKS);
    const index = check.number(row, 'physician_distribution_index_2024', {
      min: 0,
      max: 1000,
    });
    const indexClass = check.oneOf(row, 'index_class', INDEX_CLASSES);
    if (code && nameJa && nameEn && block && typeof index === 'number' && indexClass && check.unique(seen, code, row, 'code')) {
      records.push({
        code,
        nameJa,
        nameEn,
        block,
        physicianDistributionIndex: index,
        indexClass,
      });
    }
  }
  issues.push(...table.issues, ...check.issues);
  return records;
}

function parseAreas(text: string, prefectureCodes: Set<string>, issues: TableIssue[]): AreaRecord[] {
  const file = REFERENCE_FILES.areas;
  const columns = ['code', 'prefecture_code', 'name_ja', 'physician_distribution_index_2024', 'index_class'];
  const table = readCsvTable(file, text, columns);
  const check = new TableValidator(file, columns);
  const seen = new Map<string, number>();
  const records: AreaRecord[] = [];
  for (const row of table.rows) {
    const code = check.text(row, 'code', AREA_CODE, 'a four-digit area code');
    const prefectureCode = check.text(row, 'prefecture_code', PREFECTURE_CODE, 'a two-digit prefecture code');
    const nameJa = check.text(row, 'name_ja', NAME, 'a name');
    const index = check.number(row, 'physician_distribution_index_2024', {
      min: 0,
      max: 1000,
    });
    const indexClass = check.oneOf(row, 'index_class', INDEX_CLASSES);
    if (prefectureCode && !prefectureCodes.has(prefectureCode)) {
      check.report(row, 'prefecture_code', `prefecture ${prefectureCode} is not in ${REFERENCE_FILES.prefectures}`);
      continue;
    }
    if (code && prefectureCode && !code.startsWith(prefectureCode)) {
      check.report(row, 'code', `area ${code} does not start with its prefecture code ${prefectureCode}`);
      continue;
    }
    if (code && prefectureCode && nameJa && typeof index === 'number' && indexClass && check.unique(seen, code, row, 'code')) {
      records.push({
        code,
        prefectureCode,
        nameJa,
        physicianDistributionIndex: index,
        indexClass,
      });
    }
  }
  issues.push(...table.issues, ...check.issues);
  return records;
}

function parseSpecialties(text: string, issues: TableIssue[]): SpecialtyRecord[] {
  const file = REFERENCE_FILES.specialties;
  const columns = ['code', 'name_ja', 'name_en', 'ceiling_exempt'];
  const table = readCsvTable(file, text, columns);
  const check = new TableValidator(file, columns);
  const seen = new Map<string, number>();
  const records: SpecialtyRecord[] = [];
  for (const row of table.rows) {
    const code = check.text(row, 'code', SPECIALTY_CODE, 'a specialty code such as internal-medicine');
    const nameJa = check.text(row, 'name_ja', NAME, 'a name');
    const nameEn = check.text(row, 'name_en', NAME, 'a name');
    const exempt = check.oneOf(row, 'ceiling_exempt', ['true', 'false'] as const);
    if (code && nameJa && nameEn && exempt && check.unique(seen, code, row, 'code')) {
      records.push({
        code,
        nameJa,
        nameEn,
        ceilingExempt: exempt === 'true',
        displayOrder: records.length + 1,
      });
    }
  }
  issues.push(...table.issues, ...check.issues);
  return records;
}

function parseDataset(
  dataset: SeedDataset,
  text: string,
  prefectureCodes: Set<string>,
  specialtyCodes: Set<string>,
  issues: TableIssue[],
): DatasetRecord {
  const columns = ['specialty_code', 'prefecture_code', 'ratio_upper_bound', 'ratio_lower_bound'];
  const table = readCsvTable(dataset.file, text, columns);
  const check = new TableValidator(dataset.file, columns);
  const seen = new Map<string, number>();
  const bands: BandRecord[] = [];
  for (const row of table.rows) {
    const specialtyCode = check.text(row, 'specialty_code', SPECIALTY_CODE, 'a specialty code');
    const prefectureCode = check.text(row, 'prefecture_code', PREFECTURE_CODE, 'a two-digit prefecture code');
    const upperBound = check.number(row, 'ratio_upper_bound', {
      min: 0,
      max: 5,
    });
    const lowerBound = check.number(row, 'ratio_lower_bound', {
      min: 0,
      max: 5,
      optional: true,
    });
    if (specialtyCode && !specialtyCodes.has(specialtyCode)) {
      check.report(row, 'specialty_code', `specialty ${specialtyCode} is not in ${REFERENCE_FILES.specialties}`);
      continue;
    }
    if (prefectureCode && !prefectureCodes.has(prefectureCode)) {
      check.report(row, 'prefecture_code', `prefecture ${prefectureCode} is not in ${REFERENCE_FILES.prefectures}`);
      continue;
    }
    if (typeof upperBound === 'number' && typeof lowerBound === 'number' && lowerBound >= upperBound) {
      check.report(row, 'ratio_lower_bound', `lower bound ${lowerBound} must be below the upper bound ${upperBound}`);
      continue;
    }
    if (
      specialtyCode &&
      prefectureCode &&
      typeof upperBound === 'number' &&
      lowerBound !== undefined &&
      check.unique(seen, `${specialtyCode}/${prefectureCode}`, row, 'prefecture_code')
    ) {
      bands.push({ specialtyCode, prefectureCode, lowerBound, upperBound });
    }
  }
  issues.push(...table.issues, ...check.issues);
  const covered = [...new Set(bands.map((band) => band.specialtyCode))];
  return { ...dataset, specialtyCodes: covered, bands };
}
