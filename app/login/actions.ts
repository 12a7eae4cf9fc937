'use server';
// The sign-in and sign-out server actions.
import { redirect } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { z } from 'zod';
import { refusalFromCode, signIn, signOut } from '@/lib/auth/auth';
import { signInRefusalMessage } from '@/lib/auth/authenticate';
import { safeCallbackPath } from '@/lib/auth/request-path';

const MALFORMED = 'The request was malformed; reload the page.';

const signInSchema = z.object({
  email: z.string().trim().max(320),
  password: z.string().max(10_000),
  callbackUrl: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export type SignInState =
  | { ok: true }
  | { ok: false; error?: string; fieldErrors?: { email?: string; password?: string }; values: { email: string } };

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(formData instanceof FormData)) return { ok: false, error: MALFORMED, values: { email: '' } };
  const parsed = signInSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success) return { ok: false, error: 'Wrong email or password.', values: { email: '' } };
  const { email, password, callbackUrl } = parsed.data;
  const values = { email };
  const fieldErrors: { email?: string; password?: string } = {};
  if (!email) fieldErrors.email = 'Enter your email address.';
  if (!password) fieldErrors.password = 'Enter your password.';
  if (fieldErrors.email || fieldErrors.password) return { ok: false, fieldErrors, values };

  try {
    // Runs the Credentials provider (throttle, argon2id) and sets the session cookie.
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { ok: false, error: signInRefusalMessage(refusalFromCode(error.code)), values };
    if (error instanceof AuthError) return { ok: false, error: 'Signing in failed. Please try again.', values };
    throw error;
  }
  redirect(safeCallbackPath(callbackUrl));
}

/** Ends this browser's session (other devices keep theirs; an admin's password reset ends those). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirect: false });
  redirect('/login?signedOut=1');
}
