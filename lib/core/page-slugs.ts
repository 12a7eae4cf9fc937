// Which slugs a standalone page may not take: every top-level segment the app already answers (a page at
// /search would never be reached, since static routes win), plus the few addresses the edge and Next
// keep for themselves: the reserved segments of the route manifest, so lib/core. Pure, so the editor, the validator and next.config's edge headers share it;
// page-slugs.test.ts derives the segments from app/ and fails when a new route is missing here.
import { SLUG_PATTERN } from './slug'; // relative: next.config.ts loads this file (through lib/cache/edge-keys)

export const RESERVED_PAGE_SLUGS: readonly string[] = [
  // app/ and its route groups
  'api',
  'author',
  'corrections',
  'dashboard',
  'login',
  'media',
  'news',
  'old-address',
  'opengraph-image',
  'page',
  'preview',
  'robots',
  'search',
  'set-password',
  'sitemaps',
  'tag',
  // metadata files and addresses kept by Next, the edge and common conventions
  'feed',
  'logout',
  'sitemap',
  'news-sitemap',
  'publisher-logo',
  'favicon',
  'icon',
  'manifest',
];

const reserved = new Set(RESERVED_PAGE_SLUGS);

export function isReservedPageSlug(slug: string): boolean {
  return reserved.has(slug);
}

export function reservedPageSlugMessage(slug: string): string {
  return `/${slug} is already an address of the site: choose another slug for this page.`;
}

/** The path-to-regexp pattern of a page slug for next.config headers: any slug except the reserved ones. */
export const PAGE_SLUG_ROUTE_PATTERN = `(?!(?:${RESERVED_PAGE_SLUGS.join('|')})$)${SLUG_PATTERN.source.replace(/^\^|\$$/g, '')}`;
