// Feed items: the latest published articles with their full bodies (RSS content:encoded), site-wide or
// for one tag. Cached under the lists tag (and the tag's), like every other list.
import 'server-only';
import { and, arrayContains, desc } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles, type DocJSON } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { getPublicMediaByIds } from '@/lib/media/public';
import { cachedRead } from '@/lib/core/cached-read';
import { cardColumns, hydrateCards, toCardRow, type CardRow } from './public-cards';
import { figureMediaIds } from '@/lib/content/doc';
import type { ArticleCard, PublicImage } from '@/lib/core/public-types';
import { newsOnly } from './public-scope';

export const FEED_SIZE = 50;

export type FeedItem = ArticleCard & { body: DocJSON; featuredImageCaption: string; featuredImageCredit: string };
export type FeedData = { items: FeedItem[]; bodyMedia: Record<string, PublicImage> };

const cachedFeedRows = cachedRead(
  'feed-rows',
  async (tagId: string | null): Promise<(CardRow & { body: DocJSON; featuredImageCaption: string; featuredImageCredit: string })[]> => {
    const db = await getDb();
    const rows = await db
      .select({
        ...cardColumns,
        body: publishedArticles.body,
        featuredImageCaption: publishedArticles.featuredImageCaption,
        featuredImageCredit: publishedArticles.featuredImageCredit,
      })
      .from(publishedArticles)
      .where(and(tagId ? arrayContains(publishedArticles.tagIds, [tagId]) : undefined, newsOnly))
      .orderBy(desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
      .limit(FEED_SIZE);
    return rows.map(({ body, featuredImageCaption, featuredImageCredit, ...card }) => ({
      ...toCardRow(card),
      body,
      featuredImageCaption,
      featuredImageCredit,
    }));
  },
  (tagId) => (tagId ? [cacheTags.articleLists, cacheTags.tag(tagId)] : [cacheTags.articleLists]),
);

/** The latest FEED_SIZE published articles, newest first; `tagId` narrows to one tag. */
export async function getFeedData({ tagId = null }: { tagId?: string | null } = {}): Promise<FeedData> {
  const rows = await cachedFeedRows(tagId);
  const [cards, bodyMedia] = await Promise.all([hydrateCards(rows), getPublicMediaByIds(rows.flatMap((r) => figureMediaIds(r.body)))]);
  return {
    items: cards.map((card, i) => ({
      ...card,
      body: rows[i]!.body,
      featuredImageCaption: rows[i]!.featuredImageCaption,
      featuredImageCredit: rows[i]!.featuredImageCredit,
    })),
    bodyMedia,
  };
}
