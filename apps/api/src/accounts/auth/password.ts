import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@renkei/contract';
import * as argon2 from 'argon2';

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

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  // Without a hash, still spend the same time, so response time does not reveal whether an account exists.
  const target = hash ?? DUMMY_HASH;
  const matches = await argon2.verify(target, password).catch(() => false);
  return hash !== null && matches;
}

const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$AoVSSm8yzSh9w1y6mrSIOA$kWVRGR3WfsLltcBazeEOeVL31ucXAvLQ748BEX1oN/0';
