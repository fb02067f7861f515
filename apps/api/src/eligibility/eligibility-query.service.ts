import { Injectable } from '@nestjs/common';
import {
  DatasetComparisonQuery,
  DatasetComparisonResponse,
  EligibilityCheckQuery,
  EligibilityCheckResponse,
  EligibilityPrefecturesQuery,
  EligibilityPrefecturesResponse,
  HostTableQuery,
  HostTableResponse,
  WhatIfRequest,
  WhatIfResponse,
} from '@renkei/contract';
import {
  compareSufficiencyDatasets,
  createEvaluator,
  hostPrefectureTable,
  whatIfHostTable,
  type FacilityContext,
  type RuleSet,
  type ThresholdOverride,
} from '@renkei/eligibility';
import { COMPARISON_THRESHOLDS, DEFAULT_COMPARISON } from './eligibility.constants';
import { datasetRefs, EligibilityDataService, evaluatorOf, ruleSetSummary, SelectionOverride } from './eligibility-data.service';
import { unknownReference } from './eligibility.exception';
import { toCategoryResult, withSampleNote } from './category-result';

/** Read-only answers: check, prefecture list, p. 11 and p. 12 tables, what-if (never saves). */
@Injectable()
export class EligibilityQueryService {
  constructor(private readonly data: EligibilityDataService) {}

  async check(query: EligibilityCheckQuery): Promise<EligibilityCheckResponse> {
    const errors: Record<string, string[]> = {};
    const [active, specialtyKnown, area, datasetKnown] = await Promise.all([
      this.data.findActiveRuleSet(query.year),
      this.data.specialtyExists(query.specialty),
      this.data.findArea(query.area),
      query.dataset ? this.data.sufficiencyDatasetExists(query.dataset) : Promise.resolve(true),
    ]);
    if (!active) errors['year'] = [`no active rule set for recruitment year ${query.year} (known: ${(await this.data.activeYears()).join(', ')})`];
    if (!specialtyKnown) errors['specialty'] = [`${query.specialty} is not a known specialty`];
    if (!area) errors['area'] = [`${query.area} is not a known secondary medical area`];
    if (!datasetKnown) errors['dataset'] = [`${query.dataset ?? ''} is not a known sufficiency dataset`];
    if (Object.keys(errors).length > 0 || !active || !area) throw unknownReference(errors);

    const inputs = await this.data.loadFor(active, query.dataset ? { sufficiency: [query.dataset] } : {});
    const evaluator = evaluatorOf(inputs);
    // The prefecture's designation counts; until it designates, the index class gives the default.
    const scarceArea = area.designation?.physicianScarce ?? area.indexClass === 'few';
    const context: FacilityContext = {
      specialtyCode: query.specialty,
      prefectureCode: area.prefectureCode,
      secondaryAreaCode: area.code,
      scarceArea,
      // Spots are municipality-level designations the caller states; absent means "not in a spot".
      scarceSpot: query.spot === 'true',
      nomination: query.nominated === 'true' ? { status: 'nominated', reason: query.reason?.trim() || null } : null,
      previousHost: query.previousHost === 'true',
    };
    const result = evaluator.evaluate(context);
    const datasets = datasetRefs(inputs);
    return {
      year: query.year,
      specialty: query.specialty,
      prefectureCode: area.prefectureCode,
      areaCode: area.code,
      physicianScarceArea: scarceArea,
      ruleSet: ruleSetSummary(inputs.record),
      datasets,
      results: result.categories.map((decision) => toCategoryResult(decision, datasets)),
    };
  }

  async prefectures(query: EligibilityPrefecturesQuery): Promise<EligibilityPrefecturesResponse> {
    const errors: Record<string, string[]> = {};
    const [active, specialtyKnown, datasetKnown] = await Promise.all([
      this.data.findActiveRuleSet(query.year),
      this.data.specialtyExists(query.specialty),
      query.dataset ? this.data.sufficiencyDatasetExists(query.dataset) : Promise.resolve(true),
    ]);
    if (!active) errors['year'] = [`no active rule set for recruitment year ${query.year}`];
    if (!specialtyKnown) errors['specialty'] = [`${query.specialty} is not a known specialty`];
    if (!datasetKnown) errors['dataset'] = [`${query.dataset ?? ''} is not a known sufficiency dataset`];
    if (active && !active.definition.categories.some((c) => c.code === query.category)) {
      errors['category'] = [
        `the ${query.year} rule set has no category ${query.category} (it has ${active.definition.categories.map((c) => c.code).join(', ')})`,
      ];
    }
    if (Object.keys(errors).length > 0 || !active) throw unknownReference(errors);

    const inputs = await this.data.loadFor(active, query.dataset ? { sufficiency: [query.dataset] } : {});
    const evaluator = createEvaluator({
      ruleSet: inputs.ruleSet,
      datasets: inputs.datasets,
      specialties: inputs.specialties,
      datasetSelection: inputs.selection,
    });
    const datasets = datasetRefs(inputs);
    return {
      year: query.year,
      specialty: query.specialty,
      category: query.category,
      ruleSet: ruleSetSummary(inputs.record),
      datasets,
      prefectures: inputs.prefectures.map((prefecture) => {
        const result = evaluator.evaluatePrefecture({
          prefectureCode: prefecture.code,
          specialtyCode: query.specialty,
        });
        const decision = result.categories.find((c) => c.categoryCode === query.category);
        return {
          prefectureCode: prefecture.code,
          nameJa: prefecture.nameJa,
          nameEn: prefecture.nameEn,
          status: decision?.status ?? 'undetermined',
          reasons: decision ? withSampleNote(decision.reasons, datasets) : [],
        };
      }),
    };
  }

