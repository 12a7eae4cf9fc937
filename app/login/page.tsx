// The staff sign-in page. Already signed in? Straight on to where they were going.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { safeCallbackPath } from '@/lib/auth/request-path';
import { LoginForm } from './login-form.client';
import './auth-page.css';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; signedOut?: string; passwordSet?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined);
  if (await getCurrentUser()) redirect(callbackUrl);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Byline</p>
        <h1>Sign in</h1>
        <p className="auth-lede">Staff sign-in for the newsroom dashboard.</p>
        {params.signedOut ? <p className="auth-notice" role="status">You have signed out.</p> : null}
        {params.passwordSet ? <p className="auth-notice" role="status">Your password is set. Sign in with it now.</p> : null}
        <LoginForm callbackUrl={callbackUrl} />
      </div>
    </main>
  );
}
