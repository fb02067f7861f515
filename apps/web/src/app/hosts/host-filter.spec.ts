import { PublishedHostRow } from '@renkei/contract';
import { filterHosts, options } from './host-filter';

const row = (overrides: Partial<PublishedHostRow>): PublishedHostRow => ({
  facilityCode: 'SAMPLE-02-2',
  categoryCode: 'special-regional',
  categoryNameJa: '特別地域連携プログラム',
  categoryNameEn: 'Special regional connection program',
  specialtyCode: 'internal-medicine',
  specialtyNameJa: '内科',
  specialtyNameEn: 'Internal medicine',
  prefectureCode: '02',
  prefectureNameJa: '青森県',
  prefectureNameEn: 'Aomori',
  address: '青森県',
  facilityName: '西北五中央病院',
  acceptableNumber: 2,
  acceptablePeriods: [],
  sample: true,
  ...overrides,
});

describe('published host filters', () => {
  const aomori = row({});
  const chibaPediatrics = row({
    facilityCode: 'SAMPLE-12-2',
    prefectureCode: '12',
    prefectureNameJa: '千葉県',
    prefectureNameEn: 'Chiba',
    specialtyCode: 'pediatrics',
    specialtyNameJa: '小児科',
    specialtyNameEn: 'Pediatrics',
  });
  const chibaInternal = row({ facilityCode: 'SAMPLE-12-3', prefectureCode: '12', prefectureNameJa: '千葉県', prefectureNameEn: 'Chiba' });

  it('filters by specialty and prefecture', () => {
    const rows = [aomori, chibaPediatrics, chibaInternal];
    expect(filterHosts(rows, { specialtyCode: 'internal-medicine', prefectureCode: '' })).toEqual([aomori, chibaInternal]);
    expect(filterHosts(rows, { specialtyCode: 'internal-medicine', prefectureCode: '12' })).toEqual([chibaInternal]);
    expect(filterHosts(rows, { specialtyCode: '', prefectureCode: '' })).toEqual(rows);
  });

  it('offers each specialty and prefecture of the list once', () => {
    const rows = [chibaInternal, aomori, chibaPediatrics];
    expect(options(rows, 'prefecture')).toEqual([
      { code: '02', nameJa: '青森県', nameEn: 'Aomori' },
      { code: '12', nameJa: '千葉県', nameEn: 'Chiba' },
    ]);
    expect(options(rows, 'specialty').map((option) => option.code)).toEqual(['internal-medicine', 'pediatrics']);
  });
});
