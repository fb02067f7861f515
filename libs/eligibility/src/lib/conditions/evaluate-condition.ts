import type { FacilityContext } from '../context.types';
import type { Condition } from '../rule-set.types';
import { evaluateCeiling } from './ceiling';
import type { ConditionEnv, ConditionEvaluation, PrefectureTarget } from './condition-env';
import { evaluateNomination } from './nomination';
import { evaluateScarceLocation } from './scarcity';
import { evaluateSufficiency } from './sufficiency';

/** Conditions that read only datasets for the prefecture × specialty. */
export function needsFacility(condition: Condition): boolean {
  return condition.kind === 'in-scarce-area-or-spot' || condition.kind === 'nominated-by-prefecture';
}

export function evaluateCondition(condition: Condition, env: ConditionEnv, target: PrefectureTarget, context: FacilityContext): ConditionEvaluation {
  switch (condition.kind) {
    case 'not-under-ceiling':
      return evaluateCeiling(condition, env, target);
    case 'sufficiency-at-most':
      return evaluateSufficiency(condition, env, target);
    case 'in-scarce-area-or-spot':
      return evaluateScarceLocation(condition, env.scope, context);
    case 'nominated-by-prefecture':
      return evaluateNomination(condition, env.scope, context);
  }
}
