// Test-only builders for the public-read tests: staff, tags and articles in any workflow state, with the
// published copy made by the real buildPublishedRow(), so tests read what a publish would have written.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleAuthors, articles, articleTags, publishedArticles, redirects, tags, users, type ArticleKind, type ArticleStatus, type DocJSON } from '@/db/schema';
import { publicPathFor } from '@/lib/core/routes';
import { buildPublishedRow } from './publication';

const unique = () => crypto.randomBytes(4).toString('hex');

export async function makeAuthor(input: { name?: string; slug?: string; bio?: string } = {}) {
  const db = await getDb();
  const key = unique();
  const [row] = await db
    .insert(users)
    .values({
      email: `author-${key}@example.com`,
      name: input.name ?? `Author ${key}`,
      slug: input.slug ?? `author-${key}`,
      bio: input.bio ?? 'Writes about things.',
      role: 'author',
      passwordHash: '$argon2id$not-a-real-hash',
    })
    .returning();
  return row!;
}

export async function makeTag(input: { name?: string; slug?: string } = {}) {
  const db = await getDb();
  const key = unique();
  const [row] = await db
    .insert(tags)
    .values({ name: input.name ?? `Tag ${key}`, slug: input.slug ?? `tag-${key}` })
    .returning();
  return row!;
}

export const paragraphDoc = (...paragraphs: string[]): DocJSON => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

export type MakeArticleInput = {
  /** 'page' makes a standalone page (public at /<slug>, never in news reads). */
  kind?: ArticleKind;
  status?: ArticleStatus;
  slug?: string;
  headline?: string;
  dek?: string;
  body?: DocJSON;
  tagIds?: string[];
  authorIds?: string[];
  publishedAt?: Date;
  correctionNote?: string;
  featuredImageId?: string | null;
};

/** An article in the given state; published ones also get their public copy. */
export async function makeArticle(input: MakeArticleInput = {}) {
  const db = await getDb();
  const key = unique();
  const status = input.status ?? 'published';
  const [article] = await db
    .insert(articles)
    .values({
      kind: input.kind ?? 'article',
      status,
      slug: input.slug ?? `story-${key}`,
      headline: input.headline ?? `Story ${key}`,
      dek: input.dek ?? '',
      body: input.body ?? paragraphDoc(`Body of story ${key}.`),
      correctionNote: input.correctionNote ?? '',
      featuredImageId: input.featuredImageId ?? null,
    })
    .returning();
  const tagIds = input.tagIds ?? [];
  const authorIds = input.authorIds ?? [];
  if (tagIds.length) await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: article!.id, tagId })));
  if (authorIds.length) await db.insert(articleAuthors).values(authorIds.map((userId, position) => ({ articleId: article!.id, userId, position })));
  if (status === 'published') {
    const when = input.publishedAt ?? new Date();
    await db.insert(publishedArticles).values(buildPublishedRow({ article: article!, tagIds, authorIds, publishedAt: when, modifiedAt: when }));
  }
  return article!;
}

/** Moves a published article to a new public slug, leaving a redirect from the old one (what "Update" does). */
export async function changePublicSlug(articleId: string, from: string, to: string) {
  const db = await getDb();
  const [moved] = await db.update(articles).set({ slug: to }).where(eqId(articleId)).returning({ kind: articles.kind });
  await db.update(publishedArticles).set({ slug: to }).where(eqPublished(articleId));
  await db.insert(redirects).values({ fromPath: publicPathFor(moved!.kind, from), source: 'slug-change', articleId });
}

/** What "Unpublish" does to the public copy. */
export async function unpublish(articleId: string) {
  const db = await getDb();
  await db.update(articles).set({ status: 'draft' }).where(eqId(articleId));
  await db.delete(publishedArticles).where(eqPublished(articleId));
}

const eqId = (id: string) => eq(articles.id, id);
const eqPublished = (id: string) => eq(publishedArticles.articleId, id);
