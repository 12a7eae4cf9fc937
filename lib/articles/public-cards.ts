// Turns published rows into the cards lists render: bylines, tags and images are resolved through their
// own cached reads, so renaming an author or a tag, or fixing an image's alt, expires exactly its pages.
import 'server-only';
import { getLiveFlags } from '@/lib/live/public';
import { publishedArticles } from '@/db/schema';
import { readingMinutes } from '@/lib/content/text';
import { getPublicMediaByIds } from '@/lib/media/public';
import { getTagRefsByIds, orderedTags } from '@/lib/tags/public';
import { getAuthorRefsByIds, orderedAuthors } from '@/lib/users/public';
import type { ArticleCard } from '@/lib/core/public-types';

/** The columns a card needs (never the body): select with `cardColumns`. */
export const cardColumns = {
  id: publishedArticles.articleId,
  slug: publishedArticles.slug,
  headline: publishedArticles.headline,
  dek: publishedArticles.dek,
  excerpt: publishedArticles.excerpt,
  featuredImageId: publishedArticles.featuredImageId,
  tagIds: publishedArticles.tagIds,
  authorIds: publishedArticles.authorIds,
  wordCount: publishedArticles.wordCount,
  publishedAt: publishedArticles.publishedAt,
  modifiedAt: publishedArticles.modifiedAt,
};

/** A card row as cached: dates already ISO strings (the data cache stores JSON). */
export type CardRow = {
  id: string;
  slug: string;
  headline: string;
  dek: string;
  excerpt: string;
  featuredImageId: string | null;
  tagIds: string[];
  authorIds: string[];
  wordCount: number;
  publishedAt: string;
  modifiedAt: string;
};

export function toCardRow(row: Omit<CardRow, 'publishedAt' | 'modifiedAt'> & { publishedAt: Date | string; modifiedAt: Date | string }): CardRow {
  return {
    ...row,
    tagIds: row.tagIds ?? [],
    authorIds: row.authorIds ?? [],
    publishedAt: new Date(row.publishedAt).toISOString(),
    modifiedAt: new Date(row.modifiedAt).toISOString(),
  };
}

export async function hydrateCards(rows: readonly CardRow[]): Promise<ArticleCard[]> {
  if (rows.length === 0) return [];
  const [authors, tags, images, live] = await Promise.all([
    getAuthorRefsByIds(rows.flatMap((r) => r.authorIds)),
    getTagRefsByIds(rows.flatMap((r) => r.tagIds)),
    getPublicMediaByIds(rows.flatMap((r) => (r.featuredImageId ? [r.featuredImageId] : []))),
    getLiveFlags(rows.map((r) => r.id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    dek: row.dek,
    excerpt: row.excerpt,
    publishedAt: row.publishedAt,
    modifiedAt: row.modifiedAt,
    readingMinutes: readingMinutes(row.wordCount),
    image: row.featuredImageId ? (images[row.featuredImageId] ?? null) : null,
    authors: orderedAuthors(row.authorIds, authors),
    tags: orderedTags(row.tagIds, tags),
    ...(live[row.id] ? { live: live[row.id]!.ended ? ('ended' as const) : ('live' as const) } : {}),
  }));
}
