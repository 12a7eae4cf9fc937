// Authenticator apps and recovery codes against a real database: enrolment, codes, reuse, lock, removal.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { recoveryCodes, totpFactors } from '@/db/schema';
import { secondFactorSummary } from './policy';
import { consumeRecoveryCode, regenerateRecoveryCodes } from './recovery-codes';
import { decryptSecret, encryptSecret } from './secret-box';
import { makeStaff, requireSecondFactorFor, totpCode } from './testing';
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment, TOTP_MAX_FAILURES, verifyTotpCode } from './totp';

async function enrolled(role: 'author' | 'editor' = 'author') {
  const actor = await makeStaff(role);
  const start = await startTotpEnrolment(actor);
  if (!start.ok) throw new Error(start.error);
  const confirm = await confirmTotpEnrolment(actor, { code: totpCode(start.enrolment.secret) });
  if (!confirm.ok) throw new Error(confirm.error);
  return { actor, secret: start.enrolment.secret, codes: confirm.recoveryCodes! };
}

describe('secret box', () => {
  it('round-trips a secret bound to its account and refuses a tampered or moved one', () => {
    const sealed = encryptSecret('JBSWY3DPEHPK3PXP', 'user-a');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(sealed, 'user-a')).toBe('JBSWY3DPEHPK3PXP');
    expect(decryptSecret(sealed, 'user-b')).toBeNull();
    const [v, iv, body, tag] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0]! ^= 1;
    expect(decryptSecret([v, iv, flipped.toString('base64url'), tag].join('.'), 'user-a')).toBeNull();
    expect(decryptSecret('garbage', 'user-a')).toBeNull();
  });
});

describe('TOTP enrolment', () => {
  it('shows a secret, URI and QR code; stores the secret encrypted and unconfirmed until a right code', async () => {
    const actor = await makeStaff();
    const start = await startTotpEnrolment(actor);
    if (!start.ok) throw new Error(start.error);
    expect(start.enrolment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.enrolment.uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
    expect(start.enrolment.qr.size).toBeGreaterThan(20);
    expect(start.enrolment.qr.d).toMatch(/^M\d+ \d+h1v1h-1z/);
    const db = await getDb();
    const [row] = await db.select().from(totpFactors).where(eq(totpFactors.userId, actor.id));
    expect(row!.encryptedSecret).not.toContain(start.enrolment.secret);
    expect(row!.confirmedAt).toBeNull();
    expect((await secondFactorSummary(actor.id)).totp).toBe(false);

    const wrong = await confirmTotpEnrolment(actor, { code: '000000' === totpCode(start.enrolment.secret) ? '111111' : '000000' });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { code: expect.stringContaining('does not match') } });
    expect((await db.select().from(totpFactors).where(eq(totpFactors.userId, actor.id)))[0]!.confirmedAt).toBeNull();
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, actor.id))).toHaveLength(0);

    const right = await confirmTotpEnrolment(actor, { code: totpCode(start.enrolment.secret) });
    expect(right).toMatchObject({ ok: true });
    if (!right.ok) return;
    expect(right.recoveryCodes).toHaveLength(10);
    expect(new Set(right.recoveryCodes).size).toBe(10);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, actor.id));
    expect(stored).toHaveLength(10);
    for (const code of right.recoveryCodes!) expect(stored.some((s) => s.codeHash.includes(code.replace('-', '')))).toBe(false);
    expect(await secondFactorSummary(actor.id)).toEqual({ totp: true, passkeys: 0, recoveryCodesLeft: 10 });
    // A second app while one is set up: refused, the first one untouched.
    expect(await startTotpEnrolment(actor)).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('TOTP codes at sign-in', () => {
  it('accepts the current code and one step either side, never the same step twice nor an older one', async () => {
    const { actor, secret } = await enrolled();
    const now = new Date(Date.now() + 90_000);
    expect(await verifyTotpCode(actor.id, totpCode(secret, now), now)).toBe('ok');
    expect(await verifyTotpCode(actor.id, totpCode(secret, now), now)).toBe('invalid');
    // The step before was never used, but it is older than the last accepted one: refused.
    expect(await verifyTotpCode(actor.id, totpCode(secret, new Date(now.getTime() - 30_000)), now)).toBe('invalid');
    expect(await verifyTotpCode(actor.id, totpCode(secret, new Date(now.getTime() + 30_000)), now)).toBe('ok');
    // Two steps away is outside the window.
    const later = new Date(now.getTime() + 300_000);
    expect(await verifyTotpCode(actor.id, totpCode(secret, new Date(later.getTime() + 60_000)), later)).toBe('invalid');
    expect(await verifyTotpCode(actor.id, totpCode(secret, new Date(later.getTime() - 30_000)), later)).toBe('ok');
  });

  it('locks codes after repeated wrong ones, even the right code, until the lock ends', async () => {
    const { actor, secret } = await enrolled();
    const now = new Date(Date.now() + 60_000);
    const wrong = totpCode(secret, now) === '123456' ? '654321' : '123456';
    for (let i = 1; i < TOTP_MAX_FAILURES; i++) expect(await verifyTotpCode(actor.id, wrong, now)).toBe('invalid');
    expect(await verifyTotpCode(actor.id, wrong, now)).toBe('locked');
    expect(await verifyTotpCode(actor.id, totpCode(secret, now), now)).toBe('locked');
    const afterLock = new Date(now.getTime() + 16 * 60_000);
    expect(await verifyTotpCode(actor.id, totpCode(secret, afterLock), afterLock)).toBe('ok');
  });
});

