// Builds an RSS 2.0 document (with content:encoded for full text and atom:link rel=self) from plain items.
import { escapeHtml } from '@/lib/core/escape-html';
import { cdata, element, escapeXml } from './xml';

export type RssItem = {
  title: string;
  link: string;
  /** Stable across slug changes, so feed readers never show an article twice. */
  guid: string;
  /** Plain text (HTML-escaped on the way out, since RSS treats this field as HTML). */
  description: string;
  /** Full article HTML (rendered on the server from the stored document). */
  contentHtml: string;
  publishedAt: string;
  authors: string[];
  categories: string[];
};

export type RssChannel = {
  title: string;
  link: string;
  description: string;
  feedUrl: string;
  language?: string;
  copyright?: string;
  imageUrl?: string | null;
  items: RssItem[];
};

/** RFC 822 dates, as RSS 2.0 requires ("Tue, 24 Nov 2026 09:00:00 GMT"). */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString();
}

export function buildRssFeed(channel: RssChannel): string {
  const newest = channel.items[0]?.publishedAt;
  const items = channel.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.link),
      element('guid', item.guid, 'isPermaLink="false"'),
      element('pubDate', rfc822(item.publishedAt)),
      // RSS <author> must be an email address; names go in dc:creator instead (emails are never public).
      ...item.authors.map((name) => element('dc:creator', name)),
      ...item.categories.map((name) => element('category', name)),
      // RSS defines <description> as HTML; ours is plain text, so it is HTML-escaped first.
      element('description', escapeHtml(item.description)),
      `<content:encoded>${cdata(item.contentHtml)}</content:encoded>`,
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', escapeHtml(channel.description || channel.title)),
    `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    element('language', channel.language ?? 'en'),
    element('copyright', channel.copyright),
    newest ? element('lastBuildDate', rfc822(newest)) : '',
    element('generator', 'Byline'),
    channel.imageUrl
      ? `<image>${element('url', channel.imageUrl)}${element('title', channel.title)}${element('link', channel.link)}</image>`
      : '',
    ...items,
    '</channel>',
    '</rss>',
  ].join('\n');
}
