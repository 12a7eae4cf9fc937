// The second sign-in step against a real database: which step follows the password, finishing with a
// TOTP code, a recovery code or a passkey, enrolment at sign-in, expiry, failures, and an admin reset.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { pendingSignIns, users } from '@/db/schema';
import { getOwnSecondFactors, resetSecondFactor, secondFactorsByUser } from './manage';
import { passkeyRegistrationOptions, registerPasskey, relyingParty } from './passkeys';
import { PENDING_SIGN_IN_MAX_FAILURES } from './pending-sign-in';
import { secondFactorSummary } from './policy';
import {
  completeSecondFactor,
  confirmEnrolmentAtSignIn,
  passkeyOptionsForEnrolment,
  passkeyOptionsForPendingSignIn,
  registerPasskeyAtSignIn,
  secondFactorChoices,
  signInWithPasskey,
  startEnrolmentAtSignIn,
  stepAfterPassword,
} from './sign-in';
import { softAuthenticator } from './soft-authenticator';
import { makeStaff, requireSecondFactorFor, sessionVersionOf, totpCode } from './testing';
import { confirmTotpEnrolment, startTotpEnrolment } from './totp';
import type { Actor } from '@/lib/permissions/can';

async function withTotp(actor: Actor) {
  const start = await startTotpEnrolment(actor);
  if (!start.ok) throw new Error(start.error);
  const confirm = await confirmTotpEnrolment(actor, { code: totpCode(start.enrolment.secret) });
  if (!confirm.ok) throw new Error(confirm.error);
  return { secret: start.enrolment.secret, codes: confirm.recoveryCodes! };
}

async function pendingToken(actor: Actor): Promise<string> {
  const next = await stepAfterPassword(actor);
  if (next.step !== 'second-factor') throw new Error(`expected a second factor step, got ${next.step}`);
  return next.token;
}

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe('the step after the password', () => {
  it('is nothing without a factor, the second factor with one, enrolment when the role requires one', async () => {
    const plain = await makeStaff('author');
    expect(await stepAfterPassword(plain)).toEqual({ step: 'none' });
    await withTotp(plain);
    expect(await stepAfterPassword(plain)).toMatchObject({ step: 'second-factor', token: expect.stringMatching(/^[\w-]{43}$/) });
    const editor = await makeStaff('editor');
    await requireSecondFactorFor(['editor']);
    try {
      expect(await stepAfterPassword(editor)).toMatchObject({ step: 'enrol' });
    } finally {
      await requireSecondFactorFor([]);
    }
  });
});

