import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { PREFECTURE_CODE_PATTERN, SufficiencyDatasetQuery } from './reference.queries';

describe('reference queries', () => {
  it.each(['01', '13', '47', '99'])('accepts the format of prefecture code %s', (code) => {
    expect(PREFECTURE_CODE_PATTERN.test(code)).toBe(true);
  });

  it.each(['1', '123', 'ab', ' 1'])('refuses the format of prefecture code %s', (code) => {
    expect(PREFECTURE_CODE_PATTERN.test(code)).toBe(false);
  });

  it('accepts a specialty slug and refuses anything else with a message naming the parameter', () => {
    expect(
      validateSync(
        plainToInstance(SufficiencyDatasetQuery, {
          specialty: 'internal-medicine',
        }),
      ),
    ).toHaveLength(0);
    const [error] = validateSync(
      plainToInstance(SufficiencyDatasetQuery, {
        specialty: 'Internal Medicine',
      }),
    );
    expect(error?.property).toBe('specialty');
    expect(Object.values(error?.constraints ?? {})).toEqual(['specialty must be a specialty code such as internal-medicine']);
  });
});
