import type { EligibilityException } from './exception.types';
import { CATEGORY_CODES, type ConditionLevel, type ConditionKind, type RuleSet } from './rule-set.types';

export interface ValidationIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

const EXPECTED_LEVEL: Readonly<Record<ConditionKind, ConditionLevel>> = {
  'not-under-ceiling': 'prefecture',
  'sufficiency-at-most': 'prefecture',
  'in-scarce-area-or-spot': 'facility',
  'nominated-by-prefecture': 'facility',
};

const isPositive = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** Checks a rule set a JMSB officer edited; an empty list means it can be used. */
export function validateRuleSet(ruleSet: RuleSet): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, code: string, message: string): void => void issues.push({ path, code, message });
  if (!ruleSet.id) add('id', 'REQUIRED', 'id is required');
  if (!Number.isInteger(ruleSet.recruitmentYear)) add('recruitmentYear', 'INVALID', 'recruitmentYear must be an integer');
  if (!ruleSet.sourceNote) add('sourceNote', 'REQUIRED', 'sourceNote is required');
  if (ruleSet.categories.length === 0) add('categories', 'REQUIRED', 'at least one category is required');
  const categoryCodes = new Set<string>();
  const conditionIds = new Set<string>();
  ruleSet.categories.forEach((category, i) => {
    const at = `categories[${i}]`;
    if (!CATEGORY_CODES.includes(category.code)) add(`${at}.code`, 'INVALID', `unknown category ${String(category.code)}`);
    if (categoryCodes.has(category.code)) add(`${at}.code`, 'DUPLICATE', `category ${category.code} appears twice`);
    categoryCodes.add(category.code);
    if (!isPositive(category.minRotationMonths)) add(`${at}.minRotationMonths`, 'INVALID', 'minRotationMonths must be > 0');
    if (!Number.isFinite(category.rank)) add(`${at}.rank`, 'INVALID', 'rank must be a number');
    if (!category.sourceNote) add(`${at}.sourceNote`, 'REQUIRED', 'sourceNote is required');
    category.conditions.forEach((condition, j) => {
      const cat = `${at}.conditions[${j}]`;
      if (conditionIds.has(condition.id)) add(`${cat}.id`, 'DUPLICATE', `condition id ${condition.id} appears twice`);
      conditionIds.add(condition.id);
      if (condition.level !== EXPECTED_LEVEL[condition.kind]) {
        add(`${cat}.level`, 'LEVEL_MISMATCH', `${condition.kind} is a ${EXPECTED_LEVEL[condition.kind]}-level condition`);
      }
      if (condition.kind === 'sufficiency-at-most') {
        if (!isPositive(condition.threshold)) add(`${cat}.threshold`, 'INVALID', 'threshold must be > 0');
        for (const [specialty, t] of Object.entries(condition.specialtyThresholds)) {
          if (!isPositive(t)) add(`${cat}.specialtyThresholds.${specialty}`, 'INVALID', 'threshold must be > 0');
        }
        if (ruleSet.datasets.sufficiency.length === 0) add('datasets.sufficiency', 'REQUIRED', 'a sufficiency condition needs a dataset');
      }
    });
  });
  return issues;
}

export function validateException(exception: EligibilityException): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, code: string, message: string): void => void issues.push({ path, code, message });
  if (!exception.id) add('id', 'REQUIRED', 'id is required');
  if (!exception.sourceNote) add('sourceNote', 'REQUIRED', 'sourceNote is required');
  if (exception.recruitmentYears.length === 0) add('recruitmentYears', 'REQUIRED', 'at least one recruitment year is required');
  if (exception.categoryCodes.length === 0) add('categoryCodes', 'REQUIRED', 'at least one category is required');
  const { conditionKinds = [], conditionIds = [] } = exception.effect;
  if (conditionKinds.length + conditionIds.length === 0) add('effect', 'REQUIRED', 'the exception must waive at least one condition');
  exception.appliesTo.forEach((selector, i) => {
    const fields = [selector.facilityCodes, selector.prefectureCodes, selector.specialtyCodes, selector.previousHostOfCategories];
    if (fields.every((f) => !f || f.length === 0)) add(`appliesTo[${i}]`, 'EMPTY_SELECTOR', 'an empty selector matches nothing');
  });
  return issues;
}
