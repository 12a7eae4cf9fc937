'use client';
// Changing one's own password; this browser stays signed in, every other session ends.
import { useActionState } from 'react';
import { FormField } from '@/components/ui/form-field';
import { changePasswordAction, type PasswordState } from './actions';

export function PasswordForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<PasswordState, FormData>(changePasswordAction, { status: 'idle' });
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const field = (name: 'current' | 'password' | 'confirm', label: string, autoComplete: string, hint?: string) => (
    <FormField id={`pw-${name}`} name={name} label={label} type="password" autoComplete={autoComplete} hint={hint} error={fieldErrors[name]} />
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
