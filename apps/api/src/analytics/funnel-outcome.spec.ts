import { EMPTY_FUNNEL_COUNTS, FunnelCounts } from '@renkei/contract';
import { funnelOutcome, OutcomeFacts } from './funnel-outcome';

const FACTS: OutcomeFacts = { nominatedCategory: true, awaitingAnswer: false, resultsPending: false };
const upTo = (counts: Partial<FunnelCounts>): FunnelCounts => ({ ...EMPTY_FUNNEL_COUNTS, ...counts });

describe('funnelOutcome', () => {
  it.each([
    [{}, 'no-eligible-facility'],
    [{ undetermined: 2 }, 'eligibility-undetermined'],
    [{ eligible: 3 }, 'eligible-not-nominated'],
    [{ eligible: 3, candidates: 1 }, 'nominated-not-confirmed'],
    [{ eligible: 3, candidates: 1, confirmed: 1 }, 'confirmed-not-published'],
    [{ eligible: 3, candidates: 1, confirmed: 1, published: 1 }, 'published-no-program'],
    [{ eligible: 3, candidates: 1, confirmed: 1, published: 1, requested: 3 }, 'requested-declined'],
    [{ eligible: 3, candidates: 1, confirmed: 1, published: 1, requested: 3, accepted: 2 }, 'accepted-not-recruited'],
    [{ eligible: 3, candidates: 1, confirmed: 1, published: 1, requested: 3, accepted: 2, recruited: 2 }, 'recruited-did-not-go'],
    [{ eligible: 3, candidates: 1, confirmed: 1, published: 1, requested: 3, accepted: 2, recruited: 2, rotated: 1 }, 'complete'],
  ] as const)('%j ends at %s', (counts, outcome) => {
    expect(funnelOutcome(upTo(counts), FACTS)).toBe(outcome);
  });

  it('tells waiting apart from refusal', () => {
    const requested = upTo({ eligible: 1, candidates: 1, confirmed: 1, published: 1, requested: 2 });
    expect(funnelOutcome(requested, { ...FACTS, awaitingAnswer: true })).toBe('requested-awaiting-answer');
    const accepted = { ...requested, accepted: 2 };
    expect(funnelOutcome(accepted, { ...FACTS, resultsPending: true })).toBe('results-not-reported');
  });

  it('reads from the deepest stage reached, so a published host counts when today’s data no longer makes it eligible', () => {
    expect(funnelOutcome(upTo({ published: 1, requested: 1 }), FACTS)).toBe('requested-declined');
  });

  it('says a category nobody nominates for has nothing to follow after eligibility', () => {
    expect(funnelOutcome(upTo({ eligible: 5 }), { ...FACTS, nominatedCategory: false })).toBe('not-nominated-category');
  });
});
