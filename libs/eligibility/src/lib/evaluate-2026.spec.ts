import { evaluateEligibility, RULE_SET_2026 } from '../index';
import { facility, input, sampleCeilings } from '../testing/fixtures';
import { category, reasonCodes } from '../testing/helpers';

const rules = input(RULE_SET_2026);
const with2022 = input(RULE_SET_2026, {
  datasetSelection: { sufficiency: ['2022'] },
});

describe('2026 rule set (令和8年度): DOMAIN.md §4 examples', () => {
  const seihokugo = facility({
    secondaryAreaCode: '0204',
    specialtyCode: 'internal-medicine',
  });
  const tsugaru = facility({
    secondaryAreaCode: '0201',
    specialtyCode: 'internal-medicine',
  });

  it.each([
    ['2016-2018 (default)', rules],
    ['2022', with2022],
  ])('Aomori internal medicine in 西北五 0204 (scarce): ③ and ② eligible with %s', (_label, evaluation) => {
    const result = evaluateEligibility(evaluation, seihokugo);
    const third = category(result, 'special-regional');
    expect(third.status).toBe('eligible');
    expect(third.label).toBe('③');
    expect(third.minRotationMonths).toBe(12);
    expect(reasonCodes(third)).toEqual(['CATEGORY_ELIGIBLE', 'SUFFICIENCY_MET', 'SCARCE_AREA']);
    expect(third.reasons[1]?.value).toBe('≤ 0.7');
    const second = category(result, 'prefecture-limited');
    expect(second.status).toBe('eligible');
    expect(second.minRotationMonths).toBe(18);
  });

  it('names the rule, the dataset, the band and the threshold in both languages', () => {
    const third = category(evaluateEligibility(rules, seihokugo), 'special-regional');
    expect(third.reasons[0]?.messageJa).toBe('令和8年度専攻医募集 ③ 特別地域連携プログラム: 対象（連携先での研修 12か月以上）');
    expect(third.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_MET',
      ruleSetId: 'recruitment-2026',
      categoryCode: 'special-regional',
      conditionId: 'special-regional.sufficiency',
      datasetCode: '2016-2018',
      threshold: 0.7,
      value: '≤ 0.7',
      messageJa: '足下充足率 0.7以下（データセット 2016-2018）: 基準 0.7以下を満たす',
      messageEn: 'Current sufficiency ratio ≤ 0.7 (dataset 2016-2018): meets the threshold ≤ 0.7',
    });
    expect(third.reasons[2]?.messageJa).toBe('医師少数区域に所在（二次医療圏 0204）');
  });

  it('Aomori internal medicine in 津軽 0201 (not scarce): ③ not eligible because of the area, ② eligible', () => {
    const result = evaluateEligibility(rules, tsugaru);
    const third = category(result, 'special-regional');
    expect(third.status).toBe('ineligible');
    expect(reasonCodes(third)).toEqual(['CATEGORY_INELIGIBLE', 'SUFFICIENCY_MET', 'NOT_IN_SCARCE_AREA_OR_SPOT']);
    expect(category(result, 'prefecture-limited').status).toBe('eligible');
  });

  it.each([
    ['2016-2018 (default)', rules, '2016-2018'],
    ['2022', with2022, '2022'],
  ])('Chiba internal medicine (band 0.7–0.8) is not eligible for ③ with %s, but is for ②', (_l, evaluation, code) => {
    const chiba = facility({
      secondaryAreaCode: '1206',
      specialtyCode: 'internal-medicine',
    });
    const result = evaluateEligibility(evaluation, chiba);
    expect(result.datasets).toEqual({ sufficiency: [code], ceiling: [] });
    const third = category(result, 'special-regional');
    expect(third.status).toBe('ineligible');
    expect(third.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_NOT_MET',
      datasetCode: code,
      value: '(0.7, 0.8]',
      threshold: 0.7,
    });
    expect(category(result, 'prefecture-limited').status).toBe('eligible');
  });
});

