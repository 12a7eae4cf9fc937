'use server';
// Creates the article the first time a new one is saved (so an abandoned "New article" leaves no row).
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createDraft } from '@/lib/articles/editorial';
import type { EditableArticle, Result } from '@/lib/articles/editorial-types';
import type { ArticleFieldsInput } from '@/lib/articles/fields';

// The shape only; createDraft parses every field with the shared schema and gives per-field messages.
const createSchema = z.object({ fields: z.record(z.string(), z.unknown()) });

export async function createArticleAction(input: { fields: unknown }): Promise<Result<{ article: EditableArticle }>> {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'invalid', error: 'The request was malformed; reload the page.' };
  const user = await getCurrentUser();
  if (!user) return { ok: false, code: 'forbidden', error: 'You are signed out. Sign in again in another tab: your text is kept here in the meantime.' };
  return createDraft(user, parsed.data.fields as Partial<ArticleFieldsInput>);
}
