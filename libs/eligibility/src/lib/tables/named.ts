import type { PrefectureRecord, SpecialtyRecord } from '../reference.types';

export interface NamedPrefecture {
  readonly code: string;
  readonly nameJa: string;
  readonly nameEn: string;
}

export interface SpecialtyHeading {
  readonly specialtyCode: string;
  readonly specialtyNameJa: string;
  readonly specialtyNameEn: string;
}

export function named(prefecture: PrefectureRecord): NamedPrefecture {
  return {
    code: prefecture.code,
    nameJa: prefecture.nameJa,
    nameEn: prefecture.nameEn,
  };
}

export function heading(specialties: readonly SpecialtyRecord[], code: string): SpecialtyHeading {
  const record = specialties.find((s) => s.code === code);
  return {
    specialtyCode: code,
    specialtyNameJa: record?.nameJa ?? code,
    specialtyNameEn: record?.nameEn ?? code,
  };
}

/** The wanted codes in the order of the specialty list, unknown codes last. */
export function orderSpecialties(specialties: readonly SpecialtyRecord[], wanted: ReadonlySet<string>): string[] {
  const known = specialties.map((s) => s.code).filter((c) => wanted.has(c));
  return [...known, ...[...wanted].filter((c) => !known.includes(c))];
}
