'use client';
// The "New page" button: a form on the createPageAction, with its refusal shown beside it.
import { useActionState } from 'react';
import { createPageAction, type NewPageState } from './actions';

export function NewPageButton() {
  const [state, action, pending] = useActionState<NewPageState, FormData>(createPageAction, null);
  return (
    <form action={action}>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Creating…' : 'New page'}
      </button>
      {state?.error ? (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
