'use client';
// Passkey sign-in ("Use a passkey", so no other button's name contains "Sign in"): the browser offers this site's passkeys; one with user verification is a full sign-in.
import { startAuthentication } from '@simplewebauthn/browser';
import { useState, useTransition } from 'react';
import { webauthnErrorMessage } from '@/components/auth/webauthn-error';
import { passkeySignInAction, passkeySignInOptionsAction } from './second-factor-actions';

export function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = () =>
    startTransition(async () => {
      setError(undefined);
      try {
        const optionsJSON = await passkeySignInOptionsAction();
        const response = await startAuthentication({ optionsJSON });
        const result = await passkeySignInAction({ response: JSON.stringify(response), callbackUrl });
        if (result.status === 'error') setError(result.error ?? result.codeError);
      } catch (e) {
        // A redirect from the action is how success arrives: let Next handle it.
        if ((e as { digest?: string })?.digest?.startsWith('NEXT_REDIRECT')) throw e;
        setError(webauthnErrorMessage(e));
      }
    });
  return (
    <div className="auth-alt">
      <p className="auth-or">or, without a password:</p>
      <button type="button" className="button" onClick={run} disabled={pending} aria-describedby={error ? 'passkey-sign-in-error' : undefined}>
        {pending ? 'Waiting for your passkey…' : 'Use a passkey'}
      </button>
      {/* Rendered only with a message: the form's own alert stays the only one on the page otherwise. */}
      {error ? (
        <p role="alert" className="field-error" id="passkey-sign-in-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
