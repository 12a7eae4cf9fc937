// The route manifest: every address the app answers, once, in next.config `source` syntax, with what
// each one means to the edge, to crawlers and to page slugs. The only file with a literal path in it
// (scripts/route-literals.test.ts checks): the path builders (./routes.ts) fill these patterns,
// next.config.ts's headers, the edge keys (lib/cache/edge-keys.ts), robots.txt, the Content-Security-
// Policy split and the reserved page slugs (./page-slugs.ts) are read from it.
// Plain TS with relative imports: next.config.ts loads it (through lib/cache/edge-keys), outside `@/`.
import { SLUG_PATTERN } from './slug';

/**
 * The edge keys a route can carry, by their name in lib/cache/tags.ts (core knows no cache, so only the
 * names; lib/cache/edge-keys.ts turns them into keys). The four `…Slug` names take the route's `:slug`.
 */
export type EdgeKeyName = 'articleLists' | 'articlePages' | 'tagList' | 'settings' | 'mediaFiles' | 'articleSlug' | 'tagSlug' | 'authorSlug' | 'pageSlug';

export type RouteSpec = {
  /** The pattern, in next.config `source` (path-to-regexp) syntax. */
  readonly source: string;
  /** The keys an edge stores the response under; absent: the edge never stores it. */
  readonly edge?: readonly EdgeKeyName[];
  /** The edge-lifetime class: article pages are kept shorter (lib/cache/edge-keys.ts says why). */
  readonly edgeLifetime?: 'article';
  /** Rendered per request for a person (session, query): the nonce policy from proxy.ts, no static one. */
  readonly perRequest?: true;
  /** The robots.txt rule that keeps crawlers out; absent: crawlable. */
  readonly disallow?: string;
  /**
   * Its HTML keeps Next's scripts (staff pages hydrate; /api's HTML is Auth.js's own); absent: a reader
   * page, sent without them (lib/runtime/reader-scripts.ts).
   */
  readonly clientApp?: true;
};

// Lists of articles carry `articleLists`; article pages carry `articlePages` instead (their related
// list: see articleChangeTags); everything public carries `settings` (site name, logo, footer).
const listPage = ['articleLists', 'tagList', 'settings'] as const;

/**
 * The top-level names a standalone page may not take beyond the routes' own first segments: addresses
 * Next, the edge and common conventions keep for themselves.
 */
const RESERVED_BEYOND_ROUTES = ['logout', 'favicon', 'icon', 'manifest'] as const;

/** Every top-level segment of the routes below (before `/:slug(…)` is added), its extension dropped. */
function firstSegments(routes: Record<string, RouteSpec>): string[] {
  const names = Object.values(routes).map((r) => r.source.split('/')[1]!.replace(/\..*$/, ''));
  return [...new Set(names.filter((name) => name !== '' && !name.startsWith(':')))];
}

