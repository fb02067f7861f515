import { Role, RoleAssignmentResponse } from '@renkei/contract';

/** Role names in the UI language (the glossary's terms). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  jmsb: $localize`:@@role.jmsb:日本専門医機構 担当者`,
  prefecture: $localize`:@@role.prefecture:都道府県 担当者`,
  society: $localize`:@@role.society:基本領域学会 担当者`,
  'base-facility': $localize`:@@role.baseFacility:基幹施設 担当者`,
  'host-facility': $localize`:@@role.hostFacility:連携先施設 担当者`,
};

/** What the scope field of each role is called. */
export const SCOPE_LABELS = {
  prefectureCode: $localize`:@@role.scope.prefecture:都道府県`,
  specialtyCode: $localize`:@@role.scope.specialty:基本領域`,
  facilityId: $localize`:@@role.scope.facility:施設 ID`,
} as const;

/** Which scope field a role needs; the JMSB is national and needs none. */
export const ROLE_SCOPE_FIELD: Readonly<Record<Role, keyof typeof SCOPE_LABELS | null>> = {
  jmsb: null,
  prefecture: 'prefectureCode',
  society: 'specialtyCode',
  'base-facility': 'facilityId',
  'host-facility': 'facilityId',
};

/** Looks up names for scope codes (see ReferenceNamesService). */
export interface ScopeNames {
  prefectureName(code: string): string;
  specialtyName(code: string): string;
}

/**
 * One role in its scope, for people: 「青森県 担当者」, 「基本領域学会 担当者（内科）」,
 * "Prefectural officer, Aomori". Facilities have no name lookup yet, so their roles show the role
 * alone (the id is shown separately where it matters).
 */
export function describeAssignment(assignment: RoleAssignmentResponse, names: ScopeNames): string {
  switch (assignment.role) {
    case 'prefecture': {
      if (!assignment.prefectureCode) {
        return ROLE_LABELS.prefecture;
      }
      const prefecture = names.prefectureName(assignment.prefectureCode);
      return $localize`:@@role.prefectureIn:${prefecture}:prefecture: 担当者`;
    }
    case 'society': {
      if (!assignment.specialtyCode) {
        return ROLE_LABELS.society;
      }
      const specialty = names.specialtyName(assignment.specialtyCode);
      return $localize`:@@role.societyFor:基本領域学会 担当者（${specialty}:specialty:）`;
    }
    default:
      return ROLE_LABELS[assignment.role];
  }
}

/** All of a person's roles in one line (「青森県 担当者、千葉県 担当者」). */
export function summarizeRoles(roles: readonly RoleAssignmentResponse[], names: ScopeNames, separator: string): string {
  return roles.map((assignment) => describeAssignment(assignment, names)).join(separator);
}
