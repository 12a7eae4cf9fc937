// Saving the working copy with optimistic concurrency: every save names the version it started from
// and the row is only written `WHERE id = $1 AND version = $2`; a stale save is refused with the newer
// version attached, so nobody overwrites anybody and the editor can show both. Autosaves and manual
// saves differ only in how their revision is kept (revisions.ts).
import 'server-only';
import { announceAccessChange } from '@/lib/core/access-signal';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { articles, type RevisionKind } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { toEditable } from './editorial';
import type { ConflictFailure, EditableArticle, Result } from './editorial-types';
import type { ArticleFields } from './fields';
import { recordRevision } from './revision-log';
import { isPlaceholderSlug, placeholderSlug, slugify } from '@/lib/core/slug';
import { checkArticleFields, freeArticleSlug, parseArticleFields } from './validation';
import { articleRef, loadWorkingCopy, sameList, snapshotOf, writeLinks, type WorkingCopy } from './working-copy';
import { malformed } from '@/lib/core/result';

export type SaveMode = 'autosave' | 'manual';

export const saveRequestSchema = z.object({
  id: z.uuid(),
  baseVersion: z.number().int().min(1),
  mode: z.enum(['autosave', 'manual']),
  fields: z.unknown(),
});
export type SaveRequest = z.input<typeof saveRequestSchema>;

export type SaveResult = Result<{ article: EditableArticle; changed: boolean }> | ConflictFailure;

export async function conflictWith(tx: Tx, actor: Actor, copy: WorkingCopy): Promise<ConflictFailure> {
  const by = copy.article.updatedById && copy.article.updatedById !== actor.id ? 'someone else' : 'you, in another window,';
  return {
    ok: false,
    code: 'conflict',
    error: `This article was changed by ${by} since you opened it (now version ${copy.article.version}). Your text is kept here: compare the versions before saving again.`,
    latest: await toEditable(tx, actor, copy),
  };
}

/** Fills in a slug the editor left empty: from the headline, or a placeholder while there is none. */
async function resolveSlug(tx: Tx, copy: WorkingCopy, fields: ArticleFields): Promise<string> {
  if (fields.slug) return fields.slug;
  const id = copy.article.id;
  if (!fields.headline) return isPlaceholderSlug(copy.article.slug) ? copy.article.slug : placeholderSlug(id);
  return freeArticleSlug(tx, slugify(fields.headline) || placeholderSlug(id), { articleId: id, kind: copy.article.kind });
}

/**
 * Writes new field values as the next version, conditional on `baseVersion`; returns null when the
 * row moved on (a concurrent save won). Callers have authorized and validated.
 */
export async function writeNextVersion(
  tx: Tx,
  actor: Actor,
  copy: WorkingCopy,
  fields: ArticleFields,
  kind: RevisionKind,
): Promise<WorkingCopy | null> {
  const { tagIds, authorIds, ...columns } = fields;
  const slug = await resolveSlug(tx, copy, fields);
  const updated = await tx
    .update(articles)
    .set({
      ...columns,
      slug,
      version: sql`${articles.version} + 1`,
      updatedById: actor.id,
      updatedAt: sql`now()`,
      // Readers keep the published copy until "Update" copies this one over.
      hasUnpublishedChanges: copy.article.status === 'published',
    })
    .where(and(eq(articles.id, copy.article.id), eq(articles.version, copy.article.version)))
    .returning();
  const article = updated[0];
  if (!article) return null;
  await writeLinks(tx, article.id, tagIds, authorIds);
  const next: WorkingCopy = { article, tagIds, authorIds };
  await recordRevision(tx, { articleId: article.id, version: article.version, kind, snapshot: snapshotOf(next), authorId: actor.id });
  return next;
}

function unchanged(copy: WorkingCopy, fields: ArticleFields): boolean {
  const current = snapshotOf(copy);
  const { tagIds, authorIds, slug, ...rest } = fields;
  return (
    (slug === '' ? true : slug === current.slug) &&
    sameList([...tagIds].sort(), [...current.tagIds].sort()) &&
    sameList(authorIds, current.authorIds) &&
    Object.entries(rest).every(([key, value]) => canonical(value) === canonical(current[key as keyof typeof current]))
  );
}

/** JSON with object keys sorted: jsonb hands bodies back with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export async function saveArticle(actor: Actor, request: SaveRequest): Promise<SaveResult> {
  const req = saveRequestSchema.safeParse(request);
  if (!req.success) return malformed();
  const parsed = parseArticleFields(req.data.fields);
  if (!parsed.ok) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors };
  const fields = parsed.fields;
  const db = await getDb();
  let bylinesChanged = false;
  const result = await db.transaction(async (tx): Promise<SaveResult> => {
    const copy = await loadWorkingCopy(tx, req.data.id, { lock: true });
    if (!copy) return { ok: false, code: 'not_found', error: 'This article no longer exists.' };
    const ref = articleRef(copy);
    if (!can(actor, { kind: 'article:edit', article: ref })) {
      return { ok: false, code: 'forbidden', error: copy.article.status === 'trash' ? 'This article is in the trash: restore it first.' : 'You cannot edit this article.' };
    }
    if (copy.article.version !== req.data.baseVersion) return conflictWith(tx, actor, copy);
    if (!sameList(fields.authorIds, copy.authorIds) && !can(actor, { kind: 'article:set-bylines', article: ref })) {
      const error = 'Only editors can change bylines.';
      return { ok: false, code: 'forbidden', error, fieldErrors: { authorIds: error } };
    }
    const fieldErrors = await checkArticleFields(tx, copy.article.id, fields);
    if (Object.keys(fieldErrors).length) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors };
    // An autosave of what is already stored (focus changes, undo back to the saved text) makes no version.
    if (unchanged(copy, fields)) return { ok: true, changed: false, article: await toEditable(tx, actor, copy) };
    const next = await writeNextVersion(tx, actor, copy, fields, req.data.mode === 'autosave' ? 'autosave' : 'save');
    if (!next) {
      const latest = await loadWorkingCopy(tx, copy.article.id);
      return conflictWith(tx, actor, latest!);
    }
    bylinesChanged = !sameList(fields.authorIds, copy.authorIds);
    return { ok: true, changed: true, article: await toEditable(tx, actor, next) };
  });
  // A byline gives or takes the pen (lib/permissions): live-editing connections are checked again.
  if (result.ok && bylinesChanged) announceAccessChange({ articleId: req.data.id });
  return result;
}
