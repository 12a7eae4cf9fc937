// Builds sitemap XML: a urlset, a sitemap index (past 50,000 URLs) and a Google News sitemap.
import { element, escapeXml } from './xml';

export type UrlEntry = { loc: string; lastModified?: string | null };
export type NewsUrlEntry = { loc: string; title: string; publishedAt: string };

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export function buildUrlset(entries: readonly UrlEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => `<url>${element('loc', e.loc)}${element('lastmod', e.lastModified)}</url>`),
    '</urlset>',
  ].join('\n');
}

export function buildSitemapIndex(entries: readonly UrlEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...entries.map((e) => `<sitemap>${element('loc', e.loc)}${element('lastmod', e.lastModified)}</sitemap>`),
    '</sitemapindex>',
  ].join('\n');
}

export function buildNewsSitemap(publicationName: string, entries: readonly NewsUrlEntry[], language = 'en'): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">`,
    ...entries.map(
      (e) =>
        `<url>${element('loc', e.loc)}<news:news><news:publication>${element('news:name', publicationName)}${element('news:language', language)}</news:publication>${element('news:publication_date', e.publishedAt)}<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    ),
    '</urlset>',
  ].join('\n');
}
