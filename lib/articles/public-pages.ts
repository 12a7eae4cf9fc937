// Cached reads of published standalone pages (About us, Contact, …) at /<slug>: one page by slug, with
// its old slugs redirecting, and the list of published pages for the footer menu and the sitemap.
// Pages are rows of published_articles with kind 'page'; news reads never see them (./public-scope.ts).
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles, type DocJSON } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { resolveOldAddress } from '@/lib/redirects/public';
import { pagePath } from '@/lib/core/routes';
import { figureMediaIds } from '@/lib/content/doc';
import { getPublicMedia, getPublicMediaByIds } from '@/lib/media/public';
import type { PageData, PageLink } from '@/lib/core/public-types';
import { isUuid } from '@/lib/core/uuid';
import { isReservedPageSlug } from '@/lib/core/page-slugs';
import type { SlugLookup } from './public';
import { pagesOnly } from './public-scope';

/** A published page as cached (dates as ISO strings), before its images are resolved. */
export type PublishedPageRow = Omit<PageData, 'image' | 'bodyMedia'> & { featuredImageId: string | null };

const cachedPageIdBySlug = cachedRead(
  'page-id-by-slug',
  async (slug: string): Promise<string | null> => {
    const db = await getDb();
    const [current] = await db
      .select({ id: publishedArticles.articleId })
      .from(publishedArticles)
      .where(and(eq(publishedArticles.slug, slug), pagesOnly))
      .limit(1);
    if (current) return current.id;
    // An old slug of a page: the page read below says whether (and where) it is public now.
    // (An old address at /<slug> is only ever a page's: an article's old slugs live under /news/.)
    const moved = await resolveOldAddress(pagePath(slug), db);
    return moved?.kind === 'article' ? moved.id : null;
  },
  (slug) => [cacheTags.pageSlug(slug)],
);

const cachedPageById = cachedRead(
  'published-page',
  async (id: string): Promise<PublishedPageRow | null> => {
    const db = await getDb();
    const [row] = await db
      .select({
        id: publishedArticles.articleId,
        slug: publishedArticles.slug,
        headline: publishedArticles.headline,
        body: publishedArticles.body,
        excerpt: publishedArticles.excerpt,
        seoTitle: publishedArticles.seoTitle,
        seoDescription: publishedArticles.seoDescription,
        featuredImageId: publishedArticles.featuredImageId,
        publishedAt: publishedArticles.publishedAt,
        modifiedAt: publishedArticles.modifiedAt,
      })
      .from(publishedArticles)
      .where(and(eq(publishedArticles.articleId, id), pagesOnly))
      .limit(1);
    return row ? { ...row, publishedAt: row.publishedAt.toISOString(), modifiedAt: row.modifiedAt.toISOString() } : null;
  },
  (id) => [cacheTags.article(id)],
);

/** Resolves a page row's pictures (featured image for sharing, figures in the body). */
export async function buildPageData(row: PublishedPageRow & { body: DocJSON }): Promise<PageData> {
  const { featuredImageId, ...rest } = row;
  const [image, bodyMedia] = await Promise.all([getPublicMedia(featuredImageId), getPublicMediaByIds(figureMediaIds(row.body))]);
  return { ...rest, image, bodyMedia };
}

/** A page's public slug to its page; an old slug of a still-published page to a redirect. */
export async function getPublishedPageBySlug(slug: string): Promise<SlugLookup<PageData>> {
  if (slug.length === 0 || slug.length > 200 || isReservedPageSlug(slug)) return { kind: 'missing' };
  const id = await cachedPageIdBySlug(slug);
  const row = id && isUuid(id) ? await cachedPageById(id) : null;
  if (!row) return { kind: 'missing' };
  if (row.slug !== slug) return { kind: 'redirect', slug: row.slug };
  return { kind: 'found', value: await buildPageData(row) };
}

const cachedPageList = cachedRead(
  'page-list',
  async (): Promise<PageLink[]> => {
    const db = await getDb();
    const rows = await db
      .select({ id: publishedArticles.articleId, slug: publishedArticles.slug, title: publishedArticles.headline, modifiedAt: publishedArticles.modifiedAt })
      .from(publishedArticles)
      .where(pagesOnly)
      .orderBy(asc(publishedArticles.headline), asc(publishedArticles.articleId));
    return rows.map((r) => ({ ...r, modifiedAt: r.modifiedAt.toISOString() }));
  },
  () => [cacheTags.pageList],
);

/** Every published page, by title (a newsroom has a handful). */
export function getPublishedPages(): Promise<PageLink[]> {
  return cachedPageList();
}
