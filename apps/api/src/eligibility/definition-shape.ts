import type { CategoryCode, ConditionKind, EligibilityException as ExceptionDefinition, RuleSet } from '@renkei/eligibility';

/**
 * Structural checks of a JSON rule set / exception before the engine's `validateRuleSet` /
 * `validateException` look at its meaning (they assume the shape). Issues are `{ path: [messages] }`.
 */
type Issues = Record<string, string[]>;
type Json = Record<string, unknown>;

const CONDITION_KINDS: readonly ConditionKind[] = ['not-under-ceiling', 'sufficiency-at-most', 'in-scarce-area-or-spot', 'nominated-by-prefecture'];
const CATEGORY_CODES: readonly CategoryCode[] = ['connection', 'prefecture-limited', 'special-regional'];

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

class Checker {
  readonly issues: Issues = {};

  add(path: string, message: string): void {
    (this.issues[path] ??= []).push(message);
  }

  string(obj: Json, key: string, at: string, required = true): void {
    const v = obj[key];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || (required && v.trim() === '')) this.add(at + key, `${key} must be a non-empty string`);
  }

  number(obj: Json, key: string, at: string): void {
    if (typeof obj[key] !== 'number' || !Number.isFinite(obj[key])) this.add(at + key, `${key} must be a number`);
  }

  boolean(obj: Json, key: string, at: string): void {
    if (typeof obj[key] !== 'boolean') this.add(at + key, `${key} must be true or false`);
  }

  strings(obj: Json, key: string, at: string, required = true): void {
    const v = obj[key];
    if (v === undefined && !required) return;
    if (!isStringArray(v)) this.add(at + key, `${key} must be a list of strings`);
  }

  get ok(): boolean {
    return Object.keys(this.issues).length === 0;
  }
}

/** Shape of the rule set definition body (`id`, `version`, `recruitmentYear` are assigned by the API). */
export function ruleSetShapeIssues(definition: Json): Issues {
  const c = new Checker();
  for (const key of ['nameJa', 'nameEn', 'sourceNote']) c.string(definition, key, '');
  const datasets = definition['datasets'];
  if (!isObject(datasets)) c.add('datasets', 'datasets must be { sufficiency: string[], ceiling: string[] }');
  else {
    c.strings(datasets, 'sufficiency', 'datasets.');
    c.strings(datasets, 'ceiling', 'datasets.');
  }
  const categories = definition['categories'];
  if (!Array.isArray(categories)) {
    c.add('categories', 'categories must be a list');
    return c.issues;
  }
  categories.forEach((category: unknown, i) => {
    const at = `categories[${i}].`;
    if (!isObject(category)) return c.add(`categories[${i}]`, 'a category must be an object');
    if (!CATEGORY_CODES.includes(category['code'] as CategoryCode)) c.add(`${at}code`, `code must be one of ${CATEGORY_CODES.join(', ')}`);
    for (const key of ['label', 'nameJa', 'nameEn', 'sourceNote']) c.string(category, key, at);
    c.number(category, 'minRotationMonths', at);
    c.number(category, 'rank', at);
    const conditions = category['conditions'];
    if (!Array.isArray(conditions)) return c.add(`${at}conditions`, 'conditions must be a list');
    conditions.forEach((condition: unknown, j) => {
      const cat = `${at}conditions[${j}].`;
      if (!isObject(condition)) return c.add(`${at}conditions[${j}]`, 'a condition must be an object');
      for (const key of ['id', 'nameJa', 'nameEn']) c.string(condition, key, cat);
      c.string(condition, 'sourceNote', cat, false);
      if (condition['level'] !== 'prefecture' && condition['level'] !== 'facility') c.add(`${cat}level`, 'level must be prefecture or facility');
      const kind = condition['kind'] as ConditionKind;
      if (!CONDITION_KINDS.includes(kind)) return c.add(`${cat}kind`, `kind must be one of ${CONDITION_KINDS.join(', ')}`);
      switch (kind) {
        case 'sufficiency-at-most': {
          c.number(condition, 'threshold', cat);
          const thresholds = condition['specialtyThresholds'];
          if (thresholds !== undefined && (!isObject(thresholds) || Object.values(thresholds).some((t) => typeof t !== 'number')))
            c.add(`${cat}specialtyThresholds`, 'specialtyThresholds must map specialty codes to numbers');
          break;
        }
        case 'in-scarce-area-or-spot':
          c.boolean(condition, 'includeSpots', cat);
          break;
        case 'nominated-by-prefecture':
          for (const key of ['reasonRequiredOutsideScarceArea', 'spotsCountAsScarceArea', 'priorHostsAreDefaultCandidates'])
            c.boolean(condition, key, cat);
          break;
        case 'not-under-ceiling':
          break;
      }
    });
  });
  return c.issues;
}

/** Fills defaults the shape check allows to be omitted (an empty specialtyThresholds). */
export function normalizeRuleSet(definition: Json, identity: Pick<RuleSet, 'id' | 'version' | 'recruitmentYear'>): RuleSet {
  const raw = definition as unknown as RuleSet;
  return {
    ...raw,
    ...identity,
    categories: raw.categories.map((category) => ({
      ...category,
      conditions: category.conditions.map((condition) =>
        condition.kind === 'sufficiency-at-most'
          ? {
              ...condition,
              specialtyThresholds: condition.specialtyThresholds ?? {},
            }
          : condition,
      ),
    })),
  };
}

/** Shape of an exception definition body (`id` is assigned by the API). */
export function exceptionShapeIssues(definition: Json): Issues {
  const c = new Checker();
  for (const key of ['nameJa', 'nameEn', 'sourceNote']) c.string(definition, key, '');
  const years = definition['recruitmentYears'];
  if (!Array.isArray(years) || years.some((y) => !Number.isInteger(y))) c.add('recruitmentYears', 'recruitmentYears must be a list of years');
  c.strings(definition, 'ruleSetIds', '', false);
  const categories = definition['categoryCodes'];
  if (!Array.isArray(categories) || categories.some((code) => !CATEGORY_CODES.includes(code as CategoryCode)))
    c.add('categoryCodes', `categoryCodes must list categories among ${CATEGORY_CODES.join(', ')}`);
  const appliesTo = definition['appliesTo'];
  if (!Array.isArray(appliesTo)) c.add('appliesTo', 'appliesTo must be a list of selectors');
  else
    appliesTo.forEach((selector: unknown, i) => {
      if (!isObject(selector)) return c.add(`appliesTo[${i}]`, 'a selector must be an object');
      for (const key of ['facilityCodes', 'prefectureCodes', 'specialtyCodes', 'previousHostOfCategories'])
        c.strings(selector, key, `appliesTo[${i}].`, false);
    });
  const effect = definition['effect'];
  if (!isObject(effect) || effect['kind'] !== 'waive-conditions')
    c.add('effect', 'effect must be { kind: "waive-conditions", conditionKinds?, conditionIds? }');
  else {
    c.strings(effect, 'conditionIds', 'effect.', false);
    const kinds = effect['conditionKinds'];
    if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => !CONDITION_KINDS.includes(k as ConditionKind))))
      c.add('effect.conditionKinds', `conditionKinds must list kinds among ${CONDITION_KINDS.join(', ')}`);
  }
  return c.issues;
}

export function asException(definition: Json, id: string): ExceptionDefinition {
  return { ...(definition as unknown as ExceptionDefinition), id };
}
