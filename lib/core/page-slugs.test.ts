import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReservedPageSlug, RESERVED_PAGE_SLUGS } from './page-slugs';
import { PAGE_SLUG_ROUTE_PATTERN } from './route-manifest';

const appDir = path.resolve(import.meta.dirname, '../../app');

/** Every first path segment app/ answers: folders at the top and inside route groups, and metadata files. */
function topLevelSegments(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (/^\(.+\)$/.test(entry.name)) out.push(...topLevelSegments(path.join(dir, entry.name)));
      else if (!entry.name.startsWith('[') && !entry.name.startsWith('_')) out.push(entry.name);
    } else if (/^(robots|sitemap|manifest|icon|apple-icon|opengraph-image|twitter-image|favicon)\./.test(entry.name)) {
      out.push(entry.name.replace(/\..*$/, ''));
    }
  }
  return out;
}

describe('reserved page slugs', () => {
  it('lists every top-level route of app/ (a page there would be shadowed)', () => {
    const segments = topLevelSegments(appDir);
    expect(segments).toContain('news');
    expect(segments).toContain('dashboard');
    for (const segment of segments) {
      // Segments with dots (feed.xml, sitemap.xml) can never be slugs; their base names are reserved anyway.
      const name = segment.replace(/\..*$/, '');
      expect(isReservedPageSlug(name), `app/ answers /${segment}: add "${name}" to RESERVED_PAGE_SLUGS`).toBe(true);
    }
  });

  it('keeps every name reserved before the manifest derived them (none became a page slug)', () => {
    const before = ['api', 'author', 'corrections', 'dashboard', 'login', 'media', 'news', 'old-address', 'opengraph-image', 'page', 'preview', 'robots', 'search', 'set-password', 'sitemaps', 'tag', 'feed', 'logout', 'sitemap', 'news-sitemap', 'publisher-logo', 'favicon', 'icon', 'manifest', 'live-coverage'];
    expect([...RESERVED_PAGE_SLUGS].sort()).toEqual(before.sort());
  });

  it('gives next.config a pattern that matches page slugs and no reserved one', () => {
    const route = new RegExp(`^${PAGE_SLUG_ROUTE_PATTERN}$`);
    expect(route.test('about-us')).toBe(true);
    expect(route.test('ethics-policy')).toBe(true);
    expect(route.test('searching')).toBe(true);
    for (const slug of RESERVED_PAGE_SLUGS) expect(route.test(slug), slug).toBe(false);
    expect(route.test('feed.xml')).toBe(false);
  });
});
