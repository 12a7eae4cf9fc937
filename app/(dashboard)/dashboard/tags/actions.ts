'use server';
// Tag management actions: create (any staff), rename/describe, merge (with the search that finds its
// target) and delete (editors and admins, checked again in lib/tags/). Form values come back with errors so nothing typed is lost.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createTag, deleteTag, mergeTags, updateTag } from '@/lib/tags/manage';
import { searchMergeTargets } from '@/lib/tags/dashboard-list';
import type { TagRef } from '@/lib/core/public-types';
import type { TagFormState } from '@/components/dashboard/tag-form-state';
import { MALFORMED_REQUEST } from '@/lib/core/form-state';

const signedOut = { status: 'error', error: 'You are signed out. Sign in again.' } as const;
const text = (form: FormData, name: string) => String(form.get(name) ?? '');
const field = z.string().max(10_000);

export async function createTagAction(_previous: TagFormState, form: FormData): Promise<TagFormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const values = { name: text(form, 'name'), slug: text(form, 'slug'), description: text(form, 'description') };
  const parsed = z.object({ name: field, slug: field, description: field }).safeParse(values);
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST, values };
  const user = await getCurrentUser();
  if (!user) return { ...signedOut, values };
  const result = await createTag(user, parsed.data);
  if (result.ok) return { status: 'done', message: `Tag “${result.tag.name}” created.` };
  return { status: 'error', error: result.error, fieldErrors: result.fieldErrors, values };
}

export async function updateTagAction(_previous: TagFormState, form: FormData): Promise<TagFormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const values = { name: text(form, 'name'), slug: text(form, 'slug'), description: text(form, 'description') };
  const parsed = z.object({ id: z.uuid(), name: field, slug: field, description: field }).safeParse({ id: form.get('id'), ...values });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST, values };
  const user = await getCurrentUser();
  if (!user) return { ...signedOut, values };
  const result = await updateTag(user, parsed.data);
  if (result.ok) return { status: 'done', message: 'Saved.', values: { name: result.tag.name, slug: result.tag.slug, description: values.description } };
  return { status: 'error', error: result.error, fieldErrors: result.fieldErrors, values };
}

export async function mergeTagsAction(_previous: TagFormState, form: FormData): Promise<TagFormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = z.object({ fromId: z.uuid(), intoId: z.string().max(64) }).safeParse({ fromId: form.get('fromId'), intoId: form.get('intoId') });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await mergeTags(user, parsed.data);
  if (result.ok) return { status: 'done', message: `Merged into “${result.tag.name}”.` };
  return { status: 'error', error: result.error, fieldErrors: result.fieldErrors };
}

export async function deleteTagAction(_previous: TagFormState, form: FormData): Promise<TagFormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = z.object({ id: z.uuid() }).safeParse({ id: form.get('id') });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const result = await deleteTag(user, parsed.data);
  return result.ok ? { status: 'done', message: 'Tag deleted.' } : { status: 'error', error: result.error };
}

/** The merge form's search: at most 20 tags matching the text, never the tag being merged; nothing for those who may not merge. */
export async function searchMergeTargetsAction(fromId: unknown, query: unknown): Promise<TagRef[]> {
  const parsed = z.object({ fromId: z.uuid(), query: z.string().max(200) }).safeParse({ fromId, query });
  if (!parsed.success) return [];
  const user = await getCurrentUser();
  if (!user) return [];
  return searchMergeTargets(user, parsed.data);
}
