import { FormControl } from '@angular/forms';
import { RkValidators } from './validators';

describe('RkValidators', () => {
  const check = (validator: (control: FormControl<string>) => unknown, value: string) => validator(new FormControl(value, { nonNullable: true }));

  it('accepts the e-mail addresses the API accepts', () => {
    expect(check(RkValidators.email, 'jmsb@demo.renkei.test')).toBeNull();
    expect(check(RkValidators.email, '  spaced@example.jp ')).toBeNull();
    expect(check(RkValidators.email, '')).toBeNull();
    expect(check(RkValidators.email, 'not-an-email')).toEqual({ email: true });
    // Angular's own Validators.email lets these through; the API (isEmail) does not.
    expect(check(RkValidators.email, 'a@b')).toEqual({ email: true });
  });

  it('wants new passwords of at least 8 characters, counted as the API counts them', () => {
    expect(check(RkValidators.newPassword, 'short')).toEqual({ passwordTooShort: { min: 8, actual: 5 } });
    expect(check(RkValidators.newPassword, 'eight ch')).toBeNull();
    // 4 emoji are 8 UTF-16 units but 4 characters.
    expect(check(RkValidators.newPassword, '🔑🔑🔑🔑')).toEqual({ passwordTooShort: { min: 8, actual: 4 } });
    expect(check(RkValidators.newPassword, 'x'.repeat(257))).toEqual({ passwordTooLong: { max: 256, actual: 257 } });
  });

  it('refuses text made of spaces only', () => {
    expect(check(RkValidators.requiredText, '   ')).toEqual({ required: true });
    expect(check(RkValidators.requiredText, ' 青森 ')).toBeNull();
  });
});
