'use client';
// "Reset second factor" beside a staff member who has one: removes their app, passkeys and recovery codes.
import { useActionState } from 'react';
import { resetSecondFactorAction, type ResetFactorState } from './second-factor-actions';

export function SecondFactorReset({ userId, name }: { userId: string; name: string }) {
  const [state, formAction, pending] = useActionState<ResetFactorState, FormData>(resetSecondFactorAction, { status: 'idle' });
  return (
    <div className="staff-actions">
      <form action={formAction}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="button button-small button-danger" disabled={pending}>
          Reset second factor for {name}
        </button>
      </form>
      {state.status === 'error' ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state.status === 'done' ? (
        <p className="form-success" role="status">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
