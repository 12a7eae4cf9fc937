'use client';
// The choose-a-password form behind a one-time link.
import { useActionState } from 'react';
import { IDLE, fieldErrorsOf, type FormState } from '@/lib/core/form-state';
import { FormActions } from '@/components/ui/form-actions';
import { FormField } from '@/components/ui/form-field';
import { setPasswordAction } from './actions';

const initialState: FormState = IDLE;

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(setPasswordAction, initialState);
  const fieldErrors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <FormField
        id="password"
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="At least 12 characters. A few unrelated words make a strong one."
        error={fieldErrors.password}
      />
      <FormField id="confirm" name="confirm" label="Repeat the password" type="password" autoComplete="new-password" required error={fieldErrors.confirm} />
      <FormActions label="Set password" pendingLabel="Saving…" pending={pending} />
    </form>
  );
}
