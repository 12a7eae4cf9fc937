// What the home page shows: the latest stories, then a section for each of the busiest tags, with
// every story shown once on the page (sections skip what the latest list or an earlier section shows).
import 'server-only';
import type { ArticleCard, Paged, TagRef } from '@/lib/core/public-types';
import { getBusyTags } from '@/lib/site/busy-tags';
import { getArticlesByTag, getLatestArticles } from '@/lib/articles/public';

export const HOME_SECTIONS = 3;
export const HOME_PER_SECTION = 3;

export type HomeStories = { latest: Paged<ArticleCard>; sections: { tag: TagRef; articles: ArticleCard[] }[] };

export async function getHomeStories(): Promise<HomeStories> {
  const [latest, busy] = await Promise.all([getLatestArticles({ page: 1 }), getBusyTags(HOME_SECTIONS)]);
  const candidates = await Promise.all(
    busy.map(async (tag) => ({
      tag,
      articles: (await getArticlesByTag({ tagId: tag.id, pageSize: HOME_PER_SECTION + latest.items.length + HOME_SECTIONS * HOME_PER_SECTION })).items,
    })),
  );
  const shown = new Set(latest.items.map((a) => a.id));
  const sections = candidates
    .map(({ tag, articles }) => {
      const picked = articles.filter((a) => !shown.has(a.id)).slice(0, HOME_PER_SECTION);
      for (const a of picked) shown.add(a.id);
      return { tag, articles: picked };
    })
    .filter((s) => s.articles.length > 0);
  return { latest, sections };
}
