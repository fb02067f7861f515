export * from './lib/ratio';
export type * from './lib/reference.types';
export type * from './lib/dataset.types';
export * from './lib/rule-set.types';
export type * from './lib/exception.types';
export type * from './lib/context.types';
export type * from './lib/result.types';
export {
  indexDatasets,
  lookupSufficiency,
  lookupCeiling,
} from './lib/dataset-index';
export type { DatasetIndex, SufficiencyLookup } from './lib/dataset-index';
export { combineOutcomes } from './lib/combine';
export { thresholdFor } from './lib/conditions/sufficiency';
export {
  createEvaluator,
  evaluateEligibility,
  evaluateMany,
  evaluatePrefecture,
} from './lib/evaluate';
export type {
  EvaluationInput,
  Evaluator,
  PrefectureResult,
  PrefectureTarget,
} from './lib/evaluate';
export { exceptionCovers } from './lib/exceptions';
export {
  RULE_SET_2026,
  RULE_SET_2027,
  DEFAULT_RULE_SETS,
} from './lib/default-rule-sets';
export {
  DATASET_2022_META,
  DATASET_2016_2018_META,
  SEED_BAND_SPECIALTIES,
  sufficiencyDatasetFromBands,
} from './lib/default-datasets';
export type { BandRow, SufficiencyDatasetMeta } from './lib/default-datasets';
export { withThresholds, withDatasetSelection } from './lib/thresholds';
export type { ThresholdOverride } from './lib/thresholds';
export { validateRuleSet, validateException } from './lib/validate';
export type { ValidationIssue } from './lib/validate';
export { compareSufficiencyDatasets } from './lib/tables/dataset-comparison';
export type {
  BandColumn,
  DatasetBandSummary,
  DatasetComparisonRow,
  DatasetComparisonArgs,
} from './lib/tables/dataset-comparison';
export { hostPrefectureTable } from './lib/tables/host-table';
export type {
  HostTableArgs,
  HostTableCell,
  HostTableRow,
} from './lib/tables/host-table';
export { whatIfHostTable } from './lib/tables/what-if';
export type {
  WhatIfCell,
  WhatIfResult,
  WhatIfRow,
  WhatIfScenario,
} from './lib/tables/what-if';
export type { NamedPrefecture, SpecialtyHeading } from './lib/tables/named';
export { diffDecisions, resultKey } from './lib/diff';
export type {
  DecisionChange,
  DecisionChangeKind,
  DecisionDiff,
} from './lib/diff';
