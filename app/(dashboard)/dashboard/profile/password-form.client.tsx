'use client';
// Changing one's own password; this browser stays signed in, every other session ends.
import { useActionState } from 'react';
import { changePasswordAction, type PasswordState } from './actions';

export function PasswordForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<PasswordState, FormData>(changePasswordAction, { status: 'idle' });
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const field = (name: 'current' | 'password' | 'confirm', label: string, autoComplete: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`pw-${name}`}>{label}</label>
      <input
        id={`pw-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={fieldErrors[name] ? true : undefined}
        aria-describedby={[hint ? `pw-${name}-hint` : '', fieldErrors[name] ? `pw-${name}-error` : ''].filter(Boolean).join(' ') || undefined}
      />
      {hint ? (
        <p className="field-hint" id={`pw-${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {fieldErrors[name] ? (
        <p className="field-error" id={`pw-${name}-error`}>
          {fieldErrors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action={formAction} className="dash-form" noValidate>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'saved' ? 'Password changed. Other devices have been signed out.' : null}
      </div>
      {field('current', 'Current password', 'current-password')}
      {field('password', 'New password', 'new-password', 'At least 12 characters.')}
      {field('confirm', 'Repeat the new password', 'new-password')}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
