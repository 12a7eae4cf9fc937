// Maps sitemap entries (home, tag, author, article) to their absolute URLs.
import type { SitemapEntry } from '@/lib/articles/public-sitemap';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, authorPath, tagPath } from '@/lib/routes';
import type { UrlEntry } from './sitemap';

export function sitemapEntryUrl(entry: SitemapEntry): UrlEntry {
  const path =
    entry.kind === 'home' ? '/' : entry.kind === 'tag' ? tagPath(entry.slug) : entry.kind === 'author' ? authorPath(entry.slug) : articlePath(entry.slug);
  return { loc: absoluteUrl(path), lastModified: entry.lastModified };
}
