// Checks an email and password for sign-in: throttle first, then argon2id, with equal effort for unknown emails.
// A browser that signed in to the account before (known device) is throttled on its own, never by strangers' failures.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordFailedSignIn } from './failed-sign-in';
import { hashNeedsUpgrade, hashPassword, MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from './passwords';
import type { KnownDevice } from './known-device';
import { checkThrottle, clearAccountThrottle, recordLoginFailure } from './throttle';

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignInRefusal = { reason: 'invalid' } | { reason: 'wait'; retryAfterSeconds: number } | { reason: 'disabled' };

export type AuthenticateResult = { ok: true; user: { id: string; sessionVersion: number } } | ({ ok: false } & SignInRefusal);

/** One message for a wrong password and an unknown email, so the form does not reveal who has an account. */
export function signInRefusalMessage(refusal: SignInRefusal): string {
  switch (refusal.reason) {
    case 'invalid':
      return 'Wrong email or password.';
    case 'wait':
      return `Too many attempts. Try again in ${refusal.retryAfterSeconds} second${refusal.retryAfterSeconds === 1 ? '' : 's'}.`;
    case 'disabled':
      // Only said after the right password, so it tells nothing to someone guessing.
      return 'This account has been disabled. Ask an administrator to re-enable it.';
    default: {
      const unreachable: never = refusal;
      return unreachable;
    }
  }
}

export async function authenticateStaff(input: {
  email: unknown;
  password: unknown;
  ip: string | null;
  /** The browser's verified known-device cookie, if any (lib/auth/known-device.ts). */
  device?: KnownDevice | null;
}): Promise<AuthenticateResult> {
  const parsed = credentialsSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const { email, password } = parsed.data;

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, disabled: users.disabled, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const knownDeviceId = user && input.device?.userIds.includes(user.id) ? input.device.id : null;
  const subject = { email, ip: input.ip, knownDeviceId };

  const throttle = await checkThrottle(subject);
  if (throttle.wait) {
    await recordFailedSignIn({ email, userId: user?.id ?? null, reason: 'throttled', ip: input.ip });
    return { ok: false, reason: 'wait', retryAfterSeconds: throttle.retryAfterSeconds };
  }
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
  await clearAccountThrottle(email, knownDeviceId);
  // Hashes from elsewhere (the seed uses argon2's defaults) move to ours, so every account costs the same to check.
  const upgraded = hashNeedsUpgrade(user.passwordHash!) ? { passwordHash: await hashPassword(password) } : {};
  await db.update(users).set({ lastLoginAt: sql`now()`, ...upgraded }).where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion } };
}