describe('finishing with a second factor', () => {
  it('a TOTP code signs in once; the pending sign-in is then used up', async () => {
    const actor = await makeStaff();
    const { secret } = await withTotp(actor);
    const token = await pendingToken(actor);
    expect(await secondFactorChoices(token)).toEqual({ totp: true, passkey: false, recovery: true });
    // The enrolment used the current step; the next one is a fresh code.
    const result = await completeSecondFactor({ token, method: 'totp', code: totpCode(secret, later(30)) });
    expect(result).toEqual({ ok: true, account: { id: actor.id, sessionVersion: 1 } });
    expect(await completeSecondFactor({ token, method: 'totp', code: totpCode(secret, later(30)) })).toEqual({ ok: false, reason: 'expired' });
  });

  it('a recovery code signs in once and is used up', async () => {
    const actor = await makeStaff();
    const { codes } = await withTotp(actor);
    const first = await pendingToken(actor);
    expect(await completeSecondFactor({ token: first, method: 'recovery', code: codes[3]! })).toMatchObject({ ok: true });
    const second = await pendingToken(actor);
    expect(await completeSecondFactor({ token: second, method: 'recovery', code: codes[3]! })).toEqual({ ok: false, reason: 'wrong-code' });
    expect((await secondFactorSummary(actor.id)).recoveryCodesLeft).toBe(9);
  });

  it('a passkey answers a pending sign-in; a passkey alone signs in too', async () => {
    const actor = await makeStaff();
    const authenticator = softAuthenticator({ origin: relyingParty().origin, rpId: relyingParty().rpID });
    const reg = await passkeyRegistrationOptions(actor);
    if (!reg.ok) throw new Error(reg.error);
    expect(await registerPasskey(actor, { name: 'Key', response: authenticator.register(reg.options) })).toMatchObject({ ok: true });
    const token = await pendingToken(actor);
    expect(await secondFactorChoices(token)).toEqual({ totp: false, passkey: true, recovery: true });
    const options = await passkeyOptionsForPendingSignIn(token);
    expect(options?.allowCredentials?.map((c) => c.id)).toEqual([authenticator.credentialId]);
    expect(await completeSecondFactor({ token, method: 'passkey', response: authenticator.authenticate(options!) })).toMatchObject({ ok: true });

    const { passkeyAuthenticationOptions } = await import('./passkeys');
    expect(await signInWithPasskey(authenticator.authenticate(await passkeyAuthenticationOptions({ purpose: 'sign-in' })))).toEqual({ id: actor.id, sessionVersion: 1 });
  });

  it('drops the pending sign-in after repeated wrong codes, and refuses expired ones and disabled accounts', async () => {
    const actor = await makeStaff();
    const { secret, codes } = await withTotp(actor);
    const token = await pendingToken(actor);
    for (let i = 1; i < PENDING_SIGN_IN_MAX_FAILURES; i++) {
      expect(await completeSecondFactor({ token, method: 'recovery', code: 'aaaaa-aaaaa' })).toEqual({ ok: false, reason: 'wrong-code' });
    }
    expect(await completeSecondFactor({ token, method: 'recovery', code: 'aaaaa-aaaaa' })).toEqual({ ok: false, reason: 'expired' });
    expect(await completeSecondFactor({ token, method: 'recovery', code: codes[0]! })).toEqual({ ok: false, reason: 'expired' });

    const db = await getDb();
    const stale = await pendingToken(actor);
    await db.update(pendingSignIns).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(pendingSignIns.userId, actor.id));
    expect(await completeSecondFactor({ token: stale, method: 'totp', code: totpCode(secret, later(30)) })).toEqual({ ok: false, reason: 'expired' });
    expect(await completeSecondFactor({ token: 'not a token', method: 'totp', code: '123456' })).toEqual({ ok: false, reason: 'expired' });

    const disabled = await pendingToken(actor);
    await db.update(users).set({ disabled: true }).where(eq(users.id, actor.id));
    expect(await completeSecondFactor({ token: disabled, method: 'recovery', code: codes[1]! })).toEqual({ ok: false, reason: 'disabled' });
  });

  it('a pending sign-in for a second factor cannot be finished as an enrolment', async () => {
    const actor = await makeStaff();
    await withTotp(actor);
    const token = await pendingToken(actor);
    expect(await completeSecondFactor({ token, method: 'enrolled' })).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('enrolment at sign-in (the role requires a second factor)', () => {
  it('shows a secret, takes a first code, issues recovery codes, then signs in once', async () => {
    const editor = await makeStaff('editor');
    await requireSecondFactorFor(['editor']);
    try {
      const next = await stepAfterPassword(editor);
      if (next.step !== 'enrol') throw new Error('expected enrolment');
      // Not verified yet: no session.
      expect(await completeSecondFactor({ token: next.token, method: 'enrolled' })).toEqual({ ok: false, reason: 'wrong-code' });
      const enrolment = await startEnrolmentAtSignIn(next.token);
      expect(enrolment?.secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(await confirmEnrolmentAtSignIn(next.token, totpCode(enrolment!.secret) === '000000' ? '111111' : '000000')).toEqual({ ok: false, reason: 'wrong-code' });
      const confirmed = await confirmEnrolmentAtSignIn(next.token, totpCode(enrolment!.secret));
      expect(confirmed).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
      expect(await startEnrolmentAtSignIn(next.token)).toBeNull();
      expect(await completeSecondFactor({ token: next.token, method: 'enrolled' })).toEqual({ ok: true, account: { id: editor.id, sessionVersion: 1 } });
      expect(await completeSecondFactor({ token: next.token, method: 'enrolled' })).toEqual({ ok: false, reason: 'expired' });
      expect(await secondFactorSummary(editor.id)).toEqual({ totp: true, passkeys: 0, recoveryCodesLeft: 10 });
      expect(await stepAfterPassword(editor)).toMatchObject({ step: 'second-factor' });
    } finally {
      await requireSecondFactorFor([]);
    }
  });
});

describe('enrolment at sign-in with a passkey', () => {
  it('registers the passkey for the pending person, issues recovery codes, then signs in once', async () => {
    const editor = await makeStaff('editor');
    await requireSecondFactorFor(['editor']);
    try {
      const next = await stepAfterPassword(editor);
      if (next.step !== 'enrol') throw new Error('expected enrolment');
      const authenticator = softAuthenticator({ origin: relyingParty().origin, rpId: relyingParty().rpID });
      const options = await passkeyOptionsForEnrolment(next.token);
      expect(options?.user.name).toBe(editor.email);
      expect(await registerPasskeyAtSignIn(next.token, { name: ' ', response: authenticator.register(options!) })).toMatchObject({ ok: false, reason: 'refused', nameError: expect.any(String) });
      const again = await passkeyOptionsForEnrolment(next.token);
      const registered = await registerPasskeyAtSignIn(next.token, { name: 'Phone', response: authenticator.register(again!) });
      expect(registered).toMatchObject({ ok: true, recoveryCodes: expect.any(Array) });
      expect(await passkeyOptionsForEnrolment(next.token)).toBeNull();
      expect(await completeSecondFactor({ token: next.token, method: 'enrolled' })).toEqual({ ok: true, account: { id: editor.id, sessionVersion: 1 } });
      expect(await secondFactorSummary(editor.id)).toEqual({ totp: false, passkeys: 1, recoveryCodesLeft: 10 });
      // A pending sign-in for a second factor cannot register passkeys.
      const second = await stepAfterPassword(editor);
      expect(await passkeyOptionsForEnrolment(second.step === 'none' ? '' : second.token)).toBeNull();
    } finally {
      await requireSecondFactorFor([]);
    }
  });
});

describe('what people and admins see, and an admin reset', () => {
  it('lists one’s own factors; admins see who has one and can reset it, ending that person’s sessions', async () => {
    const admin = await makeStaff('admin');
    const actor = await makeStaff('author');
    await withTotp(actor);
    const own = await getOwnSecondFactors(actor);
    expect(own).toMatchObject({ totp: { confirmedAt: expect.any(Date) }, passkeys: [], recoveryCodesLeft: 10, required: false });
    expect(await getOwnSecondFactors(null)).toBeNull();
    expect((await secondFactorsByUser(admin)).get(actor.id)).toEqual({ totp: true, passkeys: 0 });
    expect((await secondFactorsByUser(actor)).size).toBe(0);

    const before = await sessionVersionOf(actor.id);
    expect(await resetSecondFactor(actor, { userId: actor.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await secondFactorSummary(actor.id)).toMatchObject({ totp: true });
    expect(await resetSecondFactor(admin, { userId: actor.id })).toEqual({ ok: true });
    expect(await secondFactorSummary(actor.id)).toEqual({ totp: false, passkeys: 0, recoveryCodesLeft: 0 });
    expect(await sessionVersionOf(actor.id)).toBe(before + 1);
    expect(await resetSecondFactor(admin, { userId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, code: 'not_found' });
  });
});
