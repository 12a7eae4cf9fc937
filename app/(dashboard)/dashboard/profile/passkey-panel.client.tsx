'use client';
// The passkeys part of "Sign-in security": the list (name, added, last used), remove any, add another.
import { startRegistration } from '@simplewebauthn/browser';
import { useActionState, useState, useTransition } from 'react';
import { RecoveryCodeList } from '@/components/auth/recovery-code-list';
import { webauthnErrorMessage } from '@/components/auth/webauthn-error';
import { FormField } from '@/components/ui/form-field';
import { addPasskeyAction, passkeyOptionsAction, removePasskeyAction, type FactorState } from './two-factor-actions';

export type PasskeyRow = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

export function PasskeyPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  const [removeState, removeAction, removing] = useActionState<FactorState, FormData>(removePasskeyAction, { status: 'idle' });
  const [addState, setAddState] = useState<FactorState>({ status: 'idle' });
  const [adding, startAdding] = useTransition();
  const [name, setName] = useState('');
  const state = addState.status !== 'idle' ? addState : removeState;

  const add = () =>
    startAdding(async () => {
      setAddState({ status: 'idle' });
      if (!name.trim()) return setAddState({ status: 'error', error: 'Check the highlighted field.', fieldErrors: { name: 'Give the passkey a name, such as the device it lives on.' } });
      const options = await passkeyOptionsAction();
      if (!options.ok) return setAddState({ status: 'error', error: options.error });
      try {
        const response = await startRegistration({ optionsJSON: options.options });
        const result = await addPasskeyAction({ name, response: JSON.stringify(response) });
        setAddState(result);
        if (result.status === 'done') setName('');
      } catch (e) {
        setAddState({ status: 'error', error: webauthnErrorMessage(e) });
      }
    });

  const nameError = addState.status === 'error' ? addState.fieldErrors?.name : undefined;
  return (
    <div className="factor-panel" data-testid="passkey-panel">
      <h3>Passkeys</h3>
      <div role="alert" className="form-error">
        {state.status === 'error' && !nameError ? state.error : null}
      </div>
      <div role="status" className="form-success">
        {state.status === 'done' ? state.message : null}
      </div>
      {state.status === 'done' && state.recoveryCodes ? <RecoveryCodeList codes={state.recoveryCodes} /> : null}
      {passkeys.length > 0 ? (
        <ul className="passkey-list">
          {passkeys.map((p) => (
            <li key={p.id} className="factor-row" data-testid="passkey-item">
              <div>
                <strong>{p.name}</strong>
                <span className="field-hint">
                  {' '}
                  Added {p.createdAt} · {p.lastUsedAt ? `last used ${p.lastUsedAt}` : 'not used yet'}
                </span>
              </div>
              <form action={removeAction}>
                <input type="hidden" name="passkeyId" value={p.id} />
                <button type="submit" className="button button-danger button-small" disabled={removing} aria-label={`Remove passkey ${p.name}`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p>No passkeys yet. A passkey signs you in with your device’s fingerprint, face or PIN, without a password.</p>
      )}
      <form
        className="dash-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <FormField
          id="passkey-name"
          name="name"
          label="Device or key"
          hint="A name for this passkey, such as the device or key that holds it, so you can tell them apart."
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          error={nameError}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={adding}>
            {adding ? 'Waiting for your device…' : 'Add a passkey'}
          </button>
        </div>
      </form>
    </div>
  );
}
