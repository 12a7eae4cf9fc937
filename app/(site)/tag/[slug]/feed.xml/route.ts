// /tag/<slug>/feed.xml: one tag's RSS feed. Old tag slugs redirect; unknown or empty tags are a 404.
import { permanentRedirect } from 'next/navigation';
import { getTagBySlug } from '@/lib/tags/public';
import { buildTagFeedXml } from '@/lib/seo/feed';
import { tagFeedPath } from '@/lib/core/routes';
import { slugRoute } from '../../../slug-param';
import { xmlResponse } from '../../../xml-response';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export const GET = slugRoute(getTagBySlug, async (lookup) => {
  if (lookup?.kind === 'redirect') permanentRedirect(tagFeedPath(lookup.slug));
  if (lookup?.kind !== 'tag') return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return xmlResponse(await buildTagFeedXml(lookup.tag), 'application/rss+xml; charset=utf-8');
});
