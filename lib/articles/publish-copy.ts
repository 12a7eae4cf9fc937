// Copies a working copy to published_articles (publish, update, scheduled publication): the one
// place that moves a public slug, leaves a redirect behind for the old one and takes back a redirect
// the article itself left earlier. Callers hold the article's row lock and have checked it is publishable.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { articles, publishedArticles, type ArticleKind } from '@/db/schema';
import { reclaimAddress, recordRedirect } from '@/lib/redirects/record';
import { publicPathFor } from '@/lib/core/routes';
import { buildPublishedRow } from './publication';
import { recordRevision } from './revision-log';
import type { FieldErrors } from './fields';
import type { PublicFootprint } from './invalidate';
import { checkArticleFields, publicationProblems } from './validation';
import { snapshotOf, type WorkingCopy } from './working-copy';

export async function publicFootprint(tx: Tx, articleId: string): Promise<PublicFootprint> {
  const [row] = await tx
    .select({
      slug: publishedArticles.slug,
      tagIds: publishedArticles.tagIds,
      authorIds: publishedArticles.authorIds,
      kind: publishedArticles.kind,
      headline: publishedArticles.headline,
      publishedAt: publishedArticles.publishedAt,
    })
    .from(publishedArticles)
    .where(eq(publishedArticles.articleId, articleId));
  return row ?? null;
}

/** Everything that must hold before readers may see this working copy. */
export async function publicationErrors(tx: Tx, copy: WorkingCopy): Promise<FieldErrors> {
  const snapshot = snapshotOf(copy);
  const basic = publicationProblems(snapshot);
  if (Object.keys(basic).length) return basic;
  return checkArticleFields(tx, copy.article.id, snapshot, copy.article.kind);
}

/**
 * Writes the public copy from the working copy, marks the article published and records a 'publish'
 * revision. Returns what readers could see before and after, for cache invalidation.
 */
export async function writePublication(
  tx: Tx,
  copy: WorkingCopy,
  options: { actorId: string | null; now?: Date },
): Promise<{ before: PublicFootprint; after: PublicFootprint; article: WorkingCopy['article'] }> {
  const now = options.now ?? new Date();
  const { article } = copy;
  const [existing] = await tx
    .select({
      slug: publishedArticles.slug,
      headline: publishedArticles.headline,
      publishedAt: publishedArticles.publishedAt,
      tagIds: publishedArticles.tagIds,
      authorIds: publishedArticles.authorIds,
      correctionNote: publishedArticles.correctionNote,
      correctedAt: publishedArticles.correctedAt,
    })
    .from(publishedArticles)
    .where(eq(publishedArticles.articleId, article.id));
  const row = buildPublishedRow({
    article,
    tagIds: copy.tagIds,
    authorIds: copy.authorIds,
    publishedAt: existing?.publishedAt ?? now,
    modifiedAt: now,
    previous: existing ?? null,
  });
  await movePublicSlug(tx, { articleId: article.id, kind: row.kind, from: existing?.slug ?? null, to: article.slug });
  await tx
    .insert(publishedArticles)
    .values(row)
    .onConflictDoUpdate({ target: publishedArticles.articleId, set: { ...row, articleId: undefined } });
  const [updated] = await tx
    .update(articles)
    .set({ status: 'published', scheduledAt: null, hasUnpublishedChanges: false, statusBeforeTrash: null, updatedAt: now })
    .where(eq(articles.id, article.id))
    .returning();
  await recordRevision(tx, { articleId: article.id, version: article.version, kind: 'publish', snapshot: snapshotOf(copy), authorId: options.actorId });
  return {
    before: existing ? { slug: existing.slug, tagIds: existing.tagIds, authorIds: existing.authorIds, kind: row.kind, headline: existing.headline, publishedAt: existing.publishedAt } : null,
    after: { slug: row.slug, tagIds: row.tagIds, authorIds: row.authorIds, kind: row.kind, headline: row.headline, publishedAt: row.publishedAt },
    article: updated!,
  };
}

/**
 * The public address moves from `from` (null: not public until now) to `to`: the article takes back an
 * old address of its own (the validation refused anybody else's), and links to the old one keep working.
 */
export async function movePublicSlug(tx: Tx, input: { articleId: string; kind: ArticleKind; from: string | null; to: string }): Promise<void> {
  const { articleId, kind, from, to } = input;
  const self = { kind: 'article', id: articleId } as const;
  await reclaimAddress(tx, { path: publicPathFor(kind, to), target: self });
  // Links to the old address keep working: they follow the article to wherever it lives now.
  if (from && from !== to) await recordRedirect(tx, { fromPath: publicPathFor(kind, from), target: self });
}

/** Removes the public copy (unpublish, trash); returns what readers could see until now. */
export async function removePublication(tx: Tx, articleId: string): Promise<PublicFootprint> {
  const before = await publicFootprint(tx, articleId);
  if (before) await tx.delete(publishedArticles).where(eq(publishedArticles.articleId, articleId));
  return before;
}
