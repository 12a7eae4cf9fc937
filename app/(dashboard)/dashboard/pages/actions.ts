'use server';
// "New page": creates the page's draft at once and opens it in the editor (the editor only edits
// existing pages, so it needs no separate "new page" mode).
import type { CreateDraftState } from '@/components/dashboard/create-draft-button.client';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createDraft } from '@/lib/articles/editorial';
import { editArticlePath } from '@/lib/core/routes';
import { MALFORMED_REQUEST } from '@/lib/core/form-state';

export type NewPageState = CreateDraftState;

export async function createPageAction(_previous: NewPageState, form: FormData): Promise<NewPageState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return { status: 'error', error: 'You are signed out: sign in again.' };
  const result = await createDraft(user, {}, { kind: 'page' });
  if (!result.ok) return { status: 'error', error: result.error };
  redirect(editArticlePath(result.article.id));
}
