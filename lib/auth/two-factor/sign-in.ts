// The second step of a staff sign-in: after the password, a TOTP code, a recovery code or a passkey
// (or, when the role requires a second factor and the person has none, enrolling an authenticator app
// right there). lib/auth/auth.ts calls these from its Credentials providers, so every way in ends in
// the same `{ id, sessionVersion }` session.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import {
  consumePendingSignIn,
  createPendingSignIn,
  findPendingSignIn,
  markPendingVerified,
  recordPendingFailure,
  type PendingSignIn,
} from './pending-sign-in';
import { passkeyAuthenticationOptions, registerPasskeyFor, registrationOptionsFor, verifyPasskeyAssertion } from './passkeys';
import { hasSecondFactor, roleRequiresSecondFactor, secondFactorSummary } from './policy';
import { consumeRecoveryCode, issueRecoveryCodes } from './recovery-codes';
import { confirmTotpEnrolmentFor, startTotpEnrolmentFor, verifyTotpCode, type TotpEnrolment } from './totp';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { currentRequestOrigin } from '@/lib/auth/request-origin';
import { recordAudit } from '@/lib/audit/record';

export type SignedInAccount = { id: string; sessionVersion: number };

export type NextStep = { step: 'none' } | { step: 'second-factor'; token: string } | { step: 'enrol'; token: string };

/** After a right password: nothing more, a second factor, or enrolment first (the role requires one). */
export async function stepAfterPassword(user: { id: string }): Promise<NextStep> {
  const db = await getDb();
  const [row] = await db.select({ role: users.role }).from(users).where(eq(users.id, user.id)).limit(1);
  if (!row) return { step: 'none' };
  if (hasSecondFactor(await secondFactorSummary(user.id, db))) {
    return { step: 'second-factor', token: await createPendingSignIn({ userId: user.id, purpose: 'second-factor' }, db) };
  }
  if (await roleRequiresSecondFactor(row.role, db)) {
    return { step: 'enrol', token: await createPendingSignIn({ userId: user.id, purpose: 'enrol' }, db) };
  }
  return { step: 'none' };
}

/** What the second step may offer this person. */
export async function secondFactorChoices(token: unknown): Promise<{ totp: boolean; passkey: boolean; recovery: boolean } | null> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'second-factor') return null;
  const summary = await secondFactorSummary(pending.userId);
  return { totp: summary.totp, passkey: summary.passkeys > 0, recovery: summary.recoveryCodesLeft > 0 };
}

export type SecondFactorRefusal = 'wrong-code' | 'expired' | 'locked' | 'disabled';
export type SecondFactorResult = { ok: true; account: SignedInAccount } | { ok: false; reason: SecondFactorRefusal };

export type SecondFactorInput =
  | { token: unknown; method: 'totp' | 'recovery'; code: string }
  | { token: unknown; method: 'passkey'; response: unknown }
  /** The enrolment at sign-in already checked the code (the pending sign-in is marked verified). */
  | { token: unknown; method: 'enrolled' };

async function activeAccount(userId: string): Promise<SignedInAccount | null> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id, disabled: users.disabled, sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)).limit(1);
  return row && !row.disabled ? { id: row.id, sessionVersion: row.sessionVersion } : null;
}

async function checkFactor(pending: PendingSignIn, input: SecondFactorInput): Promise<'ok' | 'wrong' | 'locked'> {
  switch (input.method) {
    case 'totp': {
      const result = await verifyTotpCode(pending.userId, input.code);
      return result === 'ok' ? 'ok' : result === 'locked' ? 'locked' : 'wrong';
    }
    case 'recovery': {
      const db = await getDb();
      return db.transaction(async (tx) => {
        if (!(await consumeRecoveryCode(tx, pending.userId, input.code))) return 'wrong' as const;
        await recordAudit(tx, { actor: { id: pending.userId }, origin: await currentRequestOrigin(), action: 'second_factor.used_recovery', objectType: 'user', objectId: pending.userId, summary: 'Signed in with a recovery code' });
        return 'ok' as const;
      });
    }
    case 'passkey':
      return (await verifyPasskeyAssertion({ response: input.response, purpose: 'second-factor', userId: pending.userId })) ? 'ok' : 'wrong';
    case 'enrolled':
      return pending.verified ? 'ok' : 'wrong';
    default: {
      const unreachable: never = input;
      return unreachable;
    }
  }
}

