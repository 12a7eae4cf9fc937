// Tests only: staff rows and TOTP codes for the two-factor tests.
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { getDb } from '@/db/client';
import { siteSettings, users, type Role } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';

let sequence = 0;

export async function makeStaff(role: Role = 'author', extra: { disabled?: boolean } = {}): Promise<Actor & { email: string }> {
  const db = await getDb();
  const id = `${Date.now().toString(36)}${(sequence++).toString(36)}`;
  const [row] = await db
    .insert(users)
    .values({ email: `tf-${id}@example.com`, name: `Two Factor ${id}`, slug: `tf-${id}`, role, disabled: extra.disabled ?? false })
    .returning();
  return { id: row!.id, role, disabled: extra.disabled ?? false, email: row!.email };
}

/** The code an authenticator app shows for `secret` at `at` (a time step away: pass at ± 30 s). */
export const totpCode = (secret: string, at = new Date()) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });

export async function requireSecondFactorFor(roles: Role[]) {
  const db = await getDb();
  await db.insert(siteSettings).values({ id: 1, secondFactorRoles: roles }).onConflictDoUpdate({ target: siteSettings.id, set: { secondFactorRoles: roles } });
}

export async function sessionVersionOf(userId: string): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row!.v;
}
