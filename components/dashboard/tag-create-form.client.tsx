// Create a tag from the tags page (any staff may).
'use client';
import { useActionState } from 'react';
import type { TagFormAction } from './tag-form-state';
import { TagFields } from './tag-fields';

export function TagCreateForm({ action }: { action: TagFormAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    // Re-mounted per answer so fields show what came back (kept on error, cleared on success).
    <form key={JSON.stringify(state)} action={formAction} className="dash-form">
      <TagFields idPrefix="new-tag" state={state} initial={{ name: '', slug: '', description: '' }} slugHint="Empty: made from the name." />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create tag'}
        </button>
        <p role="status" className={state?.ok ? 'form-success' : 'form-error'}>
          {state?.message}
        </p>
      </div>
    </form>
  );
}
