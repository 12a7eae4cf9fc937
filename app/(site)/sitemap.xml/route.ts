// /sitemap.xml: every public URL; past 50,000 URLs it becomes a sitemap index of /sitemaps/<n>.xml files.
import { getSitemapEntries, getSitemapSize } from '@/lib/articles/public-sitemap';
import { buildSitemapIndex, buildUrlset } from '@/lib/seo/sitemap';
import { sitemapEntryUrl } from '@/lib/seo/sitemap-urls';
import { sitemapFilePath } from '@/lib/core/routes';
import { absoluteUrl } from '@/lib/config/site-url';
import { xmlResponse } from '../xml-response';

export const revalidate = 3600;

export async function GET() {
  const size = await getSitemapSize();
  if (size.files > 1) {
    const files = Array.from({ length: size.files }, (_, i) => ({ loc: absoluteUrl(sitemapFilePath(i)), lastModified: size.lastModified }));
    return xmlResponse(buildSitemapIndex(files));
  }
  const entries = (await getSitemapEntries(0)) ?? [];
  return xmlResponse(buildUrlset(entries.map(sitemapEntryUrl)));
}
