// Revisions: every save keeps a snapshot of the working copy with its author and time. Consecutive
// autosaves by one person within a minute share a row (typing makes dozens a minute); manual saves,
// publications and restores always get their own. Any revision can be viewed and restored, and a
// restore is itself a new version (nothing in between is lost).
import 'server-only';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { media, revisions, tags, users, type ArticleSnapshot } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import type { EditableArticle, Result, RevisionSummary, StaffOption, TagOption } from './editorial-types';
import type { ArticleFields } from './fields';
import { toEditable } from './editorial';
import { markCollabStateStale } from './collab-stale';
import { writeNextVersion } from './save';
import { unseenChange } from './seen-version';
import { checkArticleFields, findSlugOwner, parseArticleFields } from './validation';
import { articleRef, loadWorkingCopy, sameList } from './working-copy';
import { malformed } from '@/lib/core/result';

const idSchema = z.uuid();

export async function listRevisions(actor: Actor, articleId: string): Promise<RevisionSummary[] | null> {
  if (!idSchema.safeParse(articleId).success) return null;
  const db = await getDb();
  const copy = await loadWorkingCopy(db, articleId);
  if (!copy || !can(actor, { kind: 'article:view', article: articleRef(copy) })) return null;
  const rows = await db
    .select({
      id: revisions.id,
      version: revisions.version,
      kind: revisions.kind,
      authorId: revisions.authorId,
      authorName: users.name,
      createdAt: revisions.createdAt,
      updatedAt: revisions.updatedAt,
      headline: sql<string>`${revisions.snapshot}->>'headline'`,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.version), desc(revisions.createdAt));
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    kind: r.kind,
    author: r.authorId && r.authorName ? { id: r.authorId, name: r.authorName } : null,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    headline: r.headline ?? '',
  }));
}

export type RevisionDetail = RevisionSummary & { snapshot: ArticleSnapshot; tags: TagOption[]; authors: StaffOption[] };

export async function getRevision(actor: Actor, articleId: string, revisionId: string): Promise<RevisionDetail | null> {
  if (!idSchema.safeParse(articleId).success || !idSchema.safeParse(revisionId).success) return null;
  const db = await getDb();
  const copy = await loadWorkingCopy(db, articleId);
  if (!copy || !can(actor, { kind: 'article:view', article: articleRef(copy) })) return null;
  const [row] = await db
    .select({ revision: revisions, authorName: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(and(eq(revisions.id, revisionId), eq(revisions.articleId, articleId)));
  if (!row) return null;
  const snap = row.revision.snapshot;
  const [tagRows, authorRows] = await Promise.all([
    snap.tagIds.length ? db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(inArray(tags.id, snap.tagIds)) : [],
    snap.authorIds.length
      ? db.select({ id: users.id, name: users.name, role: users.role }).from(users).where(inArray(users.id, snap.authorIds))
      : [],
  ]);
  return {
    id: row.revision.id,
    version: row.revision.version,
    kind: row.revision.kind,
    author: row.revision.authorId && row.authorName ? { id: row.revision.authorId, name: row.authorName } : null,
    createdAt: row.revision.createdAt.toISOString(),
    updatedAt: row.revision.updatedAt.toISOString(),
    headline: snap.headline,
    snapshot: snap,
    tags: snap.tagIds.map((id) => tagRows.find((t) => t.id === id)).filter((t): t is TagOption => Boolean(t)),
    authors: snap.authorIds.map((id) => authorRows.find((a) => a.id === id)).filter((a): a is StaffOption => Boolean(a)),
  };
}

/** `seenVersion`: the article's version when the person opened the revisions page (see seen-version.ts). */
export const restoreRequestSchema = z.object({ articleId: z.uuid(), revisionId: z.uuid(), seenVersion: z.number().int().min(1) });

/**
 * Makes a revision's content the working copy again, as a new version. What has vanished since (a
 * deleted tag, a byline's account, the featured image, a slug another article took) is left out
 * rather than blocking the restore; an image deleted from the body does block it, with a message.
 */
export async function restoreRevision(
  actor: Actor,
  request: z.input<typeof restoreRequestSchema>,
): Promise<Result<{ article: EditableArticle }>> {
  const req = restoreRequestSchema.safeParse(request);
  if (!req.success) return malformed();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const copy = await loadWorkingCopy(tx, req.data.articleId, { lock: true });
    if (!copy) return { ok: false, code: 'not_found', error: 'This article no longer exists.' } as const;
    const ref = articleRef(copy);
    if (!can(actor, { kind: 'article:edit', article: ref })) return { ok: false, code: 'forbidden', error: 'You cannot edit this article.' } as const;
    const unseen = unseenChange(actor, copy, req.data.seenVersion);
    if (unseen) return unseen;
    const [revision] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.id, req.data.revisionId), eq(revisions.articleId, copy.article.id)));
    if (!revision) return { ok: false, code: 'not_found', error: 'That revision no longer exists.' } as const;
    const snap = revision.snapshot;

    const liveTags = snap.tagIds.length ? await tx.select({ id: tags.id }).from(tags).where(inArray(tags.id, snap.tagIds)) : [];
    const livePeople = snap.authorIds.length ? await tx.select({ id: users.id }).from(users).where(inArray(users.id, snap.authorIds)) : [];
    const liveImage = snap.featuredImageId ? await tx.select({ id: media.id }).from(media).where(eq(media.id, snap.featuredImageId)) : [];
    const slugOwner = await findSlugOwner(tx, snap.slug, copy.article.id);
    let authorIds = snap.authorIds.filter((id) => livePeople.some((p) => p.id === id));
    if (!authorIds.length || (!sameList(authorIds, copy.authorIds) && !can(actor, { kind: 'article:set-bylines', article: ref }))) {
      authorIds = copy.authorIds;
    }
    const parsed = parseArticleFields({
      ...snap,
      slug: slugOwner ? copy.article.slug : snap.slug,
      featuredImageId: liveImage.length ? snap.featuredImageId : null,
      tagIds: snap.tagIds.filter((id) => liveTags.some((t) => t.id === id)),
      authorIds,
    } satisfies ArticleFields);
    if (!parsed.ok) return { ok: false, code: 'invalid', error: Object.values(parsed.fieldErrors)[0] ?? 'This revision cannot be restored.' } as const;
    const errors = await checkArticleFields(tx, copy.article.id, parsed.fields);
    if (Object.keys(errors).length) {
      return { ok: false, code: 'invalid', error: `This revision cannot be restored as it is: ${Object.values(errors)[0]}`, fieldErrors: errors } as const;
    }
    const next = await writeNextVersion(tx, actor, copy, parsed.fields, 'restore');
    // The live document takes the restored fields on its next load (or at once, from the action, when open here).
    await markCollabStateStale(tx, copy.article.id);
    return { ok: true, article: await toEditable(tx, actor, next) } as const;
  });
}
