'use client';
// Enrolment during sign-in, when the role requires a second factor and the person has none yet:
// scan the QR code (or type the key), confirm with a first code, save the recovery codes, continue.
import { startRegistration } from '@simplewebauthn/browser';
import { useActionState, useState, useTransition } from 'react';
import { webauthnErrorMessage } from '@/components/auth/webauthn-error';
import { FormField } from '@/components/ui/form-field';
import { QrCode } from '@/components/auth/qr-code';
import { RecoveryCodeList } from '@/components/auth/recovery-code-list';
import type { TotpEnrolment } from '@/lib/auth/two-factor/totp';
import {
  enrolAtSignInAction,
  enrolPasskeyAction,
  enrolPasskeyOptionsAction,
  finishEnrolledSignInAction,
  type EnrolState,
  type PasskeyEnrolState,
  type SecondFactorState,
} from './second-factor-actions';

export function EnrolForm({ token, enrolment, callbackUrl }: { token: string; enrolment: TotpEnrolment; callbackUrl: string }) {
  const [totpState, formAction, pending] = useActionState<EnrolState, FormData>(enrolAtSignInAction, { status: 'idle' });
  const [passkeyState, setPasskeyState] = useState<PasskeyEnrolState>({ status: 'idle' });
  const [passkeyName, setPasskeyName] = useState('');
  const [passkeyPending, startPasskey] = useTransition();
  const state: EnrolState = passkeyState.status === 'enrolled' ? passkeyState : totpState;
  const addPasskey = () =>
    startPasskey(async () => {
      if (!passkeyName.trim()) return setPasskeyState({ status: 'error', nameError: 'Give the passkey a name, such as the device it lives on.' });
      try {
        const optionsJSON = await enrolPasskeyOptionsAction({ token });
        if (!optionsJSON) return setPasskeyState({ status: 'error', error: 'This sign-in took too long. Start again with your password.', expired: true });
        const response = await startRegistration({ optionsJSON });
        setPasskeyState(await enrolPasskeyAction({ token, name: passkeyName, response: JSON.stringify(response) }));
      } catch (e) {
        setPasskeyState({ status: 'error', error: webauthnErrorMessage(e) });
      }
    });
  const [finishState, finishAction, finishing] = useActionState<SecondFactorState, FormData>(finishEnrolledSignInAction, { status: 'idle' });
  if (state.status === 'enrolled') {
    return (
      <div className="auth-second-step">
        <h2 className="auth-step-title">Your second factor is set up</h2>
        <RecoveryCodeList codes={state.recoveryCodes} />
        <form action={finishAction} className="auth-form">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div role="alert" className="form-error">
            {finishState.status === 'error' ? finishState.error : null}
          </div>
          {finishState.status === 'error' && finishState.expired ? (
            <a className="button" href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
              Start again
            </a>
          ) : (
            <button type="submit" className="button button-primary" disabled={finishing}>
              Continue
            </button>
          )}
        </form>
      </div>
    );
  }
  const error = state.status === 'error' ? state.error : passkeyState.status === 'error' ? passkeyState.error : undefined;
  const expired = (state.status === 'error' && state.expired) || (passkeyState.status === 'error' && passkeyState.expired);
  const nameError = passkeyState.status === 'error' && 'nameError' in passkeyState ? passkeyState.nameError : undefined;
  return (
    <div className="auth-second-step">
      <h2 className="auth-step-title">Set up a second factor</h2>
      <p>Your role requires a second factor to sign in. Scan this code with an authenticator app (such as 1Password, Google Authenticator or Aegis), then enter the code it shows.</p>
      <QrCode qr={enrolment.qr} label="QR code for your authenticator app" />
      <p className="field-hint">
        Can’t scan it? Enter this key in the app: <code data-testid="totp-secret">{enrolment.secret}</code>
      </p>
      <form action={formAction} className="auth-form" noValidate>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <div role="alert" className="form-error">
          {error}
        </div>
        {expired ? (
          <a className="button" href={`/login?callbackUrl=${encodeURIComponent(callbackUrl)}`}>
            Start again
          </a>
        ) : (
          <>
            <FormField
              id="enrol-code"
              name="code"
              label="Code from the app"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              required
              error={state.status === 'error' ? state.codeError : undefined}
            />
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? 'Checking…' : 'Confirm and sign in'}
            </button>
          </>
        )}
      </form>
      {expired ? null : (
        <form
          className="auth-form auth-alt"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            addPasskey();
          }}
        >
          <p className="auth-or">or use a passkey on this device instead:</p>
          <FormField
            id="enrol-passkey-name"
            name="name"
            label="Device or key"
            hint="A name for this passkey, such as the device that holds it."
            value={passkeyName}
            onChange={(e) => setPasskeyName(e.target.value)}
            maxLength={60}
            error={nameError}
          />
          <button type="submit" className="button" disabled={passkeyPending}>
            {passkeyPending ? 'Waiting for your device…' : 'Add a passkey instead'}
          </button>
        </form>
      )}
    </div>
  );
}