describe('2026 ③ scarce areas and spots', () => {
  const base = facility({
    secondaryAreaCode: '0201',
    specialtyCode: 'internal-medicine',
  });

  it('accepts a physician-scarce spot outside a scarce area', () => {
    const third = category(
      evaluateEligibility(rules, {
        ...base,
        scarceArea: false,
        scarceSpot: true,
      }),
      'special-regional',
    );
    expect(third.status).toBe('eligible');
    expect(reasonCodes(third)).toContain('SCARCE_SPOT');
  });

  it.each([
    [null, false],
    [false, null],
    [null, null],
  ])('is undetermined when the designation is unknown (area %p, spot %p)', (scarceArea, scarceSpot) => {
    const third = category(evaluateEligibility(rules, { ...base, scarceArea, scarceSpot }), 'special-regional');
    expect(third.status).toBe('undetermined');
    expect(reasonCodes(third)).toContain('SCARCITY_UNKNOWN');
  });

  it('is ineligible when the ratio fails even if the designation is unknown', () => {
    const tokyo = facility({
      secondaryAreaCode: '1308',
      specialtyCode: 'internal-medicine',
      scarceArea: null,
    });
    expect(category(evaluateEligibility(rules, tokyo), 'special-regional').status).toBe('ineligible');
  });
});

describe('2026 pediatrics (③ at ≤ 0.8)', () => {
  it('uses the pediatrics threshold 0.8 for ③ with the ≤ 0.8 legacy list', () => {
    const aomori = facility({
      secondaryAreaCode: '0204',
      specialtyCode: 'pediatrics',
    });
    const third = category(evaluateEligibility(rules, aomori), 'special-regional');
    expect(third.status).toBe('eligible');
    expect(third.reasons[1]).toMatchObject({ threshold: 0.8, value: '≤ 0.8' });
    expect(third.reasons[1]?.messageJa).toBe('足下充足率 0.8以下（データセット 2016-2018）: 基準 0.8以下（小児科の基準）を満たす');
  });

  it('fails an unlisted prefecture (> 0.8) and says it was not listed', () => {
    const tokyo = facility({
      secondaryAreaCode: '1308',
      specialtyCode: 'pediatrics',
    });
    const third = category(evaluateEligibility(rules, tokyo), 'special-regional');
    expect(third.status).toBe('ineligible');
    expect(third.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_NOT_MET',
      value: '> 0.8',
    });
    expect(third.reasons[1]?.messageEn).toContain('not listed');
    expect(category(evaluateEligibility(rules, tokyo), 'prefecture-limited').status).toBe('ineligible');
  });

  it('accepts Chiba pediatrics (0.7, 0.8] in 2022 at the 0.8 pediatrics threshold', () => {
    const chiba = facility({
      secondaryAreaCode: '1206',
      specialtyCode: 'pediatrics',
    });
    expect(category(evaluateEligibility(with2022, chiba), 'special-regional').status).toBe('eligible');
  });
});

