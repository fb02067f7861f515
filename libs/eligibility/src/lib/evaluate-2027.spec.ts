import { evaluateEligibility, RULE_SET_2027 } from '../index';
import { facility, input } from '../testing/fixtures';
import { category, reasonCodes } from '../testing/helpers';

const rules = input(RULE_SET_2027);
const tsugaru = facility({
  secondaryAreaCode: '0201',
  specialtyCode: 'internal-medicine',
});

describe('2027 rule set (令和9年度案): categories', () => {
  it("has ①' connection and ②' special regional only", () => {
    const result = evaluateEligibility(rules, tsugaru);
    expect(result.categories.map((c) => [c.categoryCode, c.label, c.minRotationMonths])).toEqual([
      ['connection', "①'", 18],
      ['special-regional', "②'", 12],
    ]);
    expect(result.recruitmentYear).toBe(2027);
  });
});

describe("2027 ②': DOMAIN.md §4 examples", () => {
  it('津軽 0201 (outside a scarce area), not nominated: conditional, needs the nomination and a reason', () => {
    const second = category(evaluateEligibility(rules, tsugaru), 'special-regional');
    expect(second.status).toBe('conditional');
    expect(reasonCodes(second)).toEqual(['CATEGORY_CONDITIONAL', 'SUFFICIENCY_MET', 'NOMINATION_REQUIRED', 'NOMINATION_REASON_REQUIRED']);
    expect(second.reasons[1]).toMatchObject({
      datasetCode: '2022',
      threshold: 0.8,
      value: '≤ 0.7',
    });
    expect(second.reasons[1]?.messageJa).toBe('足下充足率 0.7以下（データセット 2022）: 基準 0.8以下を満たす');
  });

  it('津軽 0201 nominated without a reason: still conditional on the reason', () => {
    const second = category(
      evaluateEligibility(rules, {
        ...tsugaru,
        nomination: { status: 'nominated' },
      }),
      'special-regional',
    );
    expect(second.status).toBe('conditional');
    expect(reasonCodes(second)).toEqual(['CATEGORY_CONDITIONAL', 'SUFFICIENCY_MET', 'NOMINATED', 'NOMINATION_REASON_REQUIRED']);
  });

  it('津軽 0201 nominated with a blank reason: the reason still counts as missing', () => {
    const second = category(
      evaluateEligibility(rules, {
        ...tsugaru,
        nomination: { status: 'nominated', reason: '  ' },
      }),
      'special-regional',
    );
    expect(second.status).toBe('conditional');
  });

  it('津軽 0201 nominated with a recorded reason: eligible', () => {
    const nominated = {
      ...tsugaru,
      nomination: {
        status: 'nominated' as const,
        reason: '地域の小児・周産期医療の拠点',
      },
    };
    const second = category(evaluateEligibility(rules, nominated), 'special-regional');
    expect(second.status).toBe('eligible');
    expect(reasonCodes(second)).toEqual(['CATEGORY_ELIGIBLE', 'SUFFICIENCY_MET', 'NOMINATED', 'NOMINATION_REASON_RECORDED']);
    expect(second.reasons[3]?.messageJa).toContain('地域の小児・周産期医療の拠点');
  });

  it('Chiba internal medicine (0.7, 0.8]: eligible once nominated (a scarce-area facility needs no reason)', () => {
    const chiba = facility({
      secondaryAreaCode: '1206',
      specialtyCode: 'internal-medicine',
    });
    expect(category(evaluateEligibility(rules, chiba), 'special-regional').status).toBe('conditional');
    const second = category(
      evaluateEligibility(rules, {
        ...chiba,
        nomination: { status: 'nominated' },
      }),
      'special-regional',
    );
    expect(second.status).toBe('eligible');
    expect(second.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_MET',
      value: '(0.7, 0.8]',
      threshold: 0.8,
    });
    expect(reasonCodes(second)).not.toContain('NOMINATION_REASON_REQUIRED');
  });
});

