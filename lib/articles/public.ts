// Cached reads of what readers may see: published articles only (the published_articles table), by
// slug with old-slug redirects, latest and paginated, by tag, by author, and related by shared tags.
// Everything returned is a plain DTO from ./public-types.
import 'server-only';
import { and, arrayContains, arrayOverlaps, count, desc, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles, type DocJSON } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { getPublicMediaByIds } from '@/lib/media/public';
import { cachedRead } from '@/lib/core/cached-read';
import { resolveOldAddress } from '@/lib/redirects/public';
import { articlePath } from '@/lib/core/routes';
import { cardColumns, hydrateCards, toCardRow, type CardRow } from './public-cards';
import { figureMediaIds } from '@/lib/content/doc';
import type { ArticleCard, ArticlePageData, Paged } from '@/lib/core/public-types';
import { isUuid } from '@/lib/core/uuid';
import { newsOnly } from './public-scope';

export const PAGE_SIZE = 12;
export const RELATED_LIMIT = 4;
/** Paging deeper than this is a crawler loop, not a reader: answer 404. */
export const MAX_PAGE = 1000;
/** Lists count their articles up to this many; past it they say "1,000+" and page on. */
export const COUNT_CAP = 1000;

// ---------------------------------------------------------------- one article

/** A published article as cached (dates as ISO strings). */
export type PublishedArticleRow = CardRow & {
  body: DocJSON;
  featuredImageCaption: string;
  featuredImageCredit: string;
  seoTitle: string;
  seoDescription: string;
  correctionNote: string;
};

const cachedArticleIdBySlug = cachedRead(
  'article-id-by-slug',
  async (slug: string): Promise<string | null> => {
    const db = await getDb();
    const [current] = await db
      .select({ id: publishedArticles.articleId })
      .from(publishedArticles)
      .where(and(eq(publishedArticles.slug, slug), newsOnly))
      .limit(1);
    if (current) return current.id;
    // An old slug: the id is enough, the article read below says whether (and where) it is public now.
    const moved = await resolveOldAddress(articlePath(slug), db);
    return moved?.kind === 'article' ? moved.id : null;
  },
  (slug) => [cacheTags.articleSlug(slug)],
);

const cachedArticleById = cachedRead(
  'published-article',
  async (id: string): Promise<PublishedArticleRow | null> => {
    const db = await getDb();
    const [row] = await db
      .select({
        ...cardColumns,
        body: publishedArticles.body,
        featuredImageCaption: publishedArticles.featuredImageCaption,
        featuredImageCredit: publishedArticles.featuredImageCredit,
        seoTitle: publishedArticles.seoTitle,
        seoDescription: publishedArticles.seoDescription,
        correctionNote: publishedArticles.correctionNote,
      })
      .from(publishedArticles)
      .where(and(eq(publishedArticles.articleId, id), newsOnly))
      .limit(1);
    if (!row) return null;
    const { body, featuredImageCaption, featuredImageCredit, seoTitle, seoDescription, correctionNote, ...card } = row;
    return { ...toCardRow(card), body, featuredImageCaption, featuredImageCredit, seoTitle, seoDescription, correctionNote };
  },
  (id) => [cacheTags.article(id)],
);

export function getPublishedArticleRow(id: string): Promise<PublishedArticleRow | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  return cachedArticleById(id);
}

export type SlugLookup<T> = { kind: 'found'; value: T } | { kind: 'redirect'; slug: string } | { kind: 'missing' };

/** A public slug to its article row; an old slug of a still-published article to a redirect. */
export async function findPublishedArticleBySlug(slug: string): Promise<SlugLookup<PublishedArticleRow>> {
  if (slug.length === 0 || slug.length > 200) return { kind: 'missing' };
  const id = await cachedArticleIdBySlug(slug);
  if (!id) return { kind: 'missing' };
  const row = await cachedArticleById(id);
  if (!row) return { kind: 'missing' };
  return row.slug === slug ? { kind: 'found', value: row } : { kind: 'redirect', slug: row.slug };
}

/** Everything the article page renders, from a published row: bylines, tags, images, related. */
export async function buildArticlePageData(row: PublishedArticleRow, options: { related?: boolean } = {}): Promise<ArticlePageData> {
  const [[card], bodyMedia, related] = await Promise.all([
    hydrateCards([row]),
    getPublicMediaByIds(figureMediaIds(row.body)),
    options.related === false ? Promise.resolve([]) : getRelatedArticles({ articleId: row.id, tagIds: row.tagIds }),
  ]);
  return {
    ...card!,
    body: row.body,
    wordCount: row.wordCount,
    featuredImageCaption: row.featuredImageCaption,
    featuredImageCredit: row.featuredImageCredit,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    correctionNote: row.correctionNote,
    bodyMedia,
    related,
  };
}

export async function getArticlePageBySlug(slug: string): Promise<SlugLookup<ArticlePageData>> {
  const found = await findPublishedArticleBySlug(slug);
  if (found.kind !== 'found') return found;
  return { kind: 'found', value: await buildArticlePageData(found.value) };
}

