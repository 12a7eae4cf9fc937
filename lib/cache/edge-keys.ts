// What an edge cache (Varnish with xkey, or a CDN that purges by surrogate key) knows about each public
// response: the keys it is stored under, named from the URL alone so they cost nothing per request
// (next.config.ts sends them as static per-route headers), and the keys a write's cache tags purge.
// Pure: no database, no Next imports; next.config.ts imports this file.
// Relative imports: next.config.ts loads this file, outside the `@/` alias.
import { PAGE_SLUG_ROUTE_PATTERN } from '../core/page-slugs';
import { cacheTags } from './tags';

/** Response headers that name the keys: Varnish's xkey module reads `xkey`, CDNs read `Surrogate-Key`. */
export const EDGE_KEY_HEADERS = ['xkey', 'Surrogate-Key'] as const;

/**
 * How long an edge may keep a public response: a year, since every write purges what it changed.
 * Stale copies are served while one request refreshes (a minute) and while the app is down (a day).
 * Sent as `Surrogate-Control`, which edges honour and browsers ignore; `Cache-Control` stays Next's.
 */
export const EDGE_SURROGATE_CONTROL = 'max-age=31536000, stale-while-revalidate=60, stale-if-error=86400';
/**
 * Article pages: ten minutes. A first publish purges the lists it joins but not every article page
 * (a busy newsroom would empty the edge of its most-read stories on each publish); their related
 * lists pick the new story up when this runs out. Everything else on them is purged at once.
 */
export const ARTICLE_PAGE_SURROGATE_CONTROL = 'max-age=600, stale-while-revalidate=60, stale-if-error=86400';

const lists = cacheTags.articleLists;
const site = cacheTags.settings;
const tagList = cacheTags.tagList;

/**
 * Every public route and its keys, in next.config `source` syntax; `:slug` in a key is the route's
 * slug. Lists of articles (home, archives, tag and author pages, feeds, sitemaps) carry `articles`;
 * article pages carry `article-pages` instead (their related list: see articleChangeTags); everything
 * carries `settings` (site name, logo, footer).
 */
export const edgeRoutes: readonly { source: string; keys: readonly string[]; surrogateControl?: string }[] = [
  { source: '/', keys: [lists, tagList, site] },
  { source: '/page/:page', keys: [lists, tagList, site] },
  { source: '/news/:slug', keys: [cacheTags.articleSlug(':slug'), cacheTags.articlePages, tagList, site], surrogateControl: ARTICLE_PAGE_SURROGATE_CONTROL },
  { source: '/news/:slug/opengraph-image', keys: [cacheTags.articleSlug(':slug'), site] },
  // Live coverage: every entry write expires the article's slug tag, which purges all of these. The
  // SSE stream (/news/:slug/live/stream) is never stored: the VCL pipes it.
  { source: '/news/:slug/live/updates', keys: [cacheTags.articleSlug(':slug')] },
  { source: '/news/:slug/live/feed.xml', keys: [cacheTags.articleSlug(':slug'), site] },
  { source: '/news/:slug/live/:page(\\d+)', keys: [cacheTags.articleSlug(':slug'), site] },
  { source: '/news/:slug/entry/:entryId', keys: [cacheTags.articleSlug(':slug'), site] },
  { source: '/tag/:slug', keys: [cacheTags.tagSlug(':slug'), lists, tagList, site] },
  { source: '/tag/:slug/page/:page', keys: [cacheTags.tagSlug(':slug'), lists, tagList, site] },
  { source: '/tag/:slug/feed.xml', keys: [cacheTags.tagSlug(':slug'), lists, site] },
  { source: '/tag/:slug/opengraph-image', keys: [cacheTags.tagSlug(':slug'), site] },
  { source: '/author/:slug', keys: [cacheTags.authorSlug(':slug'), lists, tagList, site] },
  { source: '/author/:slug/page/:page', keys: [cacheTags.authorSlug(':slug'), lists, tagList, site] },
  { source: '/author/:slug/opengraph-image', keys: [cacheTags.authorSlug(':slug'), site] },
  { source: '/corrections', keys: [lists, site] },
  { source: '/corrections/page/:page', keys: [lists, site] },
  // Standalone pages: any top-level slug except the routes above (the pattern leaves reserved names out,
  // so /search or /login never get a page's keys). Their titles sit in every footer: see edgeKeysForTags.
  { source: `/:slug(${PAGE_SLUG_ROUTE_PATTERN})`, keys: [cacheTags.pageSlug(':slug'), site] },
  { source: '/feed.xml', keys: [lists, site] },
  { source: '/sitemap.xml', keys: [lists, tagList, site] },
  { source: '/sitemaps/:file', keys: [lists, tagList, site] },
  { source: '/news-sitemap.xml', keys: [lists, site] },
  { source: '/robots.txt', keys: [site] },
  { source: '/opengraph-image', keys: [site] },
  { source: '/publisher-logo.png', keys: [site] },
  // Uploads are immutable (a new upload gets a new key); the key lets an operator purge them all.
  { source: '/media/:key*', keys: ['media-files'] },
];

/**
 * The edge keys a set of expired cache tags purges. Slug and list tags are edge keys as they are.
 * Id tags name nothing in a URL: an article's id always travels with its slugs (articleChangeTags),
 * a tag's with its slug (and with `article-pages` when articles carry it: lib/tags), while an author's
 * name and a picture's alt text show on cards, so those purge every list (and the writes that change
 * them add `article-pages`: lib/users, lib/media).
 */
export function edgeKeysForTags(tags: Iterable<string>): string[] {
  const keys = new Set<string>();
  for (const tag of tags) {
    const kind = tag.slice(0, tag.indexOf(':') + 1);
    // The page list is the footer menu on every page (and the sitemap): purged with the site frame.
    if (tag === cacheTags.pageList) keys.add(site);
    else if (kind === '') keys.add(tag);
    else if (kind === 'article:' || kind === 'tag:' || kind === 'live:') continue;
    else if (kind === 'author:' || kind === 'media:') keys.add(lists);
    else keys.add(tag);
  }
  return [...keys].sort();
}
