import { DATASET_2022, DATASET_LEGACY } from '../../testing/reference-data.fixtures';
import { bandCell, describeRatio, formatRatio, groupPrefecturesByBand, legendEntries, ratioTone } from './sufficiency-band';

const band = (lowerBound: number | null, upperBound: number | null) => ({ exact: null, lowerBound, upperBound });

describe('sufficiency bands', () => {
  it('formats bands as the committee publishes them', () => {
    expect(formatRatio(band(null, 0.7))).toBe('≤ 0.7');
    expect(formatRatio(band(0.7, 0.8))).toBe('0.7–0.8');
    expect(formatRatio(band(0.8, null))).toBe('> 0.8');
    expect(formatRatio({ exact: 0.734, lowerBound: null, upperBound: null })).toBe('0.734');
  });

  it('describes bands in words', () => {
    expect(describeRatio(band(0.7, 0.8))).toBe('0.7 超 0.8 以下');
    expect(describeRatio(band(null, 0.7))).toBe('0.7 以下');
    expect(describeRatio(band(0.8, null))).toBe('0.8 超');
  });

  it('gives each band a tone', () => {
    expect(ratioTone(band(null, 0.7))).toBe('severe');
    expect(ratioTone(band(0.7, 0.8))).toBe('short');
    expect(ratioTone(band(null, 0.8))).toBe('short');
    expect(ratioTone(band(0.8, null))).toBe('above');
    expect(ratioTone(band(0.5, null))).toBe('unknown');
    expect(ratioTone({ exact: 0.65, lowerBound: null, upperBound: null })).toBe('severe');
  });

  describe('bandCell', () => {
    const aomori = DATASET_2022.prefectures[1];
    const tokyo = DATASET_2022.prefectures[4];

    it('shows the listed band', () => {
      expect(bandCell(DATASET_2022, aomori, 'internal-medicine')).toEqual({ text: '≤ 0.7', tone: 'severe', listed: true });
    });

    it('shows the unlisted ratio (> 0.8) for a covered specialty without a row', () => {
      expect(bandCell(DATASET_2022, tokyo, 'internal-medicine')).toEqual({ text: '> 0.8', tone: 'above', listed: false });
    });

    it('shows a dash for a specialty the dataset does not cover', () => {
      expect(bandCell(DATASET_2022, aomori, 'surgery')).toEqual({ text: '—', tone: 'not-covered', listed: false });
    });
  });

  it('builds the legend from the bands the dataset uses', () => {
    expect(legendEntries(DATASET_2022).map((entry) => entry.text)).toEqual(['≤ 0.7', '0.7–0.8', '> 0.8', '—']);
    expect(legendEntries(DATASET_LEGACY).map((entry) => entry.text)).toEqual(['≤ 0.7', '≤ 0.8', '> 0.8', '—']);
  });

  it('lists the prefectures in each band of one specialty', () => {
    const groups = groupPrefecturesByBand(DATASET_2022, 'internal-medicine');

    expect(groups.map((g) => [g.text, g.prefectures.map((p) => p.prefectureCode)])).toEqual([
      ['≤ 0.7', ['02']],
      ['0.7–0.8', ['12']],
      ['> 0.8', ['01', '04', '13', '47']],
    ]);
    expect(groups[2].listed).toBe(false);
    expect(groupPrefecturesByBand(DATASET_2022, 'surgery')).toEqual([]);
  });
});
