'use client';
// The roles that must sign in with a second factor (checkboxes, one per role).
import { useActionState } from 'react';
import { FormActions } from '@/components/ui/form-actions';
import { secondFactorRolesAction, type SecondFactorRolesState } from './second-factor-actions';

export function SecondFactorRolesForm({ roles, required }: { roles: { value: string; label: string }[]; required: string[] }) {
  const [state, formAction, pending] = useActionState<SecondFactorRolesState, FormData>(secondFactorRolesAction, { status: 'idle' });
  const checked = state.status === 'done' ? state.roles : required;
  return (
    <form action={formAction} className="dash-form" noValidate>
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <fieldset aria-describedby={state.status === 'error' && state.fieldError ? 'second-factor-roles-error' : 'second-factor-roles-hint'}>
        <legend>Require a second factor for</legend>
        {roles.map((role) => (
          <label key={role.value} className="checkbox-field">
            <input type="checkbox" name="roles" value={role.value} defaultChecked={checked.includes(role.value)} key={`${role.value}-${checked.includes(role.value)}`} />{' '}
            {role.label}
          </label>
        ))}
        <p className="field-hint" id="second-factor-roles-hint">
          People in these roles set up an authenticator app at their next sign-in if they have no second factor, and cannot remove their last one.
        </p>
        {state.status === 'error' && state.fieldError ? (
          <p className="field-error" id="second-factor-roles-error">
            {state.fieldError}
          </p>
        ) : null}
      </fieldset>
      <div role="status" className="form-success">
        {state.status === 'done' ? 'Second-factor requirement saved.' : null}
      </div>
      <FormActions label="Save requirement" pending={pending} />
    </form>
  );
}
