// The busiest tags, for the header navigation and the home page's sections: a count over published
// news articles, so it sits in lib/site, above both tags and articles. Counts only published articles.
import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles, tags } from '@/db/schema';
import { newsOnly } from '@/lib/articles/public-scope';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import type { TagRef } from '@/lib/core/public-types';

const BUSY_WINDOW = 500;

export type BusyTag = TagRef & { articleCount: number };

const cachedBusyTags = cachedRead(
  'busy-tags',
  async (limit: number): Promise<BusyTag[]> => {
    const db = await getDb();
    // Busy = most used among the latest 500 published articles: what the newsroom covers now. Reading
    // those through the published_at index keeps this off a full scan at any archive size.
    const recent = db
      .select({ tagIds: publishedArticles.tagIds })
      .from(publishedArticles)
      .where(newsOnly)
      .orderBy(desc(publishedArticles.publishedAt), desc(publishedArticles.articleId))
      .limit(BUSY_WINDOW)
      .as('recent');
    const counted = db
      .select({ tagId: sql<string>`unnest(${recent.tagIds})`.as('tag_id') })
      .from(recent)
      .as('counted');
    const rows = await db
      .select({ id: tags.id, name: tags.name, slug: tags.slug, articleCount: sql<number>`count(*)::int` })
      .from(counted)
      .innerJoin(tags, eq(tags.id, counted.tagId))
      .groupBy(tags.id, tags.name, tags.slug)
      .orderBy(sql`count(*) desc`, tags.name)
      .limit(limit);
    return rows;
  },
  () => [cacheTags.articleLists, cacheTags.tagList],
);

/** The tags most used by recent articles: header navigation and the home page's sections. */
export function getBusyTags(limit = 6): Promise<BusyTag[]> {
  return cachedBusyTags(Math.min(Math.max(1, limit), 50));
}
