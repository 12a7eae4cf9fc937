// /sitemaps/<n>.xml: one file of a sitemap index (only exists when there are more than 50,000 URLs).
import { getSitemapEntries, getSitemapSize } from '@/lib/articles/public-sitemap';
import { buildUrlset } from '@/lib/seo/sitemap';
import { sitemapEntryUrl } from '@/lib/seo/sitemap-urls';
import { xmlResponse } from '../../xml-response';

export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([1-9]\d{0,4})\.xml$/.exec((await params).file);
  const size = await getSitemapSize();
  const index = match ? Number(match[1]) - 1 : -1;
  const entries = index >= 0 && size.files > 1 ? await getSitemapEntries(index) : null;
  if (!entries || entries.length === 0) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return xmlResponse(buildUrlset(entries.map(sitemapEntryUrl)));
}