  async datasetComparison(query: DatasetComparisonQuery): Promise<DatasetComparisonResponse> {
    const from = query.from ?? DEFAULT_COMPARISON.from;
    const to = query.to ?? DEFAULT_COMPARISON.to;
    const [loaded, specialties, prefectures] = await Promise.all([
      this.data.loadSufficiencyDatasets([from, to]),
      this.data.loadSpecialties(),
      this.data.loadPrefectures(),
    ]);
    const fromDataset = loaded.find((d) => d.code === from);
    const toDataset = loaded.find((d) => d.code === to);
    const errors: Record<string, string[]> = {};
    if (!fromDataset) errors['from'] = [`${from} is not a known sufficiency dataset`];
    if (!toDataset) errors['to'] = [`${to} is not a known sufficiency dataset`];
    if (!fromDataset || !toDataset) throw unknownReference(errors);
    const ordered = from === to ? [fromDataset] : [fromDataset, toDataset];
    return {
      from,
      to,
      datasets: ordered.map((d) => ({
        code: d.code,
        kind: 'sufficiency',
        nameJa: d.nameJa,
        nameEn: d.nameEn,
        sample: d.sample ?? false,
      })),
      thresholds: [...COMPARISON_THRESHOLDS],
      rows: compareSufficiencyDatasets({
        datasets: ordered,
        thresholds: [...COMPARISON_THRESHOLDS],
        prefectures,
        specialties,
      }),
    };
  }

  async hostTable(query: HostTableQuery): Promise<HostTableResponse> {
    const inputs = await this.data.loadForYear(query.year, await this.sufficiencyOverride(query.dataset));
    return {
      year: query.year,
      ruleSet: ruleSetSummary(inputs.record),
      datasets: datasetRefs(inputs),
      rows: hostPrefectureTable({
        ruleSet: inputs.ruleSet,
        datasets: inputs.datasets,
        specialties: inputs.specialties,
        prefectures: inputs.prefectures,
        datasetSelection: inputs.selection,
      }),
    };
  }

  /** Baseline vs. scenario host-prefecture counts; the scenario rule set lives only in this response. */
  async whatIf(request: WhatIfRequest): Promise<WhatIfResponse> {
    const errors: Record<string, string[]> = {};
    for (const code of request.sufficiencyDatasets ?? []) {
      if (!(await this.data.sufficiencyDatasetExists(code)))
        errors['sufficiencyDatasets'] = [...(errors['sufficiencyDatasets'] ?? []), `${code} is not a known sufficiency dataset`];
    }
    for (const code of request.ceilingDatasets ?? []) {
      if (!(await this.data.ceilingDatasetExists(code)))
        errors['ceilingDatasets'] = [...(errors['ceilingDatasets'] ?? []), `${code} is not a known ceiling dataset`];
    }
    for (const [i, o] of request.thresholdOverrides.entries()) {
      if (o.specialtyCode && !(await this.data.specialtyExists(o.specialtyCode)))
        errors[`thresholdOverrides.${i}.specialtyCode`] = [`${o.specialtyCode} is not a known specialty`];
    }
    if (Object.keys(errors).length > 0) throw unknownReference(errors);

    const scenarioSelection: SelectionOverride = {
      ...(request.sufficiencyDatasets ? { sufficiency: request.sufficiencyDatasets } : {}),
      ...(request.ceilingDatasets ? { ceiling: request.ceilingDatasets } : {}),
    };
    // Load the baseline selection plus whatever the scenario reads, so both sides have their data.
    const baseline = await this.data.loadForYear(request.year);
    const extra = await this.data.loadFor(baseline.record, scenarioSelection);
    const datasets = [...baseline.datasets, ...extra.datasets.filter((d) => !baseline.datasets.some((b) => b.kind === d.kind && b.code === d.code))];
    const overrides = toThresholdOverrides(baseline.ruleSet, request);
    const result = whatIfHostTable({
      ruleSet: baseline.ruleSet,
      datasets,
      specialties: baseline.specialties,
      prefectures: baseline.prefectures,
      datasetSelection: baseline.selection,
      scenario: {
        thresholdOverrides: overrides,
        datasetSelection: scenarioSelection,
      },
    });
    return {
      year: request.year,
      ruleSet: ruleSetSummary(baseline.record),
      saved: false,
      scenarioCategories: [...result.scenarioRuleSet.categories],
      datasets: { ...baseline.selection, ...scenarioSelection },
      rows: [...result.rows],
    };
  }

  private async sufficiencyOverride(dataset: string | undefined): Promise<SelectionOverride> {
    if (!dataset) return {};
    if (!(await this.data.sufficiencyDatasetExists(dataset)))
      throw unknownReference({
        dataset: [`${dataset} is not a known sufficiency dataset`],
      });
    return { sufficiency: [dataset] };
  }
}

/** The request's overrides in the engine's shape; without a category, every category with a sufficiency condition. */
function toThresholdOverrides(ruleSet: RuleSet, request: WhatIfRequest): ThresholdOverride[] {
  return request.thresholdOverrides.flatMap((o) => {
    const categories = ruleSet.categories.filter((c) =>
      o.categoryCode ? c.code === o.categoryCode : c.conditions.some((k) => k.kind === 'sufficiency-at-most'),
    );
    return categories.map((c) => ({
      categoryCode: c.code,
      ...(o.conditionId ? { conditionId: o.conditionId } : {}),
      ...(o.specialtyCode ? { specialtyThresholds: { [o.specialtyCode]: o.threshold } } : { threshold: o.threshold }),
    }));
  });
}
