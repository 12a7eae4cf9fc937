// Authenticator apps (TOTP, RFC 6238: SHA-1, 6 digits, 30 s, as every app supports): enrolment confirmed
// by a first valid code, codes accepted one step either side, never the same step twice, and a short
// lock after repeated wrong codes (recovery codes and passkeys still work while it lasts).
import 'server-only';
import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { getDb, type Db, type Tx } from '@/db/client';
import { siteSettings, totpFactors, users } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, type WriteResult } from '@/lib/core/result';
import { qrPath, type QrPath } from './qr';
import { issueRecoveryCodes } from './recovery-codes';
import { refuseRemovingLastRequired } from './removal-guard';
import { decryptSecret, encryptSecret } from './secret-box';
import { hasSecondFactor, secondFactorSummary } from './policy';
import { recordAudit } from '@/lib/audit/record';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_MAX_FAILURES = 5;
export const TOTP_LOCK_MS = 15 * 60 * 1000;

export type TotpEnrolment = { secret: string; uri: string; qr: QrPath };

const totpFor = (secret: string, label = 'staff', issuer = 'Byline') =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** Six digits, spaces allowed ("123 456" as some apps show it). */
export const normalizeTotpCode = (input: string) => input.replace(/\s+/g, '');
export const looksLikeTotpCode = (input: string) => /^\d{6}$/.test(normalizeTotpCode(input));

/** The time step a valid code belongs to, or null. */
function matchingStep(secret: string, code: string, now: Date): number | null {
  if (!looksLikeTotpCode(code)) return null;
  const delta = totpFor(secret).validate({ token: normalizeTotpCode(code), timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

/**
 * A new secret for `userId`, unconfirmed until a code proves the app has it (replacing any earlier
 * unconfirmed one). Refused while a confirmed app exists: remove that first.
 */
export async function startTotpEnrolmentFor(userId: string, db?: Db | Tx): Promise<TotpEnrolment | null> {
  const conn = db ?? (await getDb());
  const [user] = await conn.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) return null;
  const [site] = await conn.select({ name: siteSettings.siteName }).from(siteSettings).where(eq(siteSettings.id, 1)).limit(1);
  const secret = new Secret({ size: 20 }).base32;
  const rows = await conn
    .insert(totpFactors)
    .values({ userId, encryptedSecret: encryptSecret(secret, userId) })
    .onConflictDoUpdate({
      target: totpFactors.userId,
      set: { encryptedSecret: encryptSecret(secret, userId), createdAt: sql`now()`, failedAttempts: 0, lockedUntil: null },
      setWhere: isNull(totpFactors.confirmedAt),
    })
    .returning({ userId: totpFactors.userId });
  if (rows.length === 0) return null;
  const uri = totpFor(secret, user.email, site?.name?.trim() || 'Byline').toString();
  return { secret, uri, qr: qrPath(uri) };
}

/** Confirms a pending enrolment with a first code; returns false for a wrong code or no pending enrolment. */
export async function confirmTotpEnrolmentFor(tx: Db | Tx, userId: string, code: string, now = new Date()): Promise<boolean> {
  const [row] = await tx
    .select()
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, userId), isNull(totpFactors.confirmedAt)))
    .limit(1);
  const secret = row ? decryptSecret(row.encryptedSecret, userId) : null;
  const step = secret ? matchingStep(secret, code, now) : null;
  if (step === null) return false;
  const updated = await tx
    .update(totpFactors)
    .set({ confirmedAt: sql`now()`, lastUsedStep: step })
    .where(and(eq(totpFactors.userId, userId), isNull(totpFactors.confirmedAt)))
    .returning({ userId: totpFactors.userId });
  return updated.length === 1;
}

export async function startTotpEnrolment(actor: Actor | null): Promise<WriteResult<{ enrolment: TotpEnrolment }>> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const enrolment = await startTotpEnrolmentFor(actor.id);
  if (!enrolment) return { ok: false, code: 'conflict', error: 'An authenticator app is already set up. Remove it first to set up another.' };
  return { ok: true, enrolment };
}

