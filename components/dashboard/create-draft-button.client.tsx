'use client';
// "New article" and "New page": a form on a server action that creates the draft when pressed (never by
// merely visiting or prefetching a page) and opens it, with its refusal shown beside the button.
import { useActionState } from 'react';
import { IDLE, type FormAction, type FormState } from '@/lib/core/form-state';


type Props = { create: FormAction<FormState>; label: string };

export function CreateDraftButton({ create, label }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(create, IDLE);
  return (
    <form action={action}>
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Creating…' : label}
      </button>
      {state.status === 'error' ? (
        <p role="alert" className="field-error">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
