'use client';
// The "New article" button: a form on createArticleAction (the draft is created when it is pressed,
// never by merely visiting or prefetching a page), with its refusal shown beside it.
import { useActionState } from 'react';
import { createArticleAction, type NewArticleState } from './actions';

export function NewArticleButton() {
  const [state, action, pending] = useActionState<NewArticleState, FormData>(createArticleAction, null);
  return (
    <form action={action}>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Creating…' : 'New article'}
      </button>
      {state?.error ? (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
