'use server';
// Server actions of the article editor. Each one is a public
// endpoint: it parses its input, finds the signed-in staff member itself, and the lib write it calls
// authorizes again with can(). Expected failures come back as typed results, never exceptions.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/current-user';
import { checkSlugAvailability, getArticleForEditing } from '@/lib/articles/editorial';
import { flushArticleDoc } from '@/lib/collab/server';
import type { Failure, Result, TagOption, WorkflowRequest } from '@/lib/articles/editorial-types';
import {
  publishNow,
  restoreFromTrash,
  scheduleArticle,
  submitForReview,
  trashArticle,
  unpublishArticle,
  unscheduleArticle,
  updatePublished,
  type WorkflowResult,
} from '@/lib/articles/workflow';
import { listMedia } from '@/lib/media/library';
import { createTag } from '@/lib/tags/manage';
import { malformed } from '@/lib/core/result';

const signedOut: Failure = {
  ok: false,
  code: 'forbidden',
  error: 'You are signed out. Sign in again in another tab: your text is kept on this device in the meantime.',
};

const flushSchema = z.object({ id: z.uuid() });

/** "Save": stores the article's live document now (its fields go through the same save path as always). */
export async function flushArticleAction(input: z.input<typeof flushSchema>): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = flushSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const article = await getArticleForEditing(user, parsed.data.id);
  if (!article?.abilities.edit) return { ok: false, error: 'You cannot edit this article.' };
  await flushArticleDoc(parsed.data.id);
  return { ok: true };
}

const workflowSchema = z.discriminatedUnion('step', [
  z.object({ step: z.enum(['submit', 'publish', 'update', 'unschedule', 'unpublish', 'trash', 'restore']), id: z.uuid(), version: z.number().int().min(1).optional() }),
  z.object({ step: z.literal('schedule'), id: z.uuid(), version: z.number().int().min(1).optional(), scheduledAt: z.string().max(64) }),
]);
export async function workflowAction(input: WorkflowRequest): Promise<WorkflowResult> {
  const parsed = workflowSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  const { id, version } = parsed.data;
  // The step acts on the stored article: store what editors typed up to now first.
  await flushArticleDoc(id);
  switch (parsed.data.step) {
    case 'submit':
      return submitForReview(user, { id, version });
    case 'publish':
      return publishNow(user, { id, version });
    case 'update':
      return updatePublished(user, { id, version });
    case 'schedule':
      return scheduleArticle(user, { id, version, scheduledAt: parsed.data.scheduledAt });
    case 'unschedule':
      return unscheduleArticle(user, { id, version });
    case 'unpublish':
      return unpublishArticle(user, { id, version });
    case 'trash':
      return trashArticle(user, { id, version });
    case 'restore':
      return restoreFromTrash(user, { id, version });
    default: {
      const unreachable: never = parsed.data;
      return unreachable;
    }
  }
}

const slugCheckSchema = z.object({ slug: z.string().max(200), articleId: z.uuid().nullable() });

export async function checkSlugAction(input: z.input<typeof slugCheckSchema>): Promise<{ ok: true } | { ok: false; error: string }> {
  const parsed = slugCheckSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'Use lower-case letters, digits and single hyphens only.' };
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: signedOut.error };
  return checkSlugAvailability(user, parsed.data);
}

const inlineTagSchema = z.object({ name: z.string().max(200) });

/** Creates a tag from the editor's tag picker (any staff may). */
export async function createTagInlineAction(input: z.input<typeof inlineTagSchema>): Promise<Result<{ tag: TagOption }>> {
  const parsed = inlineTagSchema.safeParse(input);
  if (!parsed.success) return malformed();
  const user = await getCurrentUser();
  if (!user) return signedOut;
  return createTag(user, { name: parsed.data.name });
}

const mediaQuerySchema = z.object({ page: z.number().int().min(1).max(10_000).default(1), query: z.string().max(200).default('') });

/** A page of the media library for the image picker. */
export async function listMediaAction(input: z.input<typeof mediaQuerySchema>) {
  const parsed = mediaQuerySchema.safeParse(input);
  const user = await getCurrentUser();
  if (!parsed.success || !user) return { items: [], total: 0, page: 1, pageSize: 24 };
  return listMedia(user, { page: parsed.data.page, query: parsed.data.query });
}
