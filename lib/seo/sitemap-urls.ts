// Maps sitemap entries (home, corrections, page, tag, author, article) to their absolute URLs.
import type { SitemapEntry } from '@/lib/articles/public-sitemap';
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, authorPath, correctionsPath, pagePath, tagPath } from '@/lib/core/routes';
import type { UrlEntry } from './sitemap';

function entryPath(entry: SitemapEntry): string {
  switch (entry.kind) {
    case 'home':
      return '/';
    case 'corrections':
      return correctionsPath;
    case 'page':
      return pagePath(entry.slug);
    case 'tag':
      return tagPath(entry.slug);
    case 'author':
      return authorPath(entry.slug);
    case 'article':
      return articlePath(entry.slug);
  }
}

export function sitemapEntryUrl(entry: SitemapEntry): UrlEntry {
  return { loc: absoluteUrl(entryPath(entry)), lastModified: entry.lastModified };
}
