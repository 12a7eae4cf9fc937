'use server';
// The sign-in and sign-out server actions.
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { refusalFromCode, signIn, signOut } from '@/lib/auth/auth';
import { signInRefusalMessage } from '@/lib/auth/authenticate';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackPath } from '@/lib/auth/request-path';
import { signOutSession } from '@/lib/sessions/manage';
import { secondStepFromCode } from '@/lib/auth/two-factor/second-step-code';
import { secondFactorChoices, startEnrolmentAtSignIn } from '@/lib/auth/two-factor/sign-in';
import type { TotpEnrolment } from '@/lib/auth/two-factor/totp';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';
import { loginPath } from '@/lib/core/routes';


const signInSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(10_000),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export type SignInState =
  | (FormState<{ email: string }> & { values: { email: string } })
  /** The password was right; a second factor comes next (the token names the pending sign-in). */
  | { status: 'second-factor'; token: string; choices: { totp: boolean; passkey: boolean; recovery: boolean }; values: { email: string } }
  /** The password was right, the role requires a second factor and there is none yet: set up an app first. */
  | { status: 'enrol'; token: string; enrolment: TotpEnrolment; values: { email: string } };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST, values: { email: '' } };
  const parsed = signInSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success) return { status: 'error', error: 'Wrong email or password.', values: { email: '' } };
  const { email, password, callbackUrl } = parsed.data;
  const values = { email };
  const fieldErrors: { email?: string; password?: string } = {};
  if (!email) fieldErrors.email = 'Enter your email address.';
  if (!password) fieldErrors.password = 'Enter your password.';
  if (fieldErrors.email || fieldErrors.password) return { status: 'error', fieldErrors, values };

  try {
    // Runs the Credentials provider (throttle, argon2id) and sets the session cookie.
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    const next = error instanceof CredentialsSignin ? secondStepFromCode(error.code) : null;
    if (next?.step === 'second-factor') {
      const choices = await secondFactorChoices(next.token);
      if (choices) return { status: 'second-factor', token: next.token, choices, values };
    }
    if (next?.step === 'enrol') {
      const enrolment = await startEnrolmentAtSignIn(next.token);
      if (enrolment) return { status: 'enrol', token: next.token, enrolment, values };
    }
    if (next) return { status: 'error', error: 'Signing in failed. Please try again.', values };
    if (error instanceof CredentialsSignin) return { status: 'error', error: signInRefusalMessage(refusalFromCode(error.code)), values };
    if (error instanceof AuthError) return { status: 'error', error: 'Signing in failed. Please try again.', values };
    throw error;
  }
  redirect(safeCallbackPath(callbackUrl));
}

/**
 * Ends this browser's session on the server first (a copy of the cookie stops working too; a database
 * failure here leaves the person signed in rather than falsely signed out), then clears the cookie.
 * Other devices keep theirs: they are ended from "Where you're signed in".
 */
export async function signOutAction(): Promise<void> {
  await signOutSession(await getCurrentUser());
  await signOut({ redirect: false });
  redirect(loginPath({ signedOut: '1' }));
}
