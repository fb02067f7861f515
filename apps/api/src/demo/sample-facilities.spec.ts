import { SecondaryMedicalArea } from '../reference-data/entities/secondary-medical-area.entity';
import { sampleFacilities } from './sample-facilities';

const area = (code: string, nameJa: string, index: number, indexClass: 'many' | 'middle' | 'few'): SecondaryMedicalArea =>
  Object.assign(new SecondaryMedicalArea(), {
    code,
    prefectureCode: code.slice(0, 2),
    nameJa,
    physicianDistributionIndex: index,
    indexClass,
  });

describe('sampleFacilities', () => {
  it('puts a base in the richest area, a host in the poorest and another host outside scarce areas, all marked サンプル', () => {
    const areas = [area('0201', '津軽地域', 253.2, 'many'), area('0203', '青森地域', 186.6, 'middle'), area('0204', '西北五地域', 126.3, 'few')];
    const facilities = sampleFacilities(areas, new Map([['02', '青森県']]));
    expect(
      facilities.map((facility) => [facility.facilityCode, facility.name, facility.secondaryMedicalAreaCode, facility.isBase, facility.isHost]),
    ).toEqual([
      ['SAMPLE-02-1', '津軽総合病院（サンプル）', '0201', true, true],
      ['SAMPLE-02-2', '西北五中央病院（サンプル）', '0204', false, true],
      ['SAMPLE-02-3', '青森市民病院（サンプル）', '0203', false, true],
    ]);
    expect(facilities.every((facility) => facility.address.startsWith('青森県') && facility.name.includes('サンプル'))).toBe(true);
  });

  it('makes two facilities where a prefecture has only two areas', () => {
    expect(sampleFacilities([area('4701', '北部', 200, 'middle'), area('4702', '南部', 150, 'few')], new Map())).toHaveLength(2);
  });
});
