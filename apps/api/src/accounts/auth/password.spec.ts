import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('password policy', () => {
  it('refuses passwords shorter than 8 characters, counting characters not bytes', () => {
    expect(passwordProblem('seven77')).toBe('password must be at least 8 characters');
    expect(passwordProblem('あいうえおかきく')).toBeNull();
  });

  it('accepts long passphrases without composition rules', () => {
    expect(passwordProblem('correct horse battery staple '.repeat(3))).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toBe('password must be at most 256 characters');
  });

  it.each(['password', 'Password', '12345678', 'baseball', 'superman'])('refuses the common password %s', (password) => {
    expect(passwordProblem(password)).toBe('password is one of the most common passwords; choose another');
  });

  it('hashes with Argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('a long enough secret');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 'a long enough secret')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'another secret here')).resolves.toBe(false);
    await expect(verifyPassword(null, 'a long enough secret')).resolves.toBe(false);
  });
});