describe("2027 ②' nomination branches", () => {
  const scarce = facility({
    secondaryAreaCode: '0204',
    specialtyCode: 'internal-medicine',
  });

  it('a declined nomination is ineligible', () => {
    const second = category(
      evaluateEligibility(rules, {
        ...scarce,
        nomination: { status: 'declined' },
      }),
      'special-regional',
    );
    expect(second.status).toBe('ineligible');
    expect(reasonCodes(second)).toContain('NOMINATION_DECLINED');
  });

  it('a pending nomination in a scarce area lists only the nomination', () => {
    const second = category(
      evaluateEligibility(rules, {
        ...scarce,
        nomination: { status: 'pending' },
      }),
      'special-regional',
    );
    expect(second.status).toBe('conditional');
    expect(reasonCodes(second)).toEqual(['CATEGORY_CONDITIONAL', 'SUFFICIENCY_MET', 'NOMINATION_REQUIRED']);
  });

  it('a scarce spot does not replace the reason under the 2027 text (医師少数区域), unless the rule says so', () => {
    const spot = {
      ...tsugaru,
      scarceSpot: true,
      nomination: { status: 'nominated' as const },
    };
    expect(category(evaluateEligibility(rules, spot), 'special-regional').status).toBe('conditional');
    const spotsCount = {
      ...RULE_SET_2027,
      categories: RULE_SET_2027.categories.map((category) => ({
        ...category,
        conditions: category.conditions.map((c) => (c.kind === 'nominated-by-prefecture' ? { ...c, spotsCountAsScarceArea: true } : c)),
      })),
    };
    expect(category(evaluateEligibility(input(spotsCount), spot), 'special-regional').status).toBe('eligible');
  });

  it('an unknown designation with no reason is undetermined; a recorded reason settles it', () => {
    const unknown = {
      ...tsugaru,
      scarceArea: null,
      nomination: { status: 'nominated' as const },
    };
    const second = category(evaluateEligibility(rules, unknown), 'special-regional');
    expect(second.status).toBe('undetermined');
    expect(reasonCodes(second)).toContain('SCARCITY_UNKNOWN');
    const withReason = {
      ...unknown,
      nomination: { status: 'nominated' as const, reason: '県の判断' },
    };
    expect(category(evaluateEligibility(rules, withReason), 'special-regional').status).toBe('eligible');
  });

  it('a prior host is reported as a default candidate but still needs the nomination', () => {
    const prior = { ...scarce, previousHost: true };
    const second = category(evaluateEligibility(rules, prior), 'special-regional');
    expect(second.status).toBe('conditional');
    expect(reasonCodes(second)).toEqual(['CATEGORY_CONDITIONAL', 'SUFFICIENCY_MET', 'PRIOR_HOST_DEFAULT_CANDIDATE', 'NOMINATION_REQUIRED']);
    const nominated = category(
      evaluateEligibility(rules, {
        ...prior,
        nomination: { status: 'nominated' },
      }),
      'special-regional',
    );
    expect(nominated.status).toBe('eligible');
    expect(reasonCodes(nominated)).not.toContain('PRIOR_HOST_DEFAULT_CANDIDATE');
  });

  it('a nominated facility in a prefecture above 0.8 stays ineligible', () => {
    const tokyo = facility({
      secondaryAreaCode: '1308',
      specialtyCode: 'internal-medicine',
      nomination: { status: 'nominated' },
    });
    const second = category(evaluateEligibility(rules, tokyo), 'special-regional');
    expect(second.status).toBe('ineligible');
    expect(second.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_NOT_MET',
      value: '> 0.8',
    });
  });
});

describe("2027 ②' pediatrics (≤ 0.9)", () => {
  const nominated = { nomination: { status: 'nominated' as const } };

  it.each([
    ['3502', '山口 ≤ 0.7', '≤ 0.7'],
    ['1206', '千葉 (0.7, 0.8]', '(0.7, 0.8]'],
  ])('area %s (%s) meets ≤ 0.9', (secondaryAreaCode, _label, value) => {
    const second = category(
      evaluateEligibility(
        rules,
        facility({
          secondaryAreaCode,
          specialtyCode: 'pediatrics',
          ...nominated,
        }),
      ),
      'special-regional',
    );
    expect(second.status).toBe('eligible');
    expect(second.reasons[1]).toMatchObject({ threshold: 0.9, value });
  });

  it('a prefecture known only to be > 0.8 is undetermined at 0.9, never guessed', () => {
    const aomori = facility({
      secondaryAreaCode: '0204',
      specialtyCode: 'pediatrics',
      ...nominated,
    });
    const second = category(evaluateEligibility(rules, aomori), 'special-regional');
    expect(second.status).toBe('undetermined');
    expect(second.reasons[1]).toMatchObject({
      code: 'SUFFICIENCY_UNDETERMINED',
      value: '> 0.8',
      threshold: 0.9,
    });
    expect(second.reasons[1]?.messageJa).toBe('足下充足率 0.8超（データセット 2022、掲載なし）: 基準 0.9以下（小児科の基準）を満たすか判定できない');
  });

  it('the same prefecture is decided for internal medicine at 0.8 (it fails)', () => {
    const tokyo = facility({
      secondaryAreaCode: '1308',
      specialtyCode: 'pediatrics',
      ...nominated,
    });
    expect(category(evaluateEligibility(rules, tokyo), 'special-regional').status).toBe('undetermined');
    const tokyoIm = { ...tokyo, specialtyCode: 'internal-medicine' };
    expect(category(evaluateEligibility(rules, tokyoIm), 'special-regional').status).toBe('ineligible');
  });
});
