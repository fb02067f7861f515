import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@renkei/contract';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** The 3,000 most common passwords (zxcvbn's frequency-ordered list), compared case-insensitively. */
const COMMON_PASSWORDS = new Set((dictionary['passwords-common'] as string[]).slice(0, 3000).map((password) => password.toLowerCase()));

/** NIST 800-63B style: length only, no composition rules, and no well-known passwords. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return `password must be at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `password must be at most ${PASSWORD_MAX_LENGTH} characters`;
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return 'password is one of the most common passwords; choose another';
  }
  return null;
}

/** Argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: Algorithm.Argon2id });
}

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  // Without a hash, still spend the same time, so response time does not reveal whether an account exists.
  const target = storedHash ?? DUMMY_HASH;
  const matches = await verify(target, password).catch(() => false);
  return storedHash !== null && matches;
}

const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$j1jrpsWxgY7zafJOXrKIhg$CA8ui3N76SHZcgciHHCnq9zHQrhHktz8V2MXz1uCwOw';