describe('recovery codes', () => {
  it('work once each; a new set replaces the old', async () => {
    const { actor, codes } = await enrolled();
    const db = await getDb();
    expect(await consumeRecoveryCode(db, actor.id, codes[0]!.toUpperCase())).toBe(true);
    expect(await consumeRecoveryCode(db, actor.id, codes[0]!)).toBe(false);
    expect(await consumeRecoveryCode(db, actor.id, 'nope')).toBe(false);
    expect((await secondFactorSummary(actor.id)).recoveryCodesLeft).toBe(9);
    const fresh = await regenerateRecoveryCodes(actor);
    if (!fresh.ok) throw new Error(fresh.error);
    expect(await consumeRecoveryCode(db, actor.id, codes[1]!)).toBe(false);
    expect(await consumeRecoveryCode(db, actor.id, fresh.codes[1]!.replace('-', ' '))).toBe(true);
  });

  it('are refused without a second factor to back up', async () => {
    const actor = await makeStaff();
    expect(await regenerateRecoveryCodes(actor)).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('removing an authenticator app', () => {
  it('removes it and its recovery codes when nothing else is left', async () => {
    const { actor } = await enrolled();
    expect(await removeTotp(actor)).toEqual({ ok: true });
    expect(await secondFactorSummary(actor.id)).toEqual({ totp: false, passkeys: 0, recoveryCodesLeft: 0 });
    expect(await removeTotp(actor)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('refuses to remove the last factor while the role requires one, changing nothing', async () => {
    const { actor } = await enrolled('editor');
    await requireSecondFactorFor(['editor']);
    try {
      const result = await removeTotp(actor);
      expect(result).toMatchObject({ ok: false, code: 'conflict', error: expect.stringContaining('Your role requires a second factor') });
      expect(await secondFactorSummary(actor.id)).toEqual({ totp: true, passkeys: 0, recoveryCodesLeft: 10 });
    } finally {
      await requireSecondFactorFor([]);
    }
  });
});

describe('audit entries for second-factor changes', () => {
  it('records setting up and removing an app, and new recovery codes, each with who and what', async () => {
    const { auditLog } = await import('@/db/schema');
    const { actor } = await enrolled();
    expect((await regenerateRecoveryCodes(actor)).ok).toBe(true);
    expect((await removeTotp(actor)).ok).toBe(true);
    const db = await getDb();
    const rows = await db.select().from(auditLog).where(eq(auditLog.actorId, actor.id));
    expect(rows.map((r) => r.action).sort()).toEqual(['recovery_codes.regenerated', 'second_factor.added', 'second_factor.removed']);
    expect(rows.every((r) => r.objectId === actor.id)).toBe(true);
  });
});
