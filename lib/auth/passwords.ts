// Password hashing (argon2id) and the strength rule every password form and the seed share.
import 'server-only';
import argon2 from 'argon2';
import { z } from 'zod';

/** OWASP's argon2id baseline (19 MiB, 2 passes): strong, yet cheap enough for a 2-core server under a login burst. */
const hashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;
/** argon2 takes any length; the cap only stops a megabyte "password" from tying up a CPU. */
export const MAX_PASSWORD_LENGTH = 256;

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((v) => v.trim().length >= MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters that are not spaces.`);

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions);
}

/** False (never throws) for a malformed stored hash, so a damaged row reads as a wrong password. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** True for hashes made with other parameters (e.g. the demo seed's argon2 defaults): rehash at next sign-in. */
export function hashNeedsUpgrade(hash: string): boolean {
  try {
    return !hash.startsWith('$argon2id$') || argon2.needsRehash(hash, hashOptions);
  } catch {
    return true;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for unknown emails and accounts without a
 * password, so response times do not reveal which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= argon2.hash('byline-dummy-password-for-timing', hashOptions);
  await verifyPassword(await dummyHash, password);
  return false;
}
