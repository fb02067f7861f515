import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';

export interface SampleFacility {
  facilityCode: string;
  name: string;
  prefectureCode: string;
  secondaryMedicalAreaCode: string;
  municipality: string;
  address: string;
  bedCount: number;
  isBase: boolean;
  isHost: boolean;
}

/**
 * Three invented facilities per prefecture, named after their area and marked サンプル: a base
 * facility in the area with the most physicians, a host in the area with the fewest, and a host in
 * another area that is not physician-scarce (so a nomination outside a scarce area can be tried).
 */
export function sampleFacilities(areas: SecondaryMedicalArea[], prefectureNames: Map<string, string>): SampleFacility[] {
  const byPrefecture = new Map<string, SecondaryMedicalArea[]>();
  for (const area of areas) {
    byPrefecture.set(area.prefectureCode, [...(byPrefecture.get(area.prefectureCode) ?? []), area]);
  }
  return [...byPrefecture.entries()].flatMap(([prefectureCode, prefectureAreas]) => {
    const ranked = [...prefectureAreas].sort((a, b) => b.physicianDistributionIndex - a.physicianDistributionIndex);
    const richest = ranked[0];
    const poorest = ranked[ranked.length - 1];
    const other = ranked.find((area) => area !== richest && area !== poorest && area.indexClass !== 'few') ?? richest;
    const prefectureName = prefectureNames.get(prefectureCode) ?? prefectureCode;
    const make = (area: SecondaryMedicalArea | undefined, index: number, suffix: string, isBase: boolean, bedCount: number): SampleFacility[] => {
      if (!area) {
        return [];
      }
      const place = area.nameJa.replace(/(地域|医療圏|圏域|区域)$/, '');
      return [
        {
          facilityCode: `SAMPLE-${prefectureCode}-${index}`,
          name: `${place}${suffix}（サンプル）`,
          prefectureCode,
          secondaryMedicalAreaCode: area.code,
          municipality: `${place}市（サンプル）`,
          address: `${prefectureName}${place}市（サンプルの架空の住所）`,
          bedCount,
          isBase,
          isHost: !isBase || index === 1,
        },
      ];
    };
    return [
      ...make(richest, 1, '総合病院', true, 520),
      ...make(poorest, 2, '中央病院', false, 180),
      ...(other === richest ? [] : make(other, 3, '市民病院', false, 260)),
    ];
  });
}
