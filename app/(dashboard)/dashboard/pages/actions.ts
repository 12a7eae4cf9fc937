'use server';
// "New page": creates the page's draft at once and opens it in the editor (the editor only edits
// existing pages, so it needs no separate "new page" mode).
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createDraft } from '@/lib/articles/editorial';
import { editArticlePath } from '@/lib/core/routes';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';


export async function createPageAction(_previous: FormState, form: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return { status: 'error', error: 'You are signed out: sign in again.' };
  const result = await createDraft(user, {}, { kind: 'page' });
  if (!result.ok) return { status: 'error', error: result.error };
  redirect(editArticlePath(result.article.id));
}
