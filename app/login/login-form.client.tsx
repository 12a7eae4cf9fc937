'use client';
// The sign-in form: labelled fields, the error announced next to it, the typed email kept on error.
import { useActionState } from 'react';
import { signInAction, type SignInState } from './actions';
import { FormActions } from '@/components/ui/form-actions';
import { FormField } from '@/components/ui/form-field';
import { fieldErrorsOf } from '@/lib/core/form-state';
import { EnrolForm } from './enrol-form.client';
import { PasskeySignIn } from './passkey-sign-in.client';
import { SecondFactorForm } from './second-factor-form.client';

const initialState: SignInState = { status: 'idle', values: { email: '' } };

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  if (state.status === 'second-factor' || state.status === 'enrol') {
    return state.status === 'second-factor' ? (
      <SecondFactorForm token={state.token} choices={state.choices} callbackUrl={callbackUrl} />
    ) : (
      <EnrolForm token={state.token} enrolment={state.enrolment} callbackUrl={callbackUrl} />
    );
  }
  const values = state.values;
  const fieldErrors = fieldErrorsOf(state);
  const error = state.status === 'error' ? state.error : undefined;
  return (
    <>
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div role="alert" className="form-error" id="sign-in-error">
        {error}
      </div>
      <FormField
        id="email"
        name="email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        defaultValue={values.email}
        error={fieldErrors.email}
      />
      <FormField id="password" name="password" label="Password" type="password" autoComplete="current-password" required error={fieldErrors.password} />
      <FormActions label="Sign in" pendingLabel="Signing in…" pending={pending} />
    </form>
    <PasskeySignIn callbackUrl={callbackUrl} />
    </>
  );
}
