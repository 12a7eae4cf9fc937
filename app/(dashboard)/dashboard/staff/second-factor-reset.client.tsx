'use client';
// "Reset second factor" beside a staff member who has one: removes their app, passkeys and recovery codes.
import { useActionState } from 'react';
import type { FormState } from '@/lib/core/form-state';
import { resetSecondFactorAction } from './second-factor-actions';
import { StaffActionError, StaffActionForm } from './staff-action-form';

export function SecondFactorReset({ userId, name }: { userId: string; name: string }) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(resetSecondFactorAction, { status: 'idle' });
  return (
    <div className="staff-actions">
      <StaffActionForm action={formAction} userId={userId} className="button button-small button-danger" pending={pending}>
        Reset second factor for {name}
      </StaffActionForm>
      <StaffActionError state={state} />
      {state.status === 'done' ? (
        <p className="form-success" role="status">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
