// Saving the working copy: each save locks the article row, asks can() of the locked row (so a role,
// byline or status change made since the editor loaded is honoured) and writes the next version. Saves
// name no version and never conflict: the live document (lib/collab) merges concurrent edits before
// they get here. Autosaves and manual saves differ only in how their revision is kept (revisions.ts).
import 'server-only';
import { announceAccessChange } from '@/lib/core/access-signal';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { articles, type RevisionKind } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import type { EditableArticle, Result } from './editorial-types';
import type { ArticleFields, ArticleFieldsInput } from './fields';
import { recordRevision } from './revision-log';
import { isPlaceholderSlug, placeholderSlug, slugify } from '@/lib/core/slug';
import { checkArticleFields, freeArticleSlug, parseArticleFields } from './validation';
import { articleRef, loadWorkingCopy, sameList, snapshotOf, writeLinks, type WorkingCopy } from './working-copy';
import { malformed } from '@/lib/core/result';

export type SaveMode = 'autosave' | 'manual';

export const saveRequestSchema = z.object({
  id: z.uuid(),
  mode: z.enum(['autosave', 'manual']),
  fields: z.unknown(),
});
export type SaveRequest = z.input<typeof saveRequestSchema>;

/** What a save hands back: the stored state, without the editor's full view (no extra reads). */
export type SavedArticle = Pick<EditableArticle, 'id' | 'kind' | 'status' | 'version' | 'hasUnpublishedChanges' | 'fields'>;

export type SaveResult = Result<{ article: SavedArticle; changed: boolean }>;

/**
 * How the live document's store saves (lib/collab/article-doc.ts): fields the document lacks keep
 * their stored values, and a byline change its last editor may not make is put back rather than
 * refused (the store then writes the stored bylines into the document).
 */
export type SaveOptions = { fromLiveDocument?: boolean };

function savedArticle(copy: WorkingCopy): SavedArticle {
  const { id, kind, status, version, hasUnpublishedChanges } = copy.article;
  return { id, kind, status, version, hasUnpublishedChanges, fields: snapshotOf(copy) };
}

/** Fills in a slug the editor left empty: from the headline, or a placeholder while there is none. */
async function resolveSlug(tx: Tx, copy: WorkingCopy, fields: ArticleFields): Promise<string> {
  if (fields.slug) return fields.slug;
  const id = copy.article.id;
  if (!fields.headline) return isPlaceholderSlug(copy.article.slug) ? copy.article.slug : placeholderSlug(id);
  return freeArticleSlug(tx, slugify(fields.headline) || placeholderSlug(id), { articleId: id, kind: copy.article.kind });
}

/** Writes new field values as the next version. Callers hold the row lock, have authorized and validated. */
export async function writeNextVersion(
  tx: Tx,
  actor: Actor,
  copy: WorkingCopy,
  fields: ArticleFields,
  kind: RevisionKind,
): Promise<WorkingCopy> {
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
    .where(eq(articles.id, copy.article.id))
    .returning();
  const article = updated[0]!;
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

export async function saveArticle(actor: Actor, request: SaveRequest, options: SaveOptions = {}): Promise<SaveResult> {
  const req = saveRequestSchema.safeParse(request);
  if (!req.success) return malformed();
  const db = await getDb();
  let bylinesChanged = false;
  const result = await db.transaction(async (tx): Promise<SaveResult> => {
    const copy = await loadWorkingCopy(tx, req.data.id, { lock: true });
    if (!copy) return { ok: false, code: 'not_found', error: 'This article no longer exists.' };
    const ref = articleRef(copy);
    if (!can(actor, { kind: 'article:edit', article: ref })) {
      return { ok: false, code: 'forbidden', error: copy.article.status === 'trash' ? 'This article is in the trash: restore it first.' : 'You cannot edit this article.' };
    }
    const given = options.fromLiveDocument ? { ...snapshotOf(copy), ...(req.data.fields as Partial<ArticleFieldsInput>) } : req.data.fields;
    const parsed = parseArticleFields(given);
    if (!parsed.ok) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors };
    const fields = parsed.fields;
    if (!sameList(fields.authorIds, copy.authorIds) && !can(actor, { kind: 'article:set-bylines', article: ref })) {
      if (options.fromLiveDocument) fields.authorIds = copy.authorIds;
      else {
        const error = 'Only editors can change bylines.';
        return { ok: false, code: 'forbidden', error, fieldErrors: { authorIds: error } };
      }
    }
    const fieldErrors = await checkArticleFields(tx, copy.article.id, fields);
    if (Object.keys(fieldErrors).length) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors };
    // An autosave of what is already stored (focus changes, undo back to the saved text) makes no version.
    if (unchanged(copy, fields)) return { ok: true, changed: false, article: savedArticle(copy) };
    const next = await writeNextVersion(tx, actor, copy, fields, req.data.mode === 'autosave' ? 'autosave' : 'save');
    bylinesChanged = !sameList(fields.authorIds, copy.authorIds);
    return { ok: true, changed: true, article: savedArticle(next) };
  });
  // A byline gives or takes the pen (lib/permissions): live-editing connections are checked again.
  if (result.ok && bylinesChanged) announceAccessChange({ articleId: req.data.id });
  return result;
}
