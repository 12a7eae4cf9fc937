// /news/<slug>/live/feed.xml: RSS 2.0 of a live article's newest entries. Cached until an entry write
// expires the coverage; a 404 for articles that are not live.
import { getArticlePageBySlug } from '@/lib/articles/public';
import { getLiveFeedEntries } from '@/lib/live/public';
import { buildLiveFeedXml } from '@/lib/seo/feed';
import { slugRoute } from '../../../../slug-param';
import { xmlResponse } from '../../../../xml-response';
import { notFoundResponse } from '../live-target';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = slugRoute(getArticlePageBySlug, async (found) => {
  if (found?.kind !== 'found') return notFoundResponse();
  const entries = await getLiveFeedEntries(found.value.id);
  if (!entries) return notFoundResponse();
  return xmlResponse(await buildLiveFeedXml(found.value, entries), 'application/rss+xml; charset=utf-8');
});
