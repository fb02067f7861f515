// Test-only fixtures built from the reference CSVs.
import type { CeilingDataset, EvaluationInput, FacilityContext, RuleSet } from '../index';
import { loadDataset2022, loadDatasetLegacy, loadPrefectures, loadSecondaryAreas, loadSpecialties } from './reference-data';

export const prefectures = loadPrefectures();
export const specialties = loadSpecialties();
export const areas = loadSecondaryAreas();
export const dataset2022 = loadDataset2022();
export const datasetLegacy = loadDatasetLegacy();

export function sampleCeilings(rows: CeilingDataset['rows'], code = 'ceiling-sample'): CeilingDataset {
  return {
    kind: 'ceiling',
    code,
    nameJa: 'シーリング（サンプル）',
    nameEn: 'Ceilings (sample)',
    sourceNote: 'test sample',
    sample: true,
    rows,
  };
}

export function input(ruleSet: RuleSet, extra: Partial<EvaluationInput> = {}): EvaluationInput {
  return {
    ruleSet,
    datasets: [dataset2022, datasetLegacy],
    specialties,
    ...extra,
  };
}

/** A facility context; area designation defaults to the index class of its secondary area (few = scarce). */
export function facility(
  partial: Partial<FacilityContext> & {
    secondaryAreaCode: string;
    specialtyCode: string;
  },
): FacilityContext {
  const area = areas.find((a) => a.code === partial.secondaryAreaCode);
  if (!area) throw new Error(`unknown area ${partial.secondaryAreaCode}`);
  return {
    prefectureCode: area.prefectureCode,
    scarceArea: area.indexClass === 'few',
    scarceSpot: false,
    ...partial,
  };
}
