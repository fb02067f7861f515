import { Language, Role } from '@renkei/contract';
import { EntityManager } from 'typeorm';
import { Facility } from '../facilities/facility.entity';
import { Prefecture } from '../reference-data/entities/prefecture.entity';
import { Specialty } from '../reference-data/entities/specialty.entity';

const ROLE_NAMES: Record<Role, Record<Language, string>> = {
  jmsb: {
    ja: '日本専門医機構 担当者',
    en: 'Japan Medical Specialty Board officer',
  },
  prefecture: { ja: '都道府県 担当者', en: 'Prefectural officer' },
  society: { ja: '基本領域学会 担当者', en: 'Specialty society reviewer' },
  'base-facility': { ja: '基幹施設 担当者', en: 'Base facility staff' },
  'host-facility': { ja: '連携先施設 担当者', en: 'Host facility staff' },
};

/** 「都道府県 担当者（青森県）」 / "Prefectural officer (Aomori)": the role and its scope in the reader's language. */
export async function describeRole(
  manager: EntityManager,
  assignment: {
    role: Role;
    prefectureCode?: string | null;
    specialtyCode?: string | null;
    facilityId?: string | null;
  },
  language: Language,
): Promise<string> {
  const role = ROLE_NAMES[assignment.role][language];
  let scope: string | undefined;
  if (assignment.prefectureCode) {
    const prefecture = await manager.findOneBy(Prefecture, {
      code: assignment.prefectureCode,
    });
    scope = language === 'ja' ? prefecture?.nameJa : prefecture?.nameEn;
  } else if (assignment.specialtyCode) {
    const specialty = await manager.findOneBy(Specialty, {
      code: assignment.specialtyCode,
    });
    scope = language === 'ja' ? specialty?.nameJa : specialty?.nameEn;
  } else if (assignment.facilityId) {
    scope = (await manager.findOneBy(Facility, { id: assignment.facilityId }))?.name;
  }
  if (!scope) {
    return role;
  }
  return language === 'ja' ? `${role}（${scope}）` : `${role} (${scope})`;
}