describe('2026 undetermined', () => {
  it('a specialty the dataset does not cover has no value', () => {
    const surgery = facility({
      secondaryAreaCode: '0204',
      specialtyCode: 'surgery',
    });
    const result = evaluateEligibility(rules, surgery);
    for (const code of ['prefecture-limited', 'special-regional'] as const) {
      const decision = category(result, code);
      expect(decision.status).toBe('undetermined');
      expect(reasonCodes(decision)).toContain('SUFFICIENCY_NO_VALUE');
    }
  });

  it('① is undetermined without a ceiling dataset, but a ceiling-exempt specialty passes', () => {
    const im = evaluateEligibility(
      rules,
      facility({
        secondaryAreaCode: '0204',
        specialtyCode: 'internal-medicine',
      }),
    );
    expect(category(im, 'connection').status).toBe('undetermined');
    expect(reasonCodes(category(im, 'connection'))).toContain('CEILING_NO_DATASET_SELECTED');
    const surgery = evaluateEligibility(rules, facility({ secondaryAreaCode: '0204', specialtyCode: 'surgery' }));
    expect(category(surgery, 'connection').status).toBe('eligible');
    expect(reasonCodes(category(surgery, 'connection'))).toContain('CEILING_EXEMPT_SPECIALTY');
  });

  it('a dataset the rule set selects but the caller did not load is undetermined', () => {
    const missing = input(RULE_SET_2026, { datasets: [] });
    const third = category(
      evaluateEligibility(
        missing,
        facility({
          secondaryAreaCode: '0204',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'special-regional',
    );
    expect(third.status).toBe('undetermined');
    expect(reasonCodes(third)).toContain('SUFFICIENCY_DATASET_NOT_LOADED');
  });
});

describe('2026 ① connection program: ceilings', () => {
  const ceilings = sampleCeilings([
    {
      recruitmentYear: 2026,
      prefectureCode: '13',
      specialtyCode: 'internal-medicine',
      underCeiling: true,
      cap: 350,
    },
    {
      recruitmentYear: 2026,
      prefectureCode: '02',
      specialtyCode: 'internal-medicine',
      underCeiling: false,
      cap: null,
    },
    {
      recruitmentYear: 2027,
      prefectureCode: '12',
      specialtyCode: 'internal-medicine',
      underCeiling: false,
      cap: null,
    },
  ]);
  const evaluation = input(RULE_SET_2026, {
    datasets: [...rules.datasets, ceilings],
    datasetSelection: { ceiling: ['ceiling-sample'] },
  });

  it('is eligible where the specialty is not under the ceiling', () => {
    const connection = category(
      evaluateEligibility(
        evaluation,
        facility({
          secondaryAreaCode: '0201',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'connection',
    );
    expect(connection.status).toBe('eligible');
    expect(connection.label).toBe('①');
    expect(connection.minRotationMonths).toBe(18);
    expect(connection.reasons[1]).toMatchObject({
      code: 'NOT_UNDER_CEILING',
      datasetCode: 'ceiling-sample',
    });
    expect(connection.reasons[1]?.messageJa).toContain('サンプルデータ');
  });

  it('is ineligible under the ceiling and names the cap', () => {
    const connection = category(
      evaluateEligibility(
        evaluation,
        facility({
          secondaryAreaCode: '1301',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'connection',
    );
    expect(connection.status).toBe('ineligible');
    expect(connection.reasons[1]?.code).toBe('UNDER_CEILING');
    expect(connection.reasons[1]?.messageJa).toContain('上限 350人');
  });

  it('is undetermined without a row for the recruitment year (rows of other years do not count)', () => {
    const connection = category(
      evaluateEligibility(
        evaluation,
        facility({
          secondaryAreaCode: '1206',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'connection',
    );
    expect(connection.status).toBe('undetermined');
    expect(reasonCodes(connection)).toContain('CEILING_NO_DATA');
  });

  it('is undetermined when the selected ceiling dataset is not loaded', () => {
    const notLoaded = input(RULE_SET_2026, {
      datasetSelection: { ceiling: ['ceiling-2026'] },
    });
    const connection = category(
      evaluateEligibility(
        notLoaded,
        facility({
          secondaryAreaCode: '0201',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'connection',
    );
    expect(connection.status).toBe('undetermined');
    expect(reasonCodes(connection)).toContain('CEILING_DATASET_NOT_LOADED');
  });

  it('is undetermined when two selected ceiling datasets disagree', () => {
    const other = sampleCeilings(
      [
        {
          recruitmentYear: 2026,
          prefectureCode: '02',
          specialtyCode: 'internal-medicine',
          underCeiling: true,
          cap: 10,
        },
      ],
      'ceiling-other',
    );
    const conflicting = input(RULE_SET_2026, {
      datasets: [ceilings, other],
      datasetSelection: { ceiling: ['ceiling-sample', 'ceiling-other'] },
    });
    const connection = category(
      evaluateEligibility(
        conflicting,
        facility({
          secondaryAreaCode: '0201',
          specialtyCode: 'internal-medicine',
        }),
      ),
      'connection',
    );
    expect(connection.status).toBe('undetermined');
    expect(reasonCodes(connection)).toContain('CEILING_DATA_CONFLICT');
  });

  it('treats a specialty as non-exempt when the specialty list is not passed', () => {
    const noSpecialties = { ...evaluation, specialties: [] };
    const connection = category(evaluateEligibility(noSpecialties, facility({ secondaryAreaCode: '0204', specialtyCode: 'surgery' })), 'connection');
    expect(connection.status).toBe('undetermined');
  });
});
