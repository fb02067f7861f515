import { FunnelCounts, FunnelOutcome } from '@renkei/contract';

/** The stages in chain order, with what it means when the chain stops right after each. */
const CHAIN: readonly { stage: keyof FunnelCounts; next: (facts: OutcomeFacts) => FunnelOutcome }[] = [
  { stage: 'eligible', next: (facts) => (facts.nominatedCategory ? 'eligible-not-nominated' : 'not-nominated-category') },
  { stage: 'candidates', next: () => 'nominated-not-confirmed' },
  { stage: 'confirmed', next: () => 'confirmed-not-published' },
  { stage: 'published', next: () => 'published-no-program' },
  { stage: 'requested', next: (facts) => (facts.awaitingAnswer ? 'requested-awaiting-answer' : 'requested-declined') },
  { stage: 'accepted', next: (facts) => (facts.resultsPending ? 'results-not-reported' : 'accepted-not-recruited') },
  { stage: 'recruited', next: () => 'recruited-did-not-go' },
  { stage: 'rotated', next: () => 'complete' },
];

export interface OutcomeFacts {
  /** The category prefectures nominate for: the others have no candidates to count. */
  nominatedCategory: boolean;
  /** Some request of the cell still waits for the host's answer. */
  awaitingAnswer: boolean;
  /** Some accepted request's program has not reported its recruitment. */
  resultsPending: boolean;
}

/**
 * Where the chain breaks: right after the deepest stage anything reached. Reading from the deepest
 * stage (not the first zero) keeps a frozen published host counted when today's data no longer makes
 * it eligible.
 */
export function funnelOutcome(counts: FunnelCounts, facts: OutcomeFacts): FunnelOutcome {
  for (let index = CHAIN.length - 1; index >= 0; index -= 1) {
    const link = CHAIN[index];
    if (link && counts[link.stage] > 0) {
      return link.next(facts);
    }
  }
  return counts.undetermined > 0 ? 'eligibility-undetermined' : 'no-eligible-facility';
}
