import { capacityLabel, capacityState, endOfDayJst, formatPeriod, formatPeriods, jstDay, problemText } from './nomination-labels';

describe('nomination labels', () => {
  it('formats acceptable periods in each language', () => {
    expect(formatPeriod({ startMonth: '2027-04', months: 12 }, 'ja')).toBe('2027年4月から12か月');
    expect(formatPeriod({ startMonth: '2027-10', months: 1 }, 'en')).toBe('1 month from Oct 2027');
    expect(
      formatPeriods(
        [
          { startMonth: '2027-04', months: 6 },
          { startMonth: '2028-04', months: 18 },
        ],
        'en',
      ),
    ).toBe('6 months from Apr 2027; 18 months from Apr 2028');
    expect(
      formatPeriods(
        [
          { startMonth: '2027-04', months: 6 },
          { startMonth: '2027-10', months: 6 },
        ],
        'ja',
      ),
    ).toBe('2027年4月から6か月、2027年10月から6か月');
    expect(formatPeriods([], 'ja')).toBe('—');
  });

  it('says in words whether capacity covers the expected places', () => {
    expect(capacityState({ expectedPlaces: null, short: false })).toBe('no-target');
    expect(capacityState({ expectedPlaces: 10, short: true })).toBe('short');
    expect(capacityState({ expectedPlaces: 10, short: false })).toBe('enough');
    expect(capacityLabel({ expectedPlaces: 10, offered: 7, short: true })).toBe('不足（あと 3 人分）');
    expect(capacityLabel({ expectedPlaces: 5, offered: 7, short: false })).toBe('充足');
    expect(capacityLabel({ expectedPlaces: null, offered: 7, short: false })).toBe('必要数未入力');
  });

  it('turns a picked day into the end of that day in Japan, and back', () => {
    expect(endOfDayJst('2027-01-31')).toBe('2027-01-31T23:59:59+09:00');
    expect(new Date(endOfDayJst('2027-01-31')).toISOString()).toBe('2027-01-31T14:59:59.000Z');
    // 2027-01-31 20:00 UTC is already 1 February in Japan.
    expect(jstDay('2027-01-31T20:00:00.000Z')).toBe('2027-02-01');
    expect(jstDay(new Date(endOfDayJst('2027-01-31')))).toBe('2027-01-31');
  });

  it('names the field a problem concerns', () => {
    const problem = {
      code: 'ACCEPTABLE_NUMBER_MISSING',
      field: 'acceptableNumber',
      messageJa: '受入可能数を入力してください。',
      messageEn: 'Enter it.',
    };
    expect(problemText(problem, 'ja')).toBe('受入可能数（年間）: 受入可能数を入力してください。');
    expect(problemText({ ...problem, field: null }, 'en')).toBe('Enter it.');
  });
});
