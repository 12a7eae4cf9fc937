'use client';
// Adding a staff member: the form keeps what was typed on error and shows the one-time link on success.
import { useActionState } from 'react';
import { createStaffAction, type CreateStaffState } from './actions';
import { OneTimeLink } from './one-time-link.client';

export type RoleOption = { value: string; label: string; description: string };

const initialState: CreateStaffState = { status: 'idle', values: { name: '', email: '', role: 'contributor', slug: '' } };

export function CreateStaffForm({ roles }: { roles: RoleOption[] }) {
  const [state, formAction, pending] = useActionState(createStaffAction, initialState);
  const fieldErrors = state.status === 'error' ? state.fieldErrors : {};
  const described = (field: keyof typeof fieldErrors, hint?: string) =>
    [hint, fieldErrors[field] ? `staff-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      {state.status === 'created' ? (
        <div className="created-staff" role="status">
          <p className="form-success">
            Added {state.name} ({state.email}).
          </p>
          <OneTimeLink url={state.link} label={`Set-password link for ${state.name}`} />
        </div>
      ) : null}
      {/* key: a new, empty form after each creation; the same form (with its values) after an error. */}
      <form action={formAction} className="dash-form" noValidate key={state.status === 'created' ? state.link : 'form'}>
        <div role="alert" className="form-error">
          {state.status === 'error' ? state.error : null}
        </div>
        <div className="field">
          <label htmlFor="staff-name">Name</label>
          <input id="staff-name" name="name" type="text" autoComplete="off" required defaultValue={state.values.name} aria-invalid={fieldErrors.name ? true : undefined} aria-describedby={described('name')} />
          {fieldErrors.name ? <p className="field-error" id="staff-name-error">{fieldErrors.name}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="staff-email">Email</label>
          <input id="staff-email" name="email" type="email" autoComplete="off" required defaultValue={state.values.email} aria-invalid={fieldErrors.email ? true : undefined} aria-describedby={described('email')} />
          {fieldErrors.email ? <p className="field-error" id="staff-email-error">{fieldErrors.email}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="staff-role">Role</label>
          {/* key: React does not re-apply a select's defaultValue after the form resets, a remount does. */}
          <select key={state.values.role} id="staff-role" name="role" defaultValue={state.values.role} aria-invalid={fieldErrors.role ? true : undefined} aria-describedby={described('role', 'staff-role-hint')}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <p className="field-hint" id="staff-role-hint">
            {roles.map((r) => `${r.label}: ${r.description}`).join(' ')}
          </p>
          {fieldErrors.role ? <p className="field-error" id="staff-role-error">{fieldErrors.role}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="staff-slug">Public slug (optional)</label>
          <input id="staff-slug" name="slug" type="text" autoComplete="off" defaultValue={state.values.slug} aria-invalid={fieldErrors.slug ? true : undefined} aria-describedby={described('slug', 'staff-slug-hint')} />
          <p className="field-hint" id="staff-slug-hint">
            Their author page address, e.g. jane-doe. Left empty, it is made from the name.
          </p>
          {fieldErrors.slug ? <p className="field-error" id="staff-slug-error">{fieldErrors.slug}</p> : null}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? 'Adding…' : 'Add staff member'}
          </button>
        </div>
      </form>
    </>
  );
}
