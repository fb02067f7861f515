/** The sample ceiling dataset shipped for demos: illustrative figures, not JMSB's. */
export const SAMPLE_CEILING_DATASET_CODE = 'sample-ceilings';

/** Thresholds of the p. 11 comparison. */
export const COMPARISON_THRESHOLDS = [0.7, 0.8] as const;

export const DEFAULT_COMPARISON = { from: '2016-2018', to: '2022' } as const;

export const AUDIT_ACTIONS = {
  ruleSetCreated: 'eligibility.rule-set.created',
  ruleSetActivated: 'eligibility.rule-set.activated',
  exceptionCreated: 'eligibility.exception.created',
  exceptionDeactivated: 'eligibility.exception.deactivated',
} as const;
