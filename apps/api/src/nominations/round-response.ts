import { RoundResponse } from '@renkei/contract';
import { ruleSetSummary } from '../eligibility/eligibility-data.service';
import { RuleSetRecord } from '../eligibility/entities/rule-set.entity';
import { NominationRound } from './entities/nomination-round.entity';

export function toRoundResponse(round: NominationRound, ruleSet: RuleSetRecord): RoundResponse {
  return {
    id: round.id,
    recruitmentYear: round.recruitmentYear,
    status: round.status,
    ruleSet: ruleSetSummary(ruleSet),
    prefectureDeadline: round.prefectureDeadline.toISOString(),
    societyDeadline: round.societyDeadline.toISOString(),
    message: round.message,
    openedAt: round.openedAt.toISOString(),
    sentToSocietiesAt: round.sentToSocietiesAt?.toISOString() ?? null,
    publishedAt: round.publishedAt?.toISOString() ?? null,
    expectedPlaces: Object.entries(round.expectedPlaces)
      .map(([specialtyCode, places]) => ({ specialtyCode, places }))
      .sort((a, b) => a.specialtyCode.localeCompare(b.specialtyCode)),
    version: round.version,
  };
}

/**
 * A prefecture changes its draft while the round collects lists, until the deadline; after that (or
 * once the candidates went to the societies) only a list the JMSB returned can change.
 */
export function submissionEditable(round: NominationRound, status: 'draft' | 'submitted' | 'returned', now: Date): boolean {
  if (round.status === 'published') {
    return false;
  }
  return status === 'returned' || (status === 'draft' && round.status === 'collecting' && now <= round.prefectureDeadline);
}
