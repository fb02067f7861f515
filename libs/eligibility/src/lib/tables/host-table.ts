import type { Dataset } from '../dataset.types';
import { createEvaluator } from '../evaluate';
import type { PrefectureRecord, SpecialtyRecord } from '../reference.types';
import type { EligibilityStatus } from '../result.types';
import type { CategoryCode, DatasetSelection, RuleSet } from '../rule-set.types';
import { heading, named, orderSpecialties, type NamedPrefecture, type SpecialtyHeading } from './named';

export interface HostTableArgs {
  readonly ruleSet: RuleSet;
  readonly datasets: readonly Dataset[];
  readonly specialties: readonly SpecialtyRecord[];
  readonly prefectures: readonly PrefectureRecord[];
  /** Default: every category of the rule set. */
  readonly categoryCodes?: readonly CategoryCode[];
  /** Default: the specialties the selected sufficiency datasets cover. */
  readonly specialtyCodes?: readonly string[];
  readonly datasetSelection?: Partial<DatasetSelection>;
}

export interface HostTableCell {
  readonly categoryCode: CategoryCode;
  readonly label: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly rank: number;
  /** Listed once, under the highest-rank category reached (as p. 12 does). */
  readonly listed: readonly NamedPrefecture[];
  /** Every prefecture whose prefecture-level conditions hold (eligible or conditional). */
  readonly reached: readonly NamedPrefecture[];
  readonly undetermined: readonly NamedPrefecture[];
  readonly counts: {
    readonly listed: number;
    readonly reached: number;
    readonly undetermined: number;
  };
}

export interface HostTableRow extends SpecialtyHeading {
  /** Highest rank first. */
  readonly categories: readonly HostTableCell[];
}

const REACHED: readonly EligibilityStatus[] = ['eligible', 'conditional'];

/** Seed 004 p. 12: host prefectures per category per specialty, from prefecture-level conditions. */
export function hostPrefectureTable(args: HostTableArgs): HostTableRow[] {
  const evaluator = createEvaluator({
    ruleSet: args.ruleSet,
    datasets: args.datasets,
    specialties: args.specialties,
    datasetSelection: args.datasetSelection,
  });
  const categories = args.ruleSet.categories
    .filter((c) => !args.categoryCodes || args.categoryCodes.includes(c.code))
    .sort((a, b) => b.rank - a.rank);
  const selected = args.datasetSelection?.sufficiency ?? args.ruleSet.datasets.sufficiency;
  const wanted = new Set(
    args.specialtyCodes ?? args.datasets.flatMap((d) => (d.kind === 'sufficiency' && selected.includes(d.code) ? d.specialtyCodes : [])),
  );

  return orderSpecialties(args.specialties, wanted).map((specialtyCode) => {
    const cells = categories.map((category) => ({
      category,
      listed: [] as NamedPrefecture[],
      reached: [] as NamedPrefecture[],
      undetermined: [] as NamedPrefecture[],
    }));
    for (const prefecture of args.prefectures) {
      const result = evaluator.evaluatePrefecture({
        prefectureCode: prefecture.code,
        specialtyCode,
      });
      let listed = false;
      for (const cell of cells) {
        const status = result.categories.find((d) => d.categoryCode === cell.category.code)?.status;
        if (status && REACHED.includes(status)) {
          cell.reached.push(named(prefecture));
          if (!listed) cell.listed.push(named(prefecture));
          listed = true;
        } else if (status === 'undetermined') {
          cell.undetermined.push(named(prefecture));
        }
      }
    }
    return {
      ...heading(args.specialties, specialtyCode),
      categories: cells.map(({ category, listed, reached, undetermined }) => ({
        categoryCode: category.code,
        label: category.label,
        nameJa: category.nameJa,
        nameEn: category.nameEn,
        rank: category.rank,
        listed,
        reached,
        undetermined,
        counts: {
          listed: listed.length,
          reached: reached.length,
          undetermined: undetermined.length,
        },
      })),
    };
  });
}
