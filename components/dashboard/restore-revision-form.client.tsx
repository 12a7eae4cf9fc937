// "Restore this version": the action makes it the newest version and opens the editor.
'use client';
import { useActionState } from 'react';
import { IDLE, type FormAction, type FormState } from '@/lib/core/form-state';

type Props = { articleId: string; revisionId: string; seenVersion: number; action: FormAction<FormState> };

export function RestoreRevisionForm({ articleId, revisionId, seenVersion, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="form-actions">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="seenVersion" value={seenVersion} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Restoring…' : 'Restore this version'}
      </button>
      {state.status === 'error' ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
