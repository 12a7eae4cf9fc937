// "Restore this version": the action makes it the newest version and opens the editor.
'use client';
import { useActionState } from 'react';

type State = { error: string } | null;
type Props = { articleId: string; revisionId: string; baseVersion: number; action: (state: State, form: FormData) => Promise<State> };

export function RestoreRevisionForm({ articleId, revisionId, baseVersion, action }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="form-actions">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {pending ? 'Restoring…' : 'Restore this version'}
      </button>
      {state?.error ? (
        <p className="field-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
