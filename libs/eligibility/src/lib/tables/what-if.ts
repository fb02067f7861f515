import type { DatasetSelection, RuleSet } from '../rule-set.types';
import { withThresholds, type ThresholdOverride } from '../thresholds';
import { hostPrefectureTable, type HostTableArgs, type HostTableRow } from './host-table';
import type { NamedPrefecture, SpecialtyHeading } from './named';

export interface WhatIfScenario {
  readonly thresholdOverrides?: readonly ThresholdOverride[];
  /** Merged over the baseline selection. */
  readonly datasetSelection?: Partial<DatasetSelection>;
}

export interface WhatIfCell {
  readonly categoryCode: HostTableRow['categories'][number]['categoryCode'];
  readonly label: string;
  readonly before: { readonly reached: number; readonly undetermined: number };
  readonly after: { readonly reached: number; readonly undetermined: number };
  /** after.reached − before.reached */
  readonly delta: number;
  readonly gained: readonly NamedPrefecture[];
  readonly lost: readonly NamedPrefecture[];
  readonly becameUndetermined: readonly NamedPrefecture[];
}

export interface WhatIfRow extends SpecialtyHeading {
  readonly categories: readonly WhatIfCell[];
}

export interface WhatIfResult {
  /** The modified copy; nothing is saved and the inputs are not mutated. */
  readonly scenarioRuleSet: RuleSet;
  readonly baseline: readonly HostTableRow[];
  readonly scenario: readonly HostTableRow[];
  readonly rows: readonly WhatIfRow[];
}

const codes = (list: readonly NamedPrefecture[]): Set<string> => new Set(list.map((p) => p.code));

/** Host-prefecture counts under a threshold or dataset change, next to the baseline. */
export function whatIfHostTable(args: HostTableArgs & { readonly scenario: WhatIfScenario }): WhatIfResult {
  const { scenario, ...base } = args;
  const scenarioRuleSet = withThresholds(base.ruleSet, scenario.thresholdOverrides ?? []);
  const baseline = hostPrefectureTable(base);
  const after = hostPrefectureTable({
    ...base,
    ruleSet: scenarioRuleSet,
    datasetSelection: {
      ...base.datasetSelection,
      ...scenario.datasetSelection,
    },
    specialtyCodes: base.specialtyCodes ?? baseline.map((r) => r.specialtyCode),
  });
  const rows = baseline.map((row): WhatIfRow => {
    const afterRow = after.find((r) => r.specialtyCode === row.specialtyCode) ?? row;
    return {
      specialtyCode: row.specialtyCode,
      specialtyNameJa: row.specialtyNameJa,
      specialtyNameEn: row.specialtyNameEn,
      categories: row.categories.map((cell): WhatIfCell => {
        const next = afterRow.categories.find((c) => c.categoryCode === cell.categoryCode) ?? cell;
        const beforeReached = codes(cell.reached);
        const afterReached = codes(next.reached);
        const beforeUndetermined = codes(cell.undetermined);
        const afterUndetermined = codes(next.undetermined);
        return {
          categoryCode: cell.categoryCode,
          label: cell.label,
          before: {
            reached: cell.counts.reached,
            undetermined: cell.counts.undetermined,
          },
          after: {
            reached: next.counts.reached,
            undetermined: next.counts.undetermined,
          },
          delta: next.counts.reached - cell.counts.reached,
          gained: next.reached.filter((p) => !beforeReached.has(p.code)),
          lost: cell.reached.filter((p) => !afterReached.has(p.code) && !afterUndetermined.has(p.code)),
          becameUndetermined: next.undetermined.filter((p) => !beforeUndetermined.has(p.code)),
        };
      }),
    };
  });
  return { scenarioRuleSet, baseline, scenario: after, rows };
}
