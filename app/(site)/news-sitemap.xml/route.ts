// /news-sitemap.xml: the Google News sitemap, articles published in the last 48 hours.
import { getNewsSitemapEntries } from '@/lib/articles/public-sitemap';
import { getSiteSettings } from '@/lib/settings/public';
import { buildNewsSitemap } from '@/lib/seo/sitemap';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath } from '@/lib/core/routes';
import { xmlResponse } from '../xml-response';

// News sitemaps age by the clock, not only by publishing: re-check at least every 15 minutes.
export const revalidate = 900;

export async function GET() {
  const [settings, entries] = await Promise.all([getSiteSettings(), getNewsSitemapEntries()]);
  return xmlResponse(
    buildNewsSitemap(
      settings.siteName,
      entries.map((e) => ({ loc: absoluteUrl(articlePath(e.slug)), title: e.headline, publishedAt: e.publishedAt })),
    ),
  );
}
