import type { FacilityContext } from '../context.types';
import { makeReason, type ReasonScope } from '../messages';
import type { ScarceLocationCondition } from '../rule-set.types';
import type { ConditionEvaluation } from './condition-env';

function areaNote(context: FacilityContext): { ja: string; en: string } {
  const area = context.secondaryAreaCode;
  return area ? { ja: `（二次医療圏 ${area}）`, en: ` (secondary medical area ${area})` } : { ja: '', en: '' };
}

/** true / false / null (unknown) for "in a scarce area, or a spot when spots count". */
export function inScarceLocation(context: FacilityContext, includeSpots: boolean): boolean | null {
  if (context.scarceArea === true) return true;
  if (includeSpots && context.scarceSpot === true) return true;
  if (context.scarceArea === false && (!includeSpots || context.scarceSpot === false)) return false;
  return null;
}

export function evaluateScarceLocation(condition: ScarceLocationCondition, scope: ReasonScope, context: FacilityContext): ConditionEvaluation {
  const note = areaNote(context);
  const where = condition.includeSpots
    ? {
        ja: '医師少数区域・医師少数スポット',
        en: 'a physician-scarce area or spot',
      }
    : { ja: '医師少数区域', en: 'a physician-scarce area' };
  const located = inScarceLocation(context, condition.includeSpots);
  if (located === null) {
    return {
      outcome: 'unknown',
      reasons: [
        makeReason(
          scope,
          'SCARCITY_UNKNOWN',
          `${where.ja}の指定状況が不明${note.ja}: 判定できない`,
          `Designation as ${where.en} is unknown${note.en}: cannot decide`,
        ),
      ],
    };
  }
  if (!located) {
    return {
      outcome: 'fail',
      reasons: [
        makeReason(
          scope,
          condition.includeSpots ? 'NOT_IN_SCARCE_AREA_OR_SPOT' : 'NOT_IN_SCARCE_AREA',
          `${where.ja}に所在しない${note.ja}`,
          `Not located in ${where.en}${note.en}`,
        ),
      ],
    };
  }
  const byArea = context.scarceArea === true;
  return {
    outcome: 'pass',
    reasons: [
      byArea
        ? makeReason(scope, 'SCARCE_AREA', `医師少数区域に所在${note.ja}`, `Located in a physician-scarce area${note.en}`)
        : makeReason(scope, 'SCARCE_SPOT', `医師少数スポットに所在${note.ja}`, `Located in a physician-scarce spot${note.en}`),
    ],
  };
}