/** Confirms one's own enrolment. The first second factor also brings the recovery codes (shown once). */
export async function confirmTotpEnrolment(
  actor: Actor | null,
  input: { code: string },
): Promise<WriteResult<{ recoveryCodes: string[] | null }>> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const hadFactor = hasSecondFactor(await secondFactorSummary(actor.id, tx));
    if (!(await confirmTotpEnrolmentFor(tx, actor.id, input.code))) {
      return {
        ok: false as const,
        code: 'invalid' as const,
        error: 'Check the highlighted field.',
        fieldErrors: { code: 'That code does not match. Enter the 6-digit code your app shows now.' },
      };
    }
    await recordAudit(tx, { actor, action: 'second_factor.added', objectType: 'user', objectId: actor.id, summary: 'Set up an authenticator app' });
    const summary = await secondFactorSummary(actor.id, tx);
    const recoveryCodes = !hadFactor || summary.recoveryCodesLeft === 0 ? await issueRecoveryCodes(tx, actor.id) : null;
    return { ok: true as const, recoveryCodes };
  });
}

export type TotpCheck = 'ok' | 'invalid' | 'locked';

/** Checks a sign-in code: accepted once per time step; wrong codes count toward a short lock. */
export async function verifyTotpCode(userId: string, code: string, now = new Date(), db?: Db | Tx): Promise<TotpCheck> {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select()
    .from(totpFactors)
    .where(and(eq(totpFactors.userId, userId), isNotNull(totpFactors.confirmedAt)))
    .limit(1);
  if (!row) return 'invalid';
  if (row.lockedUntil && row.lockedUntil.getTime() > now.getTime()) return 'locked';
  const secret = decryptSecret(row.encryptedSecret, userId);
  const step = secret ? matchingStep(secret, code, now) : null;
  if (step !== null) {
    // Conditional on the step moving forward, so a code seen once (or an older one) never works again.
    const accepted = await conn
      .update(totpFactors)
      .set({ lastUsedStep: step, failedAttempts: 0, lockedUntil: null })
      .where(and(eq(totpFactors.userId, userId), or(isNull(totpFactors.lastUsedStep), lt(totpFactors.lastUsedStep, step))))
      .returning({ userId: totpFactors.userId });
    if (accepted.length === 1) return 'ok';
  }
  const [after] = await conn
    .update(totpFactors)
    .set({ failedAttempts: sql`${totpFactors.failedAttempts} + 1` })
    .where(eq(totpFactors.userId, userId))
    .returning({ failedAttempts: totpFactors.failedAttempts });
  if (after && after.failedAttempts >= TOTP_MAX_FAILURES) {
    await conn
      .update(totpFactors)
      .set({ failedAttempts: 0, lockedUntil: new Date(now.getTime() + TOTP_LOCK_MS) })
      .where(eq(totpFactors.userId, userId));
    return 'locked';
  }
  return 'invalid';
}

/** Removes one's own authenticator app (confirmed or half-enrolled); refused when it is the last factor a role requires. */
export async function removeTotp(actor: Actor | null): Promise<WriteResult> {
  if (!actor || !can(actor, { kind: 'second-factor:manage', userId: actor.id })) return forbidden();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const refusal = await refuseRemovingLastRequired(tx, actor.id, { totp: true });
    if (refusal) return refusal;
    const removed = await tx.delete(totpFactors).where(eq(totpFactors.userId, actor.id)).returning({ userId: totpFactors.userId });
    if (removed.length === 0) return { ok: false as const, code: 'not_found' as const, error: 'No authenticator app is set up.' };
    await recordAudit(tx, { actor, action: 'second_factor.removed', objectType: 'user', objectId: actor.id, summary: 'Removed the authenticator app' });
    return { ok: true as const };
  });
}
