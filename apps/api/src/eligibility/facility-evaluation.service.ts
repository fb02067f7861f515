import { Injectable } from '@nestjs/common';
import { EligibilityCategoryResult } from '@renkei/contract';
import { FacilityContext } from '@renkei/eligibility';
import { EntityManager } from 'typeorm';
import { toCategoryResult } from './category-result';
import { datasetRefs, EligibilityDataService, evaluatorOf } from './eligibility-data.service';
import { RuleSetRecord } from './entities/rule-set.entity';

export interface RuleSetEvaluator {
  /** Every category of the rule set for one facility × specialty. */
  facility(context: FacilityContext): EligibilityCategoryResult[];
  /** The prefecture-level part (ratios, ceilings) for one prefecture × specialty. */
  prefecture(prefectureCode: string, specialtyCode: string): EligibilityCategoryResult[];
}

/** Evaluates facilities under one rule set version (a round pins its version), with the datasets it reads. */
@Injectable()
export class FacilityEvaluationService {
  constructor(private readonly data: EligibilityDataService) {}

  async evaluatorFor(ruleSetId: string, manager: EntityManager): Promise<RuleSetEvaluator> {
    const record = await manager.findOneByOrFail(RuleSetRecord, { id: ruleSetId });
    const inputs = await this.data.loadFor(record, {}, manager);
    const evaluator = evaluatorOf(inputs);
    const datasets = datasetRefs(inputs);
    return {
      facility: (context) => evaluator.evaluate(context).categories.map((decision) => toCategoryResult(decision, datasets)),
      prefecture: (prefectureCode, specialtyCode) =>
        evaluator.evaluatePrefecture({ prefectureCode, specialtyCode }).categories.map((decision) => toCategoryResult(decision, datasets)),
    };
  }
}
