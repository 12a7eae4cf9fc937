// Checks an email and password for sign-in: throttle first, then argon2id, with equal effort for unknown emails.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordFailedSignIn } from './failed-sign-in';
import { hashNeedsUpgrade, hashPassword, MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from './passwords';
import { checkThrottle, clearAccountThrottle, recordLoginFailure } from './throttle';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignInRefusal = { reason: 'invalid' } | { reason: 'locked'; retryAfterMinutes: number } | { reason: 'disabled' };

export type AuthenticateResult = { ok: true; user: { id: string; sessionVersion: number } } | ({ ok: false } & SignInRefusal);

/** One message for a wrong password and an unknown email, so the form does not reveal who has an account. */
export function signInRefusalMessage(refusal: SignInRefusal): string {
  switch (refusal.reason) {
    case 'invalid':
      return 'Wrong email or password.';
    case 'locked':
      return `Too many attempts. Try again in ${refusal.retryAfterMinutes} minute${refusal.retryAfterMinutes === 1 ? '' : 's'}.`;
    case 'disabled':
      // Only said after the right password, so it tells nothing to someone guessing.
      return 'This account has been disabled. Ask an administrator to re-enable it.';
    default: {
      const unreachable: never = refusal;
      return unreachable;
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function authenticateStaff(input: { email: unknown; password: unknown; ip: string | null }): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;
  const subject = { email, ip: input.ip };

  const throttle = await checkThrottle(subject);
  if (throttle.locked) {
    await recordFailedSignIn({ email, userId: null, reason: 'locked', ip: input.ip });
    return { ok: false, reason: 'locked', retryAfterMinutes: throttle.retryAfterMinutes };
  }
  if (throttle.delayMs > 0) await sleep(throttle.delayMs);

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabled: users.disabled, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  // Unknown emails and accounts still waiting for their first password cost one argon2 check too.
  const valid = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  if (!user || !valid) {
    await recordLoginFailure(subject);
    await recordFailedSignIn({ email, userId: user?.id ?? null, reason: user ? 'wrong_password' : 'unknown_email', ip: input.ip });
    return { ok: false, reason: 'invalid' };
  }
  if (user.disabled) {
    await recordFailedSignIn({ email, userId: user.id, reason: 'disabled', ip: input.ip });
    return { ok: false, reason: 'disabled' };
  }
  await clearAccountThrottle(email);
  // Hashes from elsewhere (the seed uses argon2's defaults) move to ours, so every account costs the same to check.
  const upgraded = hashNeedsUpgrade(user.passwordHash!) ? { passwordHash: await hashPassword(password) } : {};
  await db.update(users).set({ lastLoginAt: sql`now()`, ...upgraded }).where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
