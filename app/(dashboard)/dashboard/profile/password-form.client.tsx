'use client';
// Changing one's own password; this browser stays signed in, every other session ends.
import { useActionState } from 'react';
import { fieldErrorsOf, type FormState } from '@/lib/core/form-state';
import { FormField } from '@/components/ui/form-field';
import { FormActions, FormStatus } from '@/components/ui/form-actions';
import { changePasswordAction } from './actions';

export function PasswordForm({ email }: { email: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(changePasswordAction, { status: 'idle' });
  const fieldErrors = fieldErrorsOf(state);
  const field = (name: 'current' | 'password' | 'confirm', label: string, autoComplete: string, hint?: string) => (
    <FormField id={`pw-${name}`} name={name} label={label} type="password" autoComplete={autoComplete} hint={hint} error={fieldErrors[name]} />
  );
  return (
    <form action={formAction} className="dash-form" noValidate>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormStatus error={state.status === 'error' ? state.error : null} success={state.status === 'done' ? 'Password changed. Other devices have been signed out.' : null} />
      {field('current', 'Current password', 'current-password')}
      {field('password', 'New password', 'new-password', 'At least 12 characters.')}
      {field('confirm', 'Repeat the new password', 'new-password')}
      <FormActions label="Change password" pendingLabel="Changing…" pending={pending} />
    </form>
  );
}
