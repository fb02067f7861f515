import type { CategoryRule, RuleSet } from './rule-set.types';
import type { EligibilityStatus, Reason } from './result.types';
import type { SpecialtyRecord } from './reference.types';

/** Fields every reason of one condition (or category) shares. */
export interface ReasonScope {
  readonly ruleSetId: string;
  readonly categoryCode: CategoryRule['code'];
  readonly conditionId?: string;
}

export function makeReason(
  scope: ReasonScope,
  code: string,
  messageJa: string,
  messageEn: string,
  extra: Partial<Omit<Reason, 'code' | 'messageJa' | 'messageEn'>> = {},
): Reason {
  return { code, messageJa, messageEn, ...scope, ...extra };
}

export const STATUS_TEXT: Readonly<Record<EligibilityStatus, { readonly ja: string; readonly en: string }>> = {
  eligible: { ja: '対象', en: 'eligible' },
  conditional: {
    ja: '条件付き対象（施設単位の手続きが残る）',
    en: 'conditional (a facility-level step is left)',
  },
  ineligible: { ja: '対象外', en: 'not eligible' },
  undetermined: {
    ja: '判定不能（データで判定できない）',
    en: 'undetermined (the data cannot decide)',
  },
};

export function summaryReason(ruleSet: RuleSet, category: CategoryRule, status: EligibilityStatus): Reason {
  const text = STATUS_TEXT[status];
  return makeReason(
    { ruleSetId: ruleSet.id, categoryCode: category.code },
    `CATEGORY_${status.toUpperCase()}`,
    `${ruleSet.nameJa} ${category.label} ${category.nameJa}: ${text.ja}（連携先での研修 ${category.minRotationMonths}か月以上）`,
    `${ruleSet.nameEn} ${category.label} ${category.nameEn}: ${text.en} (at least ${category.minRotationMonths} months at the host)`,
    { sourceNote: category.sourceNote },
  );
}

export function specialtyNames(specialties: ReadonlyMap<string, SpecialtyRecord>, code: string): { readonly ja: string; readonly en: string } {
  const record = specialties.get(code);
  return record ? { ja: record.nameJa, en: record.nameEn } : { ja: code, en: code };
}

export function sampleNote(sample: boolean | undefined): {
  readonly ja: string;
  readonly en: string;
} {
  return sample ? { ja: '、サンプルデータ', en: ', sample data' } : { ja: '', en: '' };
}
