// Create a tag from the tags page (any staff may).
'use client';
import { useActionState } from 'react';
import { IDLE } from '@/lib/core/form-state';
import { FormActions, FormOutcome } from '@/components/ui/form-actions';
import type { TagFormAction } from './tag-form-state';
import { TagFields } from './tag-fields';

export function TagCreateForm({ action }: { action: TagFormAction }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    // Re-mounted per answer so fields show what came back (kept on error, cleared on success).
    <form key={JSON.stringify(state)} action={formAction} className="dash-form">
      <TagFields idPrefix="new-tag" state={state} initial={{ name: '', slug: '', description: '' }} slugHint="Empty: made from the name." />
      <FormActions label="Create tag" pendingLabel="Creating…" pending={pending}>
        <FormOutcome result={state} />
      </FormActions>
    </form>
  );
}
