'use client';
// The recovery-codes part of "Sign-in security": how many are left, and a fresh set (shown once).
import { useActionState } from 'react';
import { RecoveryCodeList } from '@/components/auth/recovery-code-list';
import { regenerateRecoveryCodesAction, type FactorState } from './two-factor-actions';

export function RecoveryPanel({ left }: { left: number }) {
  const [state, formAction, pending] = useActionState<FactorState, FormData>(regenerateRecoveryCodesAction, { status: 'idle' });
  return (
    <div className="factor-panel" data-testid="recovery-panel">
      <h3>Recovery codes</h3>
      <p>
        {left} unused recovery code{left === 1 ? '' : 's'} left. Each signs you in once if you lose your app or passkeys.
      </p>
      <div role="alert" className="form-error">
        {state.status === 'error' ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'done' ? state.message : null}
      </div>
      {state.status === 'done' && state.recoveryCodes ? <RecoveryCodeList codes={state.recoveryCodes} /> : null}
      <form action={formAction}>
        <button type="submit" className="button button-small" disabled={pending}>
          Generate new recovery codes
        </button>
      </form>
    </div>
  );
}