// ---------------------------------------------------------------- lists

type ListFilter = { kind: 'all' } | { kind: 'tag'; tagId: string } | { kind: 'author'; authorId: string };

function whereFor(filter: ListFilter) {
  switch (filter.kind) {
    case 'all':
      return newsOnly;
    case 'tag':
      return and(arrayContains(publishedArticles.tagIds, [filter.tagId]), newsOnly);
    case 'author':
      return and(arrayContains(publishedArticles.authorIds, [filter.authorId]), newsOnly);
  }
}

function tagsFor(filter: ListFilter): string[] {
  switch (filter.kind) {
    case 'all':
      return [cacheTags.articleLists];
    case 'tag':
      return [cacheTags.articleLists, cacheTags.tag(filter.tagId)];
    case 'author':
      return [cacheTags.articleLists, cacheTags.author(filter.authorId)];
  }
}

const cachedListPage = cachedRead(
  'article-list',
  async (filter: ListFilter, page: number, pageSize: number): Promise<{ rows: CardRow[]; total: number }> => {
    const db = await getDb();
    const where = whereFor(filter);
    const [rows, [totals]] = await Promise.all([
      db
        .select(cardColumns)
        .from(publishedArticles)
        .where(where)
        .orderBy(desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
        .limit(pageSize + 1)
        .offset((page - 1) * pageSize),
      // Counted through the listing index up to COUNT_CAP: an exact count of a popular tag would scan
      // a sixth of the table at 100,000 articles. The extra row above tells whether an older page exists.
      db
        .select({ total: count() })
        .from(
          db
            .select({ one: sql`1`.as('one') })
            .from(publishedArticles)
            .where(where)
            .orderBy(desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
            .limit(COUNT_CAP + 1)
            .as('reachable'),
        ),
    ]);
    return { rows: rows.map(toCardRow), total: Number(totals?.total ?? 0) };
  },
  (filter) => tagsFor(filter),
);

async function listPage(filter: ListFilter, page: number, pageSize: number): Promise<Paged<ArticleCard>> {
  const safePage = Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : 1;
  const size = Math.min(Math.max(1, Math.trunc(pageSize)), 100);
  if (filter.kind === 'tag' && !isUuid(filter.tagId)) return { items: [], page: safePage, pageCount: 0, total: 0, totalCapped: false };
  if (filter.kind === 'author' && !isUuid(filter.authorId)) return { items: [], page: safePage, pageCount: 0, total: 0, totalCapped: false };
  const { rows, total: counted } = await cachedListPage(filter, safePage, size);
  const totalCapped = counted > COUNT_CAP;
  const total = Math.min(counted, COUNT_CAP);
  const hasOlder = rows.length > size && safePage < MAX_PAGE;
  const pageCount = Math.max(Math.ceil(total / size), hasOlder ? safePage + 1 : safePage);
  return { items: await hydrateCards(rows.slice(0, size)), page: safePage, pageCount, total, totalCapped };
}

/** Newest first: home and the archive (/page/<n>). */
export function getLatestArticles({ page = 1, pageSize = PAGE_SIZE }: { page?: number; pageSize?: number } = {}) {
  return listPage({ kind: 'all' }, page, pageSize);
}

export function getArticlesByTag({ tagId, page = 1, pageSize = PAGE_SIZE }: { tagId: string; page?: number; pageSize?: number }) {
  return listPage({ kind: 'tag', tagId }, page, pageSize);
}

export function getArticlesByAuthor({ authorId, page = 1, pageSize = PAGE_SIZE }: { authorId: string; page?: number; pageSize?: number }) {
  return listPage({ kind: 'author', authorId }, page, pageSize);
}

const cachedRelated = cachedRead(
  'related-articles',
  async (articleId: string, tagIds: string[], limit: number): Promise<CardRow[]> => {
    const db = await getDb();
    // Most shared tags first, then newest.
    const wanted = sql`array[${sql.join(
      tagIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`;
    const shared = sql`(select count(*) from unnest(${publishedArticles.tagIds}) as t(id) where t.id = any(${wanted}))`;
    const rows = await db
      .select(cardColumns)
      .from(publishedArticles)
      .where(and(ne(publishedArticles.articleId, articleId), arrayOverlaps(publishedArticles.tagIds, tagIds), newsOnly))
      .orderBy(desc(shared), desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
      .limit(limit);
    return rows.map(toCardRow);
  },
  () => [cacheTags.articleLists],
);

/** Published articles sharing tags with this one (never itself); empty when it has no valid tags. */
export async function getRelatedArticles({ articleId, tagIds, limit = RELATED_LIMIT }: { articleId: string; tagIds: readonly string[]; limit?: number }): Promise<ArticleCard[]> {
  const ids = [...new Set(tagIds.filter(isUuid))].sort();
  if (ids.length === 0) return [];
  return hydrateCards(await cachedRelated(articleId, ids, limit));
}
