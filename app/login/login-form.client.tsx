'use client';
// The sign-in form: labelled fields, the error announced next to it, the typed email kept on error.
import { useActionState } from 'react';
import { signInAction, type SignInState } from './actions';

const initialState: SignInState = { ok: false, values: { email: '' } };

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialState);
  const values = state.ok ? { email: '' } : state.values;
  const fieldErrors = state.ok ? {} : (state.fieldErrors ?? {});
  const error = state.ok ? undefined : state.error;
  return (
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div role="alert" className="form-error" id="sign-in-error">
        {error}
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={values.email}
          aria-invalid={fieldErrors.email ? true : undefined}
          aria-describedby={fieldErrors.email ? 'email-error' : undefined}
        />
        {fieldErrors.email ? (
          <p className="field-error" id="email-error">
            {fieldErrors.email}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={fieldErrors.password ? true : undefined}
          aria-describedby={fieldErrors.password ? 'password-error' : undefined}
        />
        {fieldErrors.password ? (
          <p className="field-error" id="password-error">
            {fieldErrors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
