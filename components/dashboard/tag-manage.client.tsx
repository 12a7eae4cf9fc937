// Editing one tag (editors and admins): rename and describe, merge into another tag (found by search), delete.
'use client';
import { useActionState } from 'react';
import { IDLE } from '@/lib/core/form-state';
import type { TagOption } from '@/lib/articles/editorial-types';
import { FormActions, FormOutcome } from '@/components/ui/form-actions';
import type { TagFormAction } from './tag-form-state';
import { TagFields } from './tag-fields';
import { TagMergePicker, type MergeSearch } from './tag-merge-picker.client';

type Props = {
  tag: TagOption & { description: string };
  actions: { update: TagFormAction; merge: TagFormAction; remove: TagFormAction; search: MergeSearch };
};

export function TagManage({ tag, actions }: Props) {
  const [editState, edit, editing] = useActionState(actions.update, IDLE);
  const [mergeState, merge, merging] = useActionState(actions.merge, IDLE);
  const [deleteState, remove, deleting] = useActionState(actions.remove, IDLE);
  return (
    <>
      <details>
        <summary>Rename or describe “{tag.name}”</summary>
        <form key={JSON.stringify(editState)} action={edit} className="dash-form">
          <input type="hidden" name="id" value={tag.id} />
          <TagFields idPrefix={`tag-${tag.id}`} state={editState} initial={tag} slugHint="Changing it keeps the old address working (it redirects here)." />
          <FormActions plain label="Save tag" pendingLabel="Saving…" pending={editing}>
            <FormOutcome result={editState} />
          </FormActions>
        </form>
      </details>
      <details>
        <summary>Merge “{tag.name}” into another tag</summary>
        <form action={merge} className="dash-form">
          <input type="hidden" name="fromId" value={tag.id} />
          <TagMergePicker fromId={tag.id} fromName={tag.name} search={actions.search} error={mergeState.status === 'error' ? mergeState.fieldErrors?.into : undefined} />
          <FormActions plain label="Merge tags" pendingLabel="Merging…" pending={merging}>
            <FormOutcome result={mergeState} />
          </FormActions>
        </form>
      </details>
      <form
        action={remove}
        className="form-actions"
        onSubmit={(event) => {
          if (!window.confirm(`Delete the tag “${tag.name}”? It is removed from every article.`)) event.preventDefault();
        }}
      >
        <input type="hidden" name="id" value={tag.id} />
        <button type="submit" className="button button-danger button-small" disabled={deleting}>
          {deleting ? 'Deleting…' : `Delete “${tag.name}”`}
        </button>
        <FormOutcome result={deleteState} />
      </form>
    </>
  );
}
