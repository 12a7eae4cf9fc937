'use server';
// Own second factors from the profile page: authenticator app, passkeys, recovery codes. Each action
// finds the signed-in person itself; the lib call checks can(second-factor:manage) for that person.
import { revalidatePath } from 'next/cache';
import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { passkeyRegistrationOptions, registerPasskey, removePasskey } from '@/lib/auth/two-factor/passkeys';
import { regenerateRecoveryCodes } from '@/lib/auth/two-factor/recovery-codes';
import { confirmTotpEnrolment, removeTotp, startTotpEnrolment, type TotpEnrolment } from '@/lib/auth/two-factor/totp';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { dashboardPath } from '@/lib/core/routes';

const signedOut = 'Your session has ended. Sign in again to continue.';
const profilePath = dashboardPath('profile');

/** A form state plus the step between "start" and "confirm", which shows the app's QR code. */
export type FactorState =
  | FormState<Record<string, string>, { recoveryCodes?: string[] | null }, { enrolment?: TotpEnrolment }>
  | { status: 'enrolling'; enrolment: TotpEnrolment };

/** The authenticator-app panel's one action: start, confirm (with a code) or remove, by intent. */
export async function totpAction(previous: FactorState, formData: FormData): Promise<FactorState> {
  const input = z
    .object({ intent: z.enum(['start', 'confirm', 'remove', 'cancel']), code: z.string().max(100).optional() })
    .safeParse({ intent: formData.get('intent'), code: formData.get('code') ?? undefined });
  if (!input.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  switch (input.data.intent) {
    case 'start': {
      const result = await startTotpEnrolment(actor);
      return result.ok ? { status: 'enrolling', enrolment: result.enrolment } : { status: 'error', error: result.error };
    }
    case 'confirm': {
      const enrolment = previous.status === 'enrolling' || previous.status === 'error' ? previous.enrolment : undefined;
      const result = await confirmTotpEnrolment(actor, { code: input.data.code ?? '' });
      if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors, enrolment };
      revalidatePath(profilePath);
      return { status: 'done', message: 'Authenticator app set up. You will be asked for a code when you sign in.', recoveryCodes: result.recoveryCodes };
    }
    case 'cancel':
    case 'remove': {
      const result = await removeTotp(actor);
      if (!result.ok && !(input.data.intent === 'cancel' && result.code === 'not_found')) return { status: 'error', error: result.error };
      revalidatePath(profilePath);
      return input.data.intent === 'cancel' ? { status: 'idle' } : { status: 'done', message: 'Authenticator app removed.' };
    }
    default: {
      const unreachable: never = input.data.intent;
      return unreachable;
    }
  }
}

export async function passkeyOptionsAction(): Promise<{ ok: true; options: PublicKeyCredentialCreationOptionsJSON } | { ok: false; error: string }> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, error: signedOut };
  const result = await passkeyRegistrationOptions(actor);
  return result.ok ? { ok: true, options: result.options } : { ok: false, error: result.error };
}

export async function addPasskeyAction(input: { name: string; response: string }): Promise<FactorState> {
  const parsed = z.object({ name: z.string().max(1000), response: z.string().max(20_000) }).safeParse(input);
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  const result = await registerPasskey(actor, parsed.data);
  if (!result.ok) return { status: 'error', error: result.error, fieldErrors: result.fieldErrors };
  revalidatePath(profilePath);
  return { status: 'done', message: `Passkey “${result.passkey.name}” added.`, recoveryCodes: result.recoveryCodes };
}

export async function removePasskeyAction(_previous: FactorState, formData: FormData): Promise<FactorState> {
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  const result = await removePasskey(actor, { passkeyId: formData.get('passkeyId') });
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath(profilePath);
  return { status: 'done', message: 'Passkey removed.' };
}

export async function regenerateRecoveryCodesAction(): Promise<FactorState> {
  const actor = await getCurrentUser();
  if (!actor) return { status: 'error', error: signedOut };
  const result = await regenerateRecoveryCodes(actor);
  if (!result.ok) return { status: 'error', error: result.error };
  revalidatePath(profilePath);
  return { status: 'done', message: 'New recovery codes made. The old ones no longer work.', recoveryCodes: result.codes };
}
