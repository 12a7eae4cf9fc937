'use server';
// Restores a revision as the article's next version, writes it into the article's live document (a
// change every open editor sees), then opens the editor on it.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { restoreRevision } from '@/lib/articles/revisions';
import { flushArticleDoc, pushArticleIntoLiveDoc } from '@/lib/collab/server';
import { editArticlePath } from '@/lib/core/routes';
import { MALFORMED_REQUEST, type FormState } from '@/lib/core/form-state';


const formSchema = z.object({ articleId: z.uuid(), revisionId: z.uuid(), seenVersion: z.coerce.number().int().min(1) });

export async function restoreRevisionAction(_previous: FormState, form: FormData): Promise<FormState> {
  // A server action is a public endpoint: a replayed call may send anything, not a form.
  if (!(form instanceof FormData)) return { status: 'error', error: MALFORMED_REQUEST };
  const parsed = formSchema.safeParse({ articleId: form.get('articleId'), revisionId: form.get('revisionId'), seenVersion: form.get('seenVersion') });
  if (!parsed.success) return { status: 'error', error: MALFORMED_REQUEST };
  const user = await getCurrentUser();
  if (!user) return { status: 'error', error: 'You are signed out. Sign in again.' };
  // What editors typed up to now goes into the history first, so the restore can be undone by another.
  await flushArticleDoc(parsed.data.articleId);
  const result = await restoreRevision(user, parsed.data);
  if (!result.ok) {
    return { status: 'error', error: result.code === 'conflict' ? 'The article changed since this page was opened: reload and restore again.' : result.error };
  }
  await pushArticleIntoLiveDoc(user, parsed.data.articleId);
  redirect(`${editArticlePath(parsed.data.articleId)}?restored=${result.article.version}`);
}
