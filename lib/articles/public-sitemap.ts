// Sitemap entries: every public URL (home, /corrections, standalone pages, tag and author pages with
// published articles, articles) in a
// stable order, split into files of at most 50,000 URLs; and the Google News entries of the last 48 hours.
import 'server-only';
import { and, asc, desc, gte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles, tags, users } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { newsOnly, newsOnlySql } from './public-scope';
import { getPublishedPages } from './public-pages';

/** The sitemap protocol's limit per file. */
export const SITEMAP_MAX_URLS = 50_000;
export const NEWS_SITEMAP_MAX = 1000;
export const NEWS_WINDOW_HOURS = 48;

export type SitemapEntry = { kind: 'home' | 'corrections' | 'page' | 'tag' | 'author' | 'article'; slug: string; lastModified: string | null };
export type NewsEntry = { slug: string; headline: string; publishedAt: string; keywords: string[] };

type Listing = { tags: SitemapEntry[]; authors: SitemapEntry[]; articleCount: number; lastModified: string | null };

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

const cachedListing = cachedRead(
  'sitemap-listing',
  async (): Promise<Listing> => {
    const db = await getDb();
    // Each tag's and author's latest change, looked up per row through the array GIN indexes rather
    // than by unnesting every published article (a full scan at 100,000 articles).
    const tagLastModified = sql<Date | string | null>`(select max(p.modified_at) from ${publishedArticles} p where p.tag_ids @> array[${tags.id}] and ${newsOnlySql('p')})`;
    const authorLastModified = sql<Date | string | null>`(select max(p.modified_at) from ${publishedArticles} p where p.author_ids @> array[${users.id}] and ${newsOnlySql('p')})`;
    const [tagList, authorList, [stats]] = await Promise.all([
      db
        .select({ slug: tags.slug, lastModified: tagLastModified })
        .from(tags)
        .where(sql`exists (select 1 from ${publishedArticles} p where p.tag_ids @> array[${tags.id}] and ${newsOnlySql('p')})`)
        .orderBy(asc(tags.slug)),
      db
        .select({ slug: users.slug, lastModified: authorLastModified })
        .from(users)
        .where(sql`exists (select 1 from ${publishedArticles} p where p.author_ids @> array[${users.id}] and ${newsOnlySql('p')})`)
        .orderBy(asc(users.slug)),
      db.select({ count: sql<number>`count(*)::int`, lastModified: sql<Date | string | null>`max(${publishedArticles.modifiedAt})` }).from(publishedArticles).where(newsOnly),
    ]);
    return {
      tags: tagList.map((t) => ({ kind: 'tag', slug: t.slug, lastModified: iso(t.lastModified) })),
      authors: authorList.map((a) => ({ kind: 'author', slug: a.slug, lastModified: iso(a.lastModified) })),
      articleCount: Number(stats?.count ?? 0),
      lastModified: iso(stats?.lastModified),
    };
  },
  () => [cacheTags.articleLists, cacheTags.tagList],
);

const cachedArticleEntries = cachedRead(
  'sitemap-articles',
  async (offset: number, limit: number): Promise<SitemapEntry[]> => {
    const db = await getDb();
    // Oldest first, so files fill in order and existing files rarely change.
    const rows = await db
      .select({ slug: publishedArticles.slug, modifiedAt: publishedArticles.modifiedAt })
      .from(publishedArticles)
      .where(newsOnly)
      .orderBy(asc(publishedArticles.publishedAt), asc(publishedArticles.articleId))
      .limit(limit)
      .offset(offset);
    return rows.map((r) => ({ kind: 'article', slug: r.slug, lastModified: iso(r.modifiedAt) }));
  },
  () => [cacheTags.articleLists],
);

/** The URLs before the articles: home, /corrections, the published pages, then tag and author pages. */
async function fixedEntries(): Promise<{ fixed: SitemapEntry[]; listing: Listing }> {
  const [listing, pages] = await Promise.all([cachedListing(), getPublishedPages()]);
  const fixed: SitemapEntry[] = [
    { kind: 'home', slug: '', lastModified: listing.lastModified },
    { kind: 'corrections', slug: '', lastModified: null },
    ...[...pages].sort((a, b) => (a.slug < b.slug ? -1 : 1)).map((p): SitemapEntry => ({ kind: 'page', slug: p.slug, lastModified: p.modifiedAt })),
    ...listing.tags,
    ...listing.authors,
  ];
  return { fixed, listing };
}

/** How many URLs there are, and so how many files the sitemap needs. */
export async function getSitemapSize(maxPerFile = SITEMAP_MAX_URLS): Promise<{ urls: number; files: number; lastModified: string | null }> {
  const { fixed, listing } = await fixedEntries();
  const urls = fixed.length + listing.articleCount;
  return { urls, files: Math.max(1, Math.ceil(urls / maxPerFile)), lastModified: listing.lastModified };
}

/**
 * The URLs of file `index` (0-based): the home page, /corrections, pages, tag pages and author pages
 * come first, then articles oldest first. Returns null past the last file.
 */
export async function getSitemapEntries(index: number, maxPerFile = SITEMAP_MAX_URLS): Promise<SitemapEntry[] | null> {
  const { fixed, listing } = await fixedEntries();
  const total = fixed.length + listing.articleCount;
  if (!Number.isInteger(index) || index < 0 || index * maxPerFile >= Math.max(total, 1)) return index === 0 ? fixed : null;
  const start = index * maxPerFile;
  const end = Math.min(start + maxPerFile, total);
  const out = fixed.slice(start, end);
  const articleStart = Math.max(0, start - fixed.length);
  const articleLimit = end - start - out.length;
  if (articleLimit > 0) out.push(...(await cachedArticleEntries(articleStart, articleLimit)));
  return out;
}

const cachedNewsEntries = cachedRead(
  'news-sitemap',
  async (): Promise<NewsEntry[]> => {
    const db = await getDb();
    const rows = await db
      .select({ slug: publishedArticles.slug, headline: publishedArticles.headline, publishedAt: publishedArticles.publishedAt, tagIds: publishedArticles.tagIds })
      .from(publishedArticles)
      .where(and(gte(publishedArticles.publishedAt, sql`now() - interval '${sql.raw(String(NEWS_WINDOW_HOURS))} hours'`), newsOnly))
      .orderBy(desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
      .limit(NEWS_SITEMAP_MAX);
    const tagIds = [...new Set(rows.flatMap((r) => r.tagIds))];
    const names = tagIds.length
      ? Object.fromEntries(
          (await db.select({ id: tags.id, name: tags.name }).from(tags).where(sql`${tags.id} = any(array[${sql.join(tagIds.map((id) => sql`${id}`), sql`, `)}]::uuid[])`)).map((t) => [t.id, t.name]),
        )
      : {};
    return rows.map((r) => ({
      slug: r.slug,
      headline: r.headline,
      publishedAt: r.publishedAt.toISOString(),
      keywords: r.tagIds.map((id) => names[id]).filter((n): n is string => Boolean(n)),
    }));
  },
  () => [cacheTags.articleLists, cacheTags.tagList],
);

/** Articles published in the last 48 hours (the cached list is re-filtered against the clock). */
export async function getNewsSitemapEntries(now: Date = new Date()): Promise<NewsEntry[]> {
  const cutoff = now.getTime() - NEWS_WINDOW_HOURS * 3600_000;
  return (await cachedNewsEntries()).filter((e) => new Date(e.publishedAt).getTime() >= cutoff);
}
