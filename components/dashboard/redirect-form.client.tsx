'use client';
// Add or change one redirect (old address, new address, 308 or 301), errors beside each field.
import { useActionState } from 'react';
import { IDLE, fieldErrorsOf } from '@/lib/core/form-state';
import { articlePath } from '@/lib/core/routes';
import { FormOutcome } from '@/components/ui/form-actions';
import type { RedirectFormAction } from './redirect-form-state';

type Props = {
  action: RedirectFormAction;
  idPrefix: string;
  initial?: { fromPath: string; toPath: string; status: number };
  submitLabel: string;
};

export function RedirectForm({ action, idPrefix, initial, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const keep = state.status === 'error' ? state.values : undefined;
  const value = (name: 'fromPath' | 'toPath') => keep?.[name] ?? (state.status === 'done' && !initial ? '' : (initial?.[name] ?? ''));
  const error = (name: 'fromPath' | 'toPath' | 'status') => fieldErrorsOf(state)[name];
  return (
    <form key={JSON.stringify(state)} action={formAction} className="dash-form redirect-form">
      {initial ? <input type="hidden" name="originalFromPath" value={initial.fromPath} /> : null}
      <div className="field">
        <label htmlFor={`${idPrefix}-from`}>Old address</label>
        <input id={`${idPrefix}-from`} name="fromPath" type="text" required maxLength={2000} defaultValue={value('fromPath')} placeholder="/2019/05/old-story/" aria-invalid={error('fromPath') ? true : undefined} aria-describedby={error('fromPath') ? `${idPrefix}-from-error` : undefined} />
        {error('fromPath') ? <p className="field-error" id={`${idPrefix}-from-error`}>{error('fromPath')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-to`}>New address</label>
        <input id={`${idPrefix}-to`} name="toPath" type="text" required maxLength={2000} defaultValue={value('toPath')} placeholder={articlePath('new-story')} aria-invalid={error('toPath') ? true : undefined} aria-describedby={error('toPath') ? `${idPrefix}-to-error` : undefined} />
        {error('toPath') ? <p className="field-error" id={`${idPrefix}-to-error`}>{error('toPath')}</p> : null}
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-status`}>Status</label>
        <select id={`${idPrefix}-status`} name="status" defaultValue={keep?.status ?? String(initial?.status ?? 308)}>
          <option value="308">308 Permanent Redirect</option>
          <option value="301">301 Moved Permanently</option>
        </select>
        {error('status') ? <p className="field-error">{error('status')}</p> : null}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        <FormOutcome result={state} />
      </div>
    </form>
  );
}

export function DeleteRedirectForm({ action, fromPath }: { action: RedirectFormAction; fromPath: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="fromPath" value={fromPath} />
      <button type="submit" className="button button-danger" disabled={pending} aria-label={`Delete the redirect from ${fromPath}`}>
        Delete
      </button>
      {state.status === 'idle' ? null : <FormOutcome inline result={state} />}
    </form>
  );
}
