// /robots.txt: crawl everything public, nothing staff-only; point at the sitemap and the news sitemap.
import { buildRobotsTxt } from '@/lib/seo/robots';
import { NEWS_SITEMAP_PATH, SITEMAP_PATH } from '@/lib/seo/urls';
import { absoluteUrl } from '@/lib/config/site-url';

export const revalidate = 3600;

export function GET() {
  return new Response(buildRobotsTxt({ sitemapUrls: [absoluteUrl(SITEMAP_PATH), absoluteUrl(NEWS_SITEMAP_PATH)] }), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
