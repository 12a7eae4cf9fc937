'use client';
// Step 2 of signing in: the code from an authenticator app, a recovery code, or a passkey.
import { startAuthentication } from '@simplewebauthn/browser';
import { useActionState, useState, useTransition } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { FormField } from '@/components/ui/form-field';
import { webauthnErrorMessage } from '@/components/auth/webauthn-error';
import { pendingPasskeyAction, pendingPasskeyOptionsAction, secondFactorAction, type SecondFactorState } from './second-factor-actions';
import { STEP_EXPIRED, SignInStepFields } from './sign-in-step';

type Props = { token: string; choices: { totp: boolean; passkey: boolean; recovery: boolean }; callbackUrl: string };

export function SecondFactorForm({ token, choices, callbackUrl }: Props) {
  const [method, setMethod] = useState<'totp' | 'recovery'>(choices.totp ? 'totp' : 'recovery');
  const [state, formAction, pending] = useActionState<SecondFactorState, FormData>(secondFactorAction, { status: 'idle' });
  const [passkeyState, setPasskeyState] = useState<SecondFactorState>({ status: 'idle' });
  const [passkeyPending, startPasskey] = useTransition();
  const shown = passkeyState.status === 'error' ? passkeyState : state;
  const error = shown.status === 'error' ? shown.error : undefined;
  const codeError = state.status === 'error' ? state.codeError : undefined;
  const expired = shown.status === 'error' && shown.expired;

  const usePasskey = () =>
    startPasskey(async () => {
      setPasskeyState({ status: 'idle' });
      try {
        const optionsJSON = await pendingPasskeyOptionsAction({ token });
        if (!optionsJSON) return setPasskeyState({ status: 'error', error: STEP_EXPIRED, expired: true });
        const response = await startAuthentication({ optionsJSON });
        setPasskeyState(await pendingPasskeyAction({ token, response: JSON.stringify(response), callbackUrl }));
      } catch (e) {
        if ((e as { digest?: string })?.digest?.startsWith('NEXT_REDIRECT')) throw e;
        setPasskeyState({ status: 'error', error: webauthnErrorMessage(e) });
      }
    });

  return (
    <div className="auth-second-step">
      <h2 className="auth-step-title">Confirm it’s you</h2>
      <form action={formAction} className="auth-form" noValidate>
        <input type="hidden" name="method" value={method} />
        <SignInStepFields token={token} callbackUrl={callbackUrl} error={error} expired={expired}>
          {method === 'totp' ? (
            <FormField
              key="totp"
              id="totp-code"
              name="code"
              label="Authentication code"
              hint="The 6-digit code your authenticator app shows for this site."
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              autoFocus
              required
              error={codeError}
            />
          ) : (
            <FormField
              key="recovery"
              id="recovery-code"
              name="code"
              label="Recovery code"
              hint="One of the codes you saved when you set up your second factor. Each works once."
              autoComplete="off"
              spellCheck={false}
              maxLength={20}
              autoFocus
              required
              error={codeError}
            />
          )}
          <FormActions label="Verify" pendingLabel="Checking…" pending={pending} />
          <div className="auth-alt-methods">
            {method === 'recovery' && choices.totp ? (
              <button type="button" className="button-link" onClick={() => setMethod('totp')}>
                Use your authenticator app instead
              </button>
            ) : null}
            {method === 'totp' && choices.recovery ? (
              <button type="button" className="button-link" onClick={() => setMethod('recovery')}>
                Use a recovery code instead
              </button>
            ) : null}
            {choices.passkey ? (
              <button type="button" className="button" onClick={usePasskey} disabled={passkeyPending}>
                {passkeyPending ? 'Waiting for your passkey…' : 'Use a passkey'}
              </button>
            ) : null}
          </div>
        </SignInStepFields>
      </form>
    </div>
  );
}
