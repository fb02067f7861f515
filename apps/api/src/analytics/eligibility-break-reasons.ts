import { EligibilityReasonResponse } from '@renkei/contract';
import type { CategoryDecision, CategoryRule } from '@renkei/eligibility';

/** What the funnel knows of a cell's facilities when its chain breaks at eligibility. */
export interface PoolFacts {
  /** Facilities of the prefecture that could host: registered hosts and this round's candidates. */
  facilities: number;
  /** Of those, the ones the engine cannot decide for the cell's specialty. */
  undetermined: number;
}

/**
 * Why no host facility is eligible: the prefecture-level conditions that did not pass (rule, dataset,
 * value); or, when the prefecture meets them, that it has no facility that could host, that the
 * facility-level conditions cannot be decided for some, or that none of its hosts meets them.
 */
export function eligibilityBreakReasons(decision: CategoryDecision, rule: CategoryRule, pool: PoolFacts): EligibilityReasonResponse[] {
  const blocking = decision.conditions.filter((condition) => condition.outcome === 'fail' || condition.outcome === 'unknown');
  if (blocking.length > 0) {
    return blocking.flatMap((condition) => condition.reasons);
  }
  const scope = { ruleSetId: decision.reasons[0]?.ruleSetId, categoryCode: decision.categoryCode };
  if (pool.facilities === 0) {
    return [
      {
        code: 'NO_HOST_FACILITY',
        messageJa: '都道府県単位の条件は満たすが、受入施設として施設台帳に登録された施設も、この回の候補もない',
        messageEn:
          'The prefecture meets the prefecture-level conditions, but no facility is registered as a host and none is a candidate in this round',
        ...scope,
      },
    ];
  }
  const facilityLevel = rule.conditions.filter((condition) => condition.level === 'facility');
  const namesJa = facilityLevel.map((condition) => `「${condition.nameJa}」`).join('');
  const namesEn = facilityLevel.map((condition) => `"${condition.nameEn}"`).join(', ');
  if (pool.undetermined > 0) {
    return [
      {
        code: 'FACILITY_CONDITIONS_UNDETERMINED',
        messageJa: `都道府県単位の条件は満たすが、受入施設${pool.undetermined}施設について施設単位の条件（${namesJa}）を判定するデータがない`,
        messageEn: `The prefecture meets the prefecture-level conditions, but the data to decide the facility-level ones (${namesEn}) is missing for ${pool.undetermined} host facilities`,
        ...scope,
      },
    ];
  }
  return [
    {
      code: 'NO_ELIGIBLE_HOST_FACILITY',
      messageJa: `都道府県単位の条件は満たすが、施設単位の条件（${namesJa}）を満たす受入施設が施設台帳にない（${pool.facilities}施設を判定）`,
      messageEn: `The prefecture meets the prefecture-level conditions, but none of its ${pool.facilities} host facilities in the registry meets the facility-level ones (${namesEn})`,
      ...scope,
    },
  ];
}