const FIXED_ROUTES = {
  home: { source: '/', edge: listPage },
  archivePage: { source: '/page/:page', edge: listPage },
  article: { source: '/news/:slug', edge: ['articleSlug', 'articlePages', 'tagList', 'settings'], edgeLifetime: 'article' },
  articleOgImage: { source: '/news/:slug/opengraph-image', edge: ['articleSlug', 'settings'] },
  // Live coverage: every entry write expires the article's slug tag, which purges all of these.
  liveUpdates: { source: '/news/:slug/live/updates', edge: ['articleSlug'] },
  liveFeed: { source: '/news/:slug/live/feed.xml', edge: ['articleSlug', 'settings'] },
  livePage: { source: '/news/:slug/live/:page(\\d+)', edge: ['articleSlug', 'settings'] },
  liveEntry: { source: '/news/:slug/entry/:entryId', edge: ['articleSlug', 'settings'] },
  tag: { source: '/tag/:slug', edge: ['tagSlug', ...listPage] },
  tagPage: { source: '/tag/:slug/page/:page', edge: ['tagSlug', ...listPage] },
  tagFeed: { source: '/tag/:slug/feed.xml', edge: ['tagSlug', 'articleLists', 'settings'] },
  tagOgImage: { source: '/tag/:slug/opengraph-image', edge: ['tagSlug', 'settings'] },
  author: { source: '/author/:slug', edge: ['authorSlug', ...listPage] },
  authorPage: { source: '/author/:slug/page/:page', edge: ['authorSlug', ...listPage] },
  authorOgImage: { source: '/author/:slug/opengraph-image', edge: ['authorSlug', 'settings'] },
  corrections: { source: '/corrections', edge: ['articleLists', 'settings'] },
  correctionsPage: { source: '/corrections/page/:page', edge: ['articleLists', 'settings'] },
  feed: { source: '/feed.xml', edge: ['articleLists', 'settings'] },
  sitemap: { source: '/sitemap.xml', edge: listPage },
  sitemapFile: { source: '/sitemaps/:file', edge: listPage },
  newsSitemap: { source: '/news-sitemap.xml', edge: ['articleLists', 'settings'] },
  robots: { source: '/robots.txt', edge: ['settings'] },
  siteOgImage: { source: '/opengraph-image', edge: ['settings'] },
  publisherLogo: { source: '/publisher-logo.png', edge: ['settings'] },
  // Uploads are immutable (a new upload gets a new key); the key lets an operator purge them all.
  media: { source: '/media/:key*', edge: ['mediaFiles'] },
  // The live list's script (components/site/live-island.ts), loaded by live articles only.
  liveScript: { source: '/live-coverage.js' },
  // The SSE stream is never stored: the VCL pipes it.
  liveStream: { source: '/news/:slug/live/stream' },
  // Staff and per-visitor pages (proxy.ts lists the same ones in its matcher: Next reads it at build time).
  dashboard: { source: '/dashboard/:section*', perRequest: true, clientApp: true, disallow: '/dashboard' },
  preview: { source: '/preview/:id', perRequest: true, clientApp: true, disallow: '/preview' },
  api: { source: '/api/:path*', clientApp: true, disallow: '/api/' },
  login: { source: '/login', perRequest: true, clientApp: true, disallow: '/login' },
  setPassword: { source: '/set-password/:token', perRequest: true, clientApp: true, disallow: '/set-password' },
  search: { source: '/search', perRequest: true, disallow: '/search' },
  // Where proxy.ts rewrites WordPress's query-string addresses (/?p=ID) for their lookup.
  oldAddress: { source: '/old-address' },
} as const satisfies Record<string, RouteSpec>;

/** Every name a standalone page may not take: the routes' first segments and the few kept beyond them. */
export const RESERVED_SEGMENTS: readonly string[] = [...firstSegments(FIXED_ROUTES), ...RESERVED_BEYOND_ROUTES].sort();

/** The path-to-regexp pattern of a page slug: any slug except the reserved names. */
export const PAGE_SLUG_ROUTE_PATTERN = `(?!(?:${RESERVED_SEGMENTS.join('|')})$)${SLUG_PATTERN.source.replace(/^\^|\$$/g, '')}`;

export const ROUTES = {
  ...FIXED_ROUTES,
  // Standalone pages: any top-level slug except the reserved names (so /search or /login never get a
  // page's keys); listed after the fixed routes. Their titles sit in every footer: see edgeKeysForTags.
  page: { source: `/:slug(${PAGE_SLUG_ROUTE_PATTERN})`, edge: ['pageSlug', 'settings'] },
} as const satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;

/** Edge-cached routes, in manifest order. */
export const EDGE_ROUTES: readonly RouteSpec[] = Object.values(ROUTES).filter((r) => 'edge' in r);

/** First segments of the pages rendered per request (nonce policy, lib/security/content-security-policy.ts). */
export const PER_REQUEST_SEGMENTS: readonly string[] = firstSegments(Object.fromEntries(Object.entries(ROUTES).filter(([, r]) => 'perRequest' in r)));

/** First segments of the pages whose HTML keeps Next's scripts; every other page is a reader page. */
export const CLIENT_APP_SEGMENTS: readonly string[] = firstSegments(Object.fromEntries(Object.entries(ROUTES).filter(([, r]) => 'clientApp' in r)));

/** What robots.txt keeps crawlers out of. */
export const DISALLOWED_PATHS: readonly string[] = Object.values(ROUTES).flatMap((r) => ('disallow' in r ? [r.disallow] : []));

/** Fills a pattern's parameters (`:name`, `:name(re)`, `:name*`); an empty `:name*` drops its slash. */
export function fillRoute(source: string, params: Record<string, string | number> = {}): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    if (source[i] !== '/' || source[i + 1] !== ':') {
      out += source[i++];
      continue;
    }
    const name = /^\w+/.exec(source.slice(i + 2))![0];
    i += 2 + name.length;
    if (source[i] === '(') i = closingParen(source, i) + 1;
    const star = source[i] === '*';
    if (star) i++;
    const value = params[name];
    if (value === undefined || value === '') {
      if (!star) throw new Error(`${source}: no value for :${name}`);
    } else out += `/${value}`;
  }
  return out;
}

function closingParen(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
  throw new Error(`${source}: unbalanced parenthesis`);
}
