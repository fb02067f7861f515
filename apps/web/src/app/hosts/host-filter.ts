import { PublishedHostRow } from '@renkei/contract';

export interface HostFilter {
  specialtyCode: string;
  prefectureCode: string;
}

export function filterHosts(rows: readonly PublishedHostRow[], filter: HostFilter): PublishedHostRow[] {
  return rows.filter(
    (row) =>
      (!filter.specialtyCode || row.specialtyCode === filter.specialtyCode) &&
      (!filter.prefectureCode || row.prefectureCode === filter.prefectureCode),
  );
}

/** The distinct values of a column, for a filter's options, in the list's order. */
export function options<K extends 'specialty' | 'prefecture'>(
  rows: readonly PublishedHostRow[],
  kind: K,
): { code: string; nameJa: string; nameEn: string }[] {
  const seen = new Map<string, { code: string; nameJa: string; nameEn: string }>();
  for (const row of rows) {
    const code = kind === 'specialty' ? row.specialtyCode : row.prefectureCode;
    if (!seen.has(code)) {
      seen.set(
        code,
        kind === 'specialty'
          ? { code, nameJa: row.specialtyNameJa, nameEn: row.specialtyNameEn }
          : { code, nameJa: row.prefectureNameJa, nameEn: row.prefectureNameEn },
      );
    }
  }
  return [...seen.values()].sort((a, b) => a.code.localeCompare(b.code));
}
