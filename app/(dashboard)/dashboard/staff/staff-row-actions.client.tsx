'use client';
// The buttons beside one staff member: change role, disable or re-enable, reset password.
import { useActionState } from 'react';
import { staffRowAction, type RowActionState } from './actions';
import type { RoleOption } from './create-staff-form.client';
import { OneTimeLink } from './one-time-link.client';
import { StaffActionError, StaffActionForm } from './staff-action-form';

const initialState: RowActionState = { status: 'idle' };

export function StaffRowActions({ userId, name, role, disabled, roles }: { userId: string; name: string; role: string; disabled: boolean; roles: RoleOption[] }) {
  const [state, formAction, pending] = useActionState(staffRowAction, initialState);
  const selectId = `role-${userId}`;
  return (
    <div className="staff-actions">
      <form action={formAction} className="staff-role-form">
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="intent" value="role" />
        <label htmlFor={selectId}>Role for {name}</label>
        <div className="form-actions">
          <select id={selectId} name="role" defaultValue={role} key={role}>
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-small" disabled={pending}>
            Change role
          </button>
        </div>
      </form>
      <div className="form-actions">
        <StaffActionForm action={formAction} userId={userId} intent={disabled ? 'enable' : 'disable'} className={disabled ? 'button button-small' : 'button button-small button-danger'} pending={pending}>
          {disabled ? `Re-enable ${name}` : `Disable ${name}`}
        </StaffActionForm>
        <StaffActionForm action={formAction} userId={userId} intent="reset" className="button button-small" pending={pending}>
          Reset password for {name}
        </StaffActionForm>
      </div>
      <StaffActionError state={state} />
      {state.status === 'done' ? (
        <div role="status">
          <p className="form-success">{state.message}</p>
          {state.link ? <OneTimeLink url={state.link} label={`New set-password link for ${name}`} /> : null}
        </div>
      ) : null}
    </div>
  );
}
