'use server';
// The second sign-in step (authenticator code, recovery code, passkey), enrolment when the role requires
// a factor, and passkey-only sign-in. Each parses its input first; Auth.js's Credentials providers
// (second-factor, passkey) do the checking and set the session cookie.
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { signIn } from '@/lib/auth/auth';
import { safeCallbackPath } from '@/lib/auth/request-path';
import { passkeyAuthenticationOptions } from '@/lib/auth/two-factor/passkeys';
import {
  confirmEnrolmentAtSignIn,
  passkeyOptionsForEnrolment,
  passkeyOptionsForPendingSignIn,
  registerPasskeyAtSignIn,
} from '@/lib/auth/two-factor/sign-in';
import { looksLikeRecoveryCode } from '@/lib/auth/two-factor/recovery-codes';
import { looksLikeTotpCode } from '@/lib/auth/two-factor/totp';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';

const token = z.string().max(100);
const callbackUrl = z.string().max(2000).optional();

/** A refusal may name the code field, or say the pending sign-in is over (`expired`: start again). */
type Refusal = { codeError?: string; nameError?: string; expired?: boolean };
export type SecondFactorState = FormState<Record<string, string>, object, Refusal>;

const refusalMessages: Record<string, Extract<SecondFactorState, { status: 'error' }>> = {
  'wrong-code': { status: 'error', codeError: 'That code is not right. Check it and try again.' },
  expired: { status: 'error', error: 'This sign-in took too long or had too many wrong codes. Start again with your password.', expired: true },
  locked: { status: 'error', codeError: 'Too many wrong codes. Wait 15 minutes, or use a recovery code or a passkey.' },
  disabled: { status: 'error', error: 'This account has been disabled. Ask an administrator to re-enable it.', expired: true },
  passkey: { status: 'error', error: 'That passkey was not accepted. Try again, or sign in with your password.' },
};

async function finish(provider: 'second-factor' | 'passkey', credentials: Record<string, string>): Promise<SecondFactorState | null> {
  try {
    await signIn(provider, { ...credentials, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof CredentialsSignin) return refusalMessages[error.code] ?? refusalMessages['wrong-code']!;
    if (error instanceof AuthError) return { status: 'error', error: 'Signing in failed. Please try again.' };
    throw error;
  }
}

const codeInput = z.object({ token, method: z.enum(['totp', 'recovery']), code: z.string().max(100), callbackUrl });

/** Step 2 with a code from the authenticator app or a recovery code. */
export async function secondFactorAction(_previous: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const parsed = codeInput.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const { method, code } = parsed.data;
  if (!code.trim()) return { status: 'error', codeError: method === 'totp' ? 'Enter the 6-digit code from your app.' : 'Enter one of your recovery codes.' };
  if (method === 'totp' && !looksLikeTotpCode(code)) return { status: 'error', codeError: 'The code is 6 digits.' };
  if (method === 'recovery' && !looksLikeRecoveryCode(code)) return { status: 'error', codeError: 'A recovery code looks like abcde-23456.' };
  const refused = await finish('second-factor', { token: parsed.data.token, method, code });
  if (refused) return refused;
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}

/** Step 2 with a passkey: the options for this pending sign-in (its person's passkeys). */
export async function pendingPasskeyOptionsAction(input: { token: string }): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const parsed = z.object({ token }).safeParse(input);
  return parsed.success ? passkeyOptionsForPendingSignIn(parsed.data.token) : null;
}

export async function pendingPasskeyAction(input: { token: string; response: string; callbackUrl?: string }): Promise<SecondFactorState> {
  const parsed = z.object({ token, response: z.string().max(20_000), callbackUrl }).safeParse(input);
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const refused = await finish('second-factor', { token: parsed.data.token, method: 'passkey', response: parsed.data.response });
  if (refused) return refused.status === 'error' && refused.codeError ? refusalMessages.passkey! : refused;
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}

/** Passkey-only sign-in: options for any of this site's passkeys (the browser offers its own). */
export async function passkeySignInOptionsAction(): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return passkeyAuthenticationOptions({ purpose: 'sign-in' });
}

export async function passkeySignInAction(input: { response: string; callbackUrl?: string }): Promise<SecondFactorState> {
  const parsed = z.object({ response: z.string().max(20_000), callbackUrl }).safeParse(input);
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const refused = await finish('passkey', { response: parsed.data.response });
  if (refused) return refused;
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}

/** Done: the recovery codes, shown once. */
export type EnrolState = FormState<Record<string, string>, { recoveryCodes: string[] }, Refusal>;

/**
 * Enrolment at sign-in: the first code confirms the app and issues the recovery codes, shown once. The
 * session starts only on "Continue" (finishEnrolledSignInAction): signing in here would make this very
 * response render the signed-in redirect instead of the codes.
 */
export async function enrolAtSignInAction(_previous: EnrolState, formData: FormData): Promise<EnrolState> {
  const parsed = z.object({ token, code: z.string().max(100), callbackUrl }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  if (!looksLikeTotpCode(parsed.data.code)) return { status: 'error', codeError: 'Enter the 6-digit code your app shows.' };
  const confirmed = await confirmEnrolmentAtSignIn(parsed.data.token, parsed.data.code);
  if (!confirmed.ok) return confirmed.reason === 'wrong-code' ? { status: 'error', codeError: 'That code does not match. Enter the code your app shows now.' } : refusalMessages.expired!;
  return { status: 'done', recoveryCodes: confirmed.recoveryCodes };
}

/** "Continue" after the recovery codes: starts the session for the enrolment just confirmed. */
export async function finishEnrolledSignInAction(_previous: SecondFactorState, formData: FormData): Promise<SecondFactorState> {
  const parsed = z.object({ token, callbackUrl }).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const refused = await finish('second-factor', { token: parsed.data.token, method: 'enrolled' });
  if (refused) return refused.status === 'error' && refused.codeError ? refusalMessages.expired! : refused;
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}

/** Enrolment at sign-in with a passkey: registration options for the pending person. */
export async function enrolPasskeyOptionsAction(input: { token: string }): Promise<PublicKeyCredentialCreationOptionsJSON | null> {
  const parsed = z.object({ token }).safeParse(input);
  return parsed.success ? passkeyOptionsForEnrolment(parsed.data.token) : null;
}


export async function enrolPasskeyAction(input: { token: string; name: string; response: string }): Promise<EnrolState> {
  const parsed = z.object({ token, name: z.string().max(1000), response: z.string().max(20_000) }).safeParse(input);
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const result = await registerPasskeyAtSignIn(parsed.data.token, { name: parsed.data.name, response: parsed.data.response });
  if (result.ok) return { status: 'done', recoveryCodes: result.recoveryCodes };
  if (result.reason === 'expired') return refusalMessages.expired!;
  return { status: 'error', error: result.nameError ? undefined : result.error, nameError: result.nameError };
}
