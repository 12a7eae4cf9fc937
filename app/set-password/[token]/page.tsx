// Choosing a password from a one-time link (new staff, resets); dead links say why.
import type { Metadata } from 'next';
import Link from 'next/link';
import { inspectSetPasswordLink, linkProblemMessage } from '@/lib/auth/set-password-tokens';
import { loginPath } from '@/lib/core/routes';
import { SetPasswordForm } from './set-password-form.client';
import '../../login/auth-page.css';

// The token is in the URL: keep it out of Referer headers and search engines.
export const metadata: Metadata = { title: 'Set your password', referrer: 'no-referrer', robots: { index: false, follow: false } };

// Never cached: a used link must read "used" on the very next visit.
export const dynamic = 'force-dynamic';

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectSetPasswordLink(token);
  return (
    <main className="auth-page">
      <div className="auth-card">
        <p className="auth-brand">Byline</p>
        <h1>Set your password</h1>
        {link.status === 'valid' ? (
          <>
            <p className="auth-lede">
              For {link.user.name} ({link.user.email}). This link works once.
            </p>
            <SetPasswordForm token={token} email={link.user.email} />
          </>
        ) : (
          <>
            <p className="auth-lede" role="alert">
              {linkProblemMessage(link.status)}
            </p>
            <p>
              <Link href={loginPath()}>Go to sign in</Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