/** Finishes a pending sign-in with its second factor; the pending sign-in is used up on success. */
export async function completeSecondFactor(input: SecondFactorInput): Promise<SecondFactorResult> {
  const pending = await findPendingSignIn(input.token);
  if (!pending) return { ok: false, reason: 'expired' };
  const wanted = input.method === 'enrolled' ? 'enrol' : 'second-factor';
  if (pending.purpose !== wanted) return { ok: false, reason: 'expired' };
  const check = await checkFactor(pending, input);
  if (check !== 'ok') {
    const alive = await recordPendingFailure(pending.id);
    if (check === 'locked') return { ok: false, reason: 'locked' };
    return { ok: false, reason: alive ? 'wrong-code' : 'expired' };
  }
  if (!(await consumePendingSignIn(pending.id, { requireVerified: input.method === 'enrolled' }))) return { ok: false, reason: 'expired' };
  const account = await activeAccount(pending.userId);
  return account ? { ok: true, account } : { ok: false, reason: 'disabled' };
}

/** Options for answering a pending sign-in with a passkey. */
export async function passkeyOptionsForPendingSignIn(token: unknown): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'second-factor') return null;
  return passkeyAuthenticationOptions({ purpose: 'second-factor', userId: pending.userId });
}

/** A passkey alone (user verification required): the account it proves, if active. */
export async function signInWithPasskey(response: unknown): Promise<SignedInAccount | null> {
  const proved = await verifyPasskeyAssertion({ response, purpose: 'sign-in' });
  return proved ? activeAccount(proved.userId) : null;
}

/** Enrolment during sign-in (role requires a factor, none yet): a new authenticator-app secret to show. */
export async function startEnrolmentAtSignIn(token: unknown): Promise<TotpEnrolment | null> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'enrol' || pending.verified) return null;
  return startTotpEnrolmentFor(pending.userId);
}

export type EnrolAtSignInResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'wrong-code' | 'expired' };

/** Confirms that enrolment with a first code: the app is set up, recovery codes issued, and the sign-in may finish. */
export async function confirmEnrolmentAtSignIn(token: unknown, code: string): Promise<EnrolAtSignInResult> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'enrol' || pending.verified) return { ok: false, reason: 'expired' };
  const db = await getDb();
  const codes = await db.transaction(async (tx) => {
    if (!(await confirmTotpEnrolmentFor(tx, pending.userId, code))) return null;
    await recordAudit(tx, { actor: { id: pending.userId }, origin: await currentRequestOrigin(), action: 'second_factor.added', objectType: 'user', objectId: pending.userId, summary: 'Set up an authenticator app (at sign-in)' });
    const recoveryCodes = await issueRecoveryCodes(tx, pending.userId);
    await markPendingVerified(pending.id, tx);
    return recoveryCodes;
  });
  if (!codes) {
    const alive = await recordPendingFailure(pending.id);
    return { ok: false, reason: alive ? 'wrong-code' : 'expired' };
  }
  return { ok: true, recoveryCodes: codes };
}

/** Enrolment at sign-in with a passkey instead of an app: registration options for the pending person. */
export async function passkeyOptionsForEnrolment(token: unknown): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'enrol' || pending.verified) return null;
  return registrationOptionsFor(pending.userId);
}

export type PasskeyEnrolResult = { ok: true; recoveryCodes: string[] } | { ok: false; reason: 'expired' } | { ok: false; reason: 'refused'; error: string; nameError?: string };

/** Registers that passkey; the sign-in may then finish (the pending sign-in is marked verified in the same transaction). */
export async function registerPasskeyAtSignIn(token: unknown, input: { name: unknown; response: unknown }): Promise<PasskeyEnrolResult> {
  const pending = await findPendingSignIn(token);
  if (!pending || pending.purpose !== 'enrol' || pending.verified) return { ok: false, reason: 'expired' };
  const result = await registerPasskeyFor(pending.userId, input, (tx) => markPendingVerified(pending.id, tx));
  if (!result.ok) return { ok: false, reason: 'refused', error: result.error, nameError: result.fieldErrors?.name };
  return { ok: true, recoveryCodes: result.recoveryCodes ?? [] };
}
