import type { FacilityContext } from '../context.types';
import { worstOutcome } from '../combine';
import { makeReason, type ReasonScope } from '../messages';
import type { ConditionOutcome, Reason } from '../result.types';
import type { NominatedByPrefectureCondition } from '../rule-set.types';
import type { ConditionEvaluation } from './condition-env';
import { inScarceLocation } from './scarcity';

/**
 * Nomination by the prefecture (2027 ②'). Not nominated yet → pending; outside a scarce area the
 * recorded reason is a further pending step. A prior host is reported as a default candidate but
 * still needs the nomination: the seed makes it a candidate, not a host.
 */
export function evaluateNomination(condition: NominatedByPrefectureCondition, scope: ReasonScope, context: FacilityContext): ConditionEvaluation {
  const nomination = context.nomination;
  const status = nomination?.status ?? 'pending';
  const reasonText = nomination?.reason?.trim() ?? '';
  const inScarce = condition.reasonRequiredOutsideScarceArea ? inScarceLocation(context, condition.spotsCountAsScarceArea) : true;

  if (status === 'declined') {
    return {
      outcome: 'fail',
      reasons: [makeReason(scope, 'NOMINATION_DECLINED', '都道府県が候補施設として選定しなかった', 'The prefecture did not nominate the facility')],
    };
  }

  const parts: { outcome: ConditionOutcome; reason: Reason }[] = [];
  if (status === 'nominated') {
    parts.push({
      outcome: 'pass',
      reason: makeReason(scope, 'NOMINATED', '都道府県が候補施設として選定済み', 'Nominated by the prefecture'),
    });
  } else {
    if (context.previousHost && condition.priorHostsAreDefaultCandidates) {
      parts.push({
        outcome: 'pending',
        reason: makeReason(
          scope,
          'PRIOR_HOST_DEFAULT_CANDIDATE',
          '前年度までの連携先施設のため候補に含めることが基本（都道府県による選定は必要）',
          'Host up to the previous year, so a default candidate (the prefecture still has to nominate it)',
        ),
      });
    }
    parts.push({
      outcome: 'pending',
      reason: makeReason(scope, 'NOMINATION_REQUIRED', '都道府県による候補施設としての選定が必要', 'Needs nomination by the prefecture'),
    });
  }

  if (inScarce !== true && reasonText) {
    parts.push({
      outcome: 'pass',
      reason: makeReason(scope, 'NOMINATION_REASON_RECORDED', `選定理由を記録済み: ${reasonText}`, `Nomination reason recorded: ${reasonText}`),
    });
  } else if (inScarce === false) {
    parts.push({
      outcome: 'pending',
      reason: makeReason(
        scope,
        'NOMINATION_REASON_REQUIRED',
        '医師少数区域外のため、都道府県による選定理由の記録が必要',
        'Outside a physician-scarce area, so the prefecture must record a nomination reason',
      ),
    });
  } else if (inScarce === null) {
    parts.push({
      outcome: 'unknown',
      reason: makeReason(
        scope,
        'SCARCITY_UNKNOWN',
        '医師少数区域の指定状況が不明のため、選定理由の要否を判定できない',
        'Physician-scarce designation is unknown, so whether a nomination reason is needed cannot be decided',
      ),
    });
  }
  return {
    outcome: worstOutcome(parts.map((p) => p.outcome)),
    reasons: parts.map((p) => p.reason),
  };
}
