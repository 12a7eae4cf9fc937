'use server';
// "New article": creates the draft at once and opens it at its own address, so the editor only ever
// edits an existing article's shared document (nothing to hand over from a "new" mode).
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createDraft } from '@/lib/articles/editorial';
import { editArticlePath } from '@/lib/core/routes';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';


export async function createArticleAction(_previous: FormState, form: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return { status: 'error', error: 'You are signed out: sign in again.' };
  const result = await createDraft(user);
  if (!result.ok) return { status: 'error', error: result.error };
  redirect(editArticlePath(result.article.id));
}
