// Pending sign-ins: the password was right and the second factor (or enrolment) is still to come.
// One-time, five minutes, a hash of the token in the database (any instance can finish the sign-in),
// and dropped after a few wrong codes so the password has to be typed again.
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, isNotNull, lt, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { pendingSignIns, type PendingSignInPurpose } from '@/db/schema';
import { hashToken } from './secret-box';

export const PENDING_SIGN_IN_TTL_MS = 5 * 60 * 1000;
export const PENDING_SIGN_IN_MAX_FAILURES = 5;

const tokenPattern = /^[A-Za-z0-9_-]{43}$/;

export type PendingSignIn = { id: string; userId: string; purpose: PendingSignInPurpose; verified: boolean };

export async function createPendingSignIn(input: { userId: string; purpose: PendingSignInPurpose; now?: Date }, db?: Db | Tx): Promise<string> {
  const conn = db ?? (await getDb());
  const now = input.now ?? new Date();
  const token = crypto.randomBytes(32).toString('base64url');
  // Housekeeping rides along: expired rows go whenever a new one is made.
  await conn.delete(pendingSignIns).where(lt(pendingSignIns.expiresAt, now));
  await conn.insert(pendingSignIns).values({
    tokenHash: hashToken(token),
    userId: input.userId,
    purpose: input.purpose,
    expiresAt: new Date(now.getTime() + PENDING_SIGN_IN_TTL_MS),
  });
  return token;
}

/** The live pending sign-in a token names, or null (unknown, expired, or already used). */
export async function findPendingSignIn(token: unknown, now = new Date(), db?: Db | Tx): Promise<PendingSignIn | null> {
  if (typeof token !== 'string' || !tokenPattern.test(token)) return null;
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select()
    .from(pendingSignIns)
    .where(and(eq(pendingSignIns.tokenHash, hashToken(token)), gt(pendingSignIns.expiresAt, now)))
    .limit(1);
  return row ? { id: row.id, userId: row.userId, purpose: row.purpose, verified: row.verifiedAt !== null } : null;
}

/** Counts a wrong code; returns false when that was one too many and the pending sign-in is gone. */
export async function recordPendingFailure(id: string, db?: Db | Tx): Promise<boolean> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .update(pendingSignIns)
    .set({ failures: sql`${pendingSignIns.failures} + 1` })
    .where(eq(pendingSignIns.id, id))
    .returning({ failures: pendingSignIns.failures });
  if (!row || row.failures >= PENDING_SIGN_IN_MAX_FAILURES) {
    await conn.delete(pendingSignIns).where(eq(pendingSignIns.id, id));
    return false;
  }
  return true;
}

/** Marks that the second factor checked out (enrolment at sign-in); the session is started next. */
export async function markPendingVerified(id: string, db?: Db | Tx): Promise<void> {
  const conn = db ?? (await getDb());
  await conn.update(pendingSignIns).set({ verifiedAt: sql`now()` }).where(eq(pendingSignIns.id, id));
}

/** Uses the pending sign-in up: true for exactly one caller, however many race (a conditional delete). */
export async function consumePendingSignIn(id: string, options: { requireVerified?: boolean } = {}, db?: Db | Tx): Promise<boolean> {
  const conn = db ?? (await getDb());
  const rows = await conn
    .delete(pendingSignIns)
    .where(and(eq(pendingSignIns.id, id), gt(pendingSignIns.expiresAt, new Date()), options.requireVerified ? isNotNull(pendingSignIns.verifiedAt) : undefined))
    .returning({ id: pendingSignIns.id });
  return rows.length === 1;
}
