// /feed.xml: RSS 2.0, the latest 50 published articles with full content. Static until a publish expires it.
import { buildSiteFeedXml } from '@/lib/seo/feed';
import { xmlResponse } from '../xml-response';

export const revalidate = 3600;

export async function GET() {
  return xmlResponse(await buildSiteFeedXml(), 'application/rss+xml; charset=utf-8');
}
