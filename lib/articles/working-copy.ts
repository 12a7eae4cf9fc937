// Loads and writes an article's working copy (the row plus its ordered tags and bylines) inside the
// editorial writes, and turns it into the shapes can() and revisions need.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { articleAuthors, articles, articleTags, type Article, type ArticleSnapshot } from '@/db/schema';
import type { ArticleRef } from '@/lib/permissions/can';
import { insertInChunks } from './chunks';
import { articleColumnsOf } from './fields';

export type Queryable = Db | Tx;

export type WorkingCopy = { article: Article; tagIds: string[]; authorIds: string[] };

/** The working copy; `lock` takes the row lock so concurrent writes to one article queue up. */
export async function loadWorkingCopy(q: Queryable, id: string, options: { lock?: boolean } = {}): Promise<WorkingCopy | null> {
  const base = q.select().from(articles).where(eq(articles.id, id));
  const [article] = options.lock ? await base.for('update') : await base;
  if (!article) return null;
  // One after the other: inside a transaction they share one connection.
  const tagRows = await q.select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, id));
  const authorRows = await q
    .select({ userId: articleAuthors.userId })
    .from(articleAuthors)
    .where(eq(articleAuthors.articleId, id))
    .orderBy(asc(articleAuthors.position));
  return { article, tagIds: tagRows.map((r) => r.tagId), authorIds: authorRows.map((r) => r.userId) };
}

export function articleRef(copy: WorkingCopy): ArticleRef {
  return { createdById: copy.article.createdById, authorIds: copy.authorIds, status: copy.article.status };
}

export function snapshotOf(copy: WorkingCopy): ArticleSnapshot {
  return { ...articleColumnsOf(copy.article), tagIds: copy.tagIds, authorIds: copy.authorIds };
}

/** Replaces the article's tag and byline links (bylines keep the given order). */
export async function writeLinks(tx: Tx, articleId: string, tagIds: string[], authorIds: string[]) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await insertLinks(tx, [{ articleId, tagIds, authorIds }]);
}

/** The tag and byline links of articles that have none yet (new ones), in few statements. */
export async function insertLinks(tx: Tx, links: readonly { articleId: string; tagIds: string[]; authorIds: string[] }[]) {
  const tagRows = links.flatMap(({ articleId, tagIds }) => tagIds.map((tagId) => ({ articleId, tagId })));
  const authorRows = links.flatMap(({ articleId, authorIds }) => authorIds.map((userId, position) => ({ articleId, userId, position })));
  await insertInChunks(tagRows, (chunk) => tx.insert(articleTags).values(chunk));
  await insertInChunks(authorRows, (chunk) => tx.insert(articleAuthors).values(chunk));
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
