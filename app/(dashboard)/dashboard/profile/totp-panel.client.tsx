'use client';
// The authenticator-app part of "Sign-in security": set up (QR code, key, first code), or remove.
import { useActionState } from 'react';
import { QrCode } from '@/components/auth/qr-code';
import { RecoveryCodeList } from '@/components/auth/recovery-code-list';
import { FormField } from '@/components/ui/form-field';
import { totpAction, type FactorState } from './two-factor-actions';

export function TotpPanel({ setUpOn }: { setUpOn: string | null }) {
  const [state, formAction, pending] = useActionState<FactorState, FormData>(totpAction, { status: 'idle' });
  const enrolment = state.status === 'enrolling' ? state.enrolment : state.status === 'error' ? state.enrolment : undefined;
  return (
    <div className="factor-panel" data-testid="totp-panel">
      <h3>Authenticator app</h3>
      <div role="alert" className="form-error">
        {state.status === 'error' && !state.fieldErrors ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'done' ? state.message : null}
      </div>
      {state.status === 'done' && state.recoveryCodes ? <RecoveryCodeList codes={state.recoveryCodes} /> : null}
      {enrolment ? (
        <form action={formAction} className="dash-form" noValidate>
          <p>Scan this code with your authenticator app, then enter the 6-digit code it shows.</p>
          <QrCode qr={enrolment.qr} label="QR code for your authenticator app" />
          <p className="field-hint">
            Can’t scan it? Enter this key in the app: <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <FormField
            id="totp-enrol-code"
            name="code"
            label="Code from the app"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            required
            error={state.status === 'error' ? state.fieldErrors?.code : undefined}
          />
          <div className="form-actions">
            <button type="submit" name="intent" value="confirm" className="button button-primary" disabled={pending}>
              Confirm
            </button>
            <button type="submit" name="intent" value="cancel" className="button button-quiet" disabled={pending}>
              Cancel
            </button>
          </div>
        </form>
      ) : setUpOn ? (
        <form action={formAction} className="factor-row">
          <p>Set up on {setUpOn}.</p>
          <button type="submit" name="intent" value="remove" className="button button-danger button-small" disabled={pending}>
            Remove authenticator app
          </button>
        </form>
      ) : (
        <form action={formAction} className="factor-row">
          <p>Not set up. Any app that shows 6-digit codes works (1Password, Google Authenticator, Aegis…).</p>
          <button type="submit" name="intent" value="start" className="button" disabled={pending}>
            Set up an authenticator app
          </button>
        </form>
      )}
    </div>
  );
}
