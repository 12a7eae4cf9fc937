'use client';
// Adding a staff member: the form keeps what was typed on error and shows the one-time link on success.
import { useActionState } from 'react';
import { fieldErrorsOf } from '@/lib/core/form-state';
import { FormField, FormSelect, Options, fieldBinder } from '@/components/ui/form-field';
import { FormActions, FormStatus } from '@/components/ui/form-actions';
import { createStaffAction, type CreateStaffState } from './actions';
import { OneTimeLink } from './one-time-link.client';

export type RoleOption = { value: string; label: string; description: string };

const initialState: CreateStaffState = { status: 'idle', values: { name: '', email: '', role: 'contributor', slug: '' } };

export function CreateStaffForm({ roles }: { roles: RoleOption[] }) {
  const [state, formAction, pending] = useActionState(createStaffAction, initialState);
  const fieldErrors = fieldErrorsOf(state);
  const bind = fieldBinder('staff', state.values, fieldErrors);
  return (
    <>
      {state.status === 'done' ? (
        <div className="created-staff" role="status">
          <p className="form-success">
            Added {state.name} ({state.email}).
          </p>
          <OneTimeLink url={state.link} label={`Set-password link for ${state.name}`} />
        </div>
      ) : null}
      {/* key: a new, empty form after each creation; the same form (with its values) after an error. */}
      <form action={formAction} className="dash-form" noValidate key={state.status === 'done' ? state.link : 'form'}>
        <FormStatus error={state.status === 'error' ? state.error : null} />
        <FormField {...bind('name')} label="Name" type="text" autoComplete="off" required />
        <FormField {...bind('email')} label="Email" type="email" autoComplete="off" required />
        {/* key: React does not re-apply a select's defaultValue after the form resets, a remount does. */}
        <FormSelect
          key={state.values.role}
          {...bind('role')}
          label="Role"
          hint={roles.map((r) => `${r.label}: ${r.description}`).join(' ')}
        >
          <Options choices={roles} />
        </FormSelect>
        <FormField
          {...bind('slug')}
          label="Public slug (optional)"
          type="text"
          autoComplete="off"
          hint="Their author page address, e.g. jane-doe. Left empty, it is made from the name."
        />
        <FormActions label="Add staff member" pendingLabel="Adding…" pending={pending} />
      </form>
    </>
  );
}
