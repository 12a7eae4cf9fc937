'use client';
// The choose-a-password form behind a one-time link.
import { useActionState } from 'react';
import { setPasswordAction, type SetPasswordState } from './actions';

const initialState: SetPasswordState = { ok: false };

export function SetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState(setPasswordAction, initialState);
  const fieldErrors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div role="alert" className="form-error">
        {state.ok ? null : state.error}
      </div>
      <div className="field">
        <label htmlFor="password">New password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-hint password-error' : 'password-hint'}
        />
        <p className="field-hint" id="password-hint">
          At least 12 characters. A few unrelated words make a strong one.
        </p>
        {fieldErrors.password ? (
          <p className="field-error" id="password-error">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="confirm">Repeat the password</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={fieldErrors.confirm ? true : undefined}
          aria-describedby={fieldErrors.confirm ? 'confirm-error' : undefined}
        />
        {fieldErrors.confirm ? (
          <p className="field-error" id="confirm-error">
            {fieldErrors.confirm}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Saving…' : 'Set password'}
      </button>
    </form>
  );
}
