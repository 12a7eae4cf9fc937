'use client';
// Enrolment during sign-in, when the role requires a second factor and the person has none yet:
// scan the QR code (or type the key), confirm with a first code, save the recovery codes, continue.
import { startRegistration } from '@simplewebauthn/browser';
import { useActionState, useState, useTransition } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { webauthnErrorMessage } from '@/components/auth/webauthn-error';
import { PasskeyNameField, TotpCodeField, TotpKey } from '@/components/auth/enrolment-fields';
import { RecoveryCodeList } from '@/components/auth/recovery-code-list';
import type { TotpEnrolment } from '@/lib/auth/two-factor/totp';
import {
  enrolAtSignInAction,
  enrolPasskeyAction,
  enrolPasskeyOptionsAction,
  finishEnrolledSignInAction,
  type EnrolState,
  type SecondFactorState,
} from './second-factor-actions';
import { STEP_EXPIRED, SignInStepFields } from './sign-in-step';

export function EnrolForm({ token, enrolment, callbackUrl }: { token: string; enrolment: TotpEnrolment; callbackUrl: string }) {
  const [totpState, formAction, pending] = useActionState<EnrolState, FormData>(enrolAtSignInAction, { status: 'idle' });
  const [passkeyState, setPasskeyState] = useState<EnrolState>({ status: 'idle' });
  const [passkeyName, setPasskeyName] = useState('');
  const [passkeyPending, startPasskey] = useTransition();
  const state: EnrolState = passkeyState.status === 'done' ? passkeyState : totpState;
  const addPasskey = () =>
    startPasskey(async () => {
      if (!passkeyName.trim()) return setPasskeyState({ status: 'error', nameError: 'Give the passkey a name, such as the device it lives on.' });
      try {
        const optionsJSON = await enrolPasskeyOptionsAction({ token });
        if (!optionsJSON) return setPasskeyState({ status: 'error', error: STEP_EXPIRED, expired: true });
        const response = await startRegistration({ optionsJSON });
        setPasskeyState(await enrolPasskeyAction({ token, name: passkeyName, response: JSON.stringify(response) }));
      } catch (e) {
        setPasskeyState({ status: 'error', error: webauthnErrorMessage(e) });
      }
    });
  const [finishState, finishAction, finishing] = useActionState<SecondFactorState, FormData>(finishEnrolledSignInAction, { status: 'idle' });
  if (state.status === 'done') {
    return (
      <div className="auth-second-step">
        <h2 className="auth-step-title">Your second factor is set up</h2>
        <RecoveryCodeList codes={state.recoveryCodes} />
        <form action={finishAction} className="auth-form">
          <SignInStepFields token={token} callbackUrl={callbackUrl} error={finishState.status === 'error' ? finishState.error : null} expired={finishState.status === 'error' && finishState.expired}>
            <button type="submit" className="button button-primary" disabled={finishing}>
              Continue
            </button>
          </SignInStepFields>
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
      <TotpKey enrolment={enrolment} />
      <form action={formAction} className="auth-form" noValidate>
        <SignInStepFields token={token} callbackUrl={callbackUrl} error={error} expired={expired}>
          <TotpCodeField id="enrol-code" error={state.status === 'error' ? state.codeError : undefined} />
          <FormActions label="Confirm and sign in" pendingLabel="Checking…" pending={pending} />
        </SignInStepFields>
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
          <PasskeyNameField id="enrol-passkey-name" hint="A name for this passkey, such as the device that holds it." value={passkeyName} onChange={setPasskeyName} error={nameError} />
          <button type="submit" className="button" disabled={passkeyPending}>
            {passkeyPending ? 'Waiting for your device…' : 'Add a passkey instead'}
          </button>
        </form>
      )}
    </div>
  );
}
