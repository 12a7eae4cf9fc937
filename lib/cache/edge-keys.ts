// What an edge cache (Varnish with xkey, or a CDN that purges by surrogate key) knows about each public
// response: the keys it is stored under, named from the URL alone so they cost nothing per request
// (next.config.ts sends them as static per-route headers), and the keys a write's cache tags purge.
// Pure: no database, no Next imports; next.config.ts imports this file.
// Relative imports: next.config.ts loads this file, outside the `@/` alias.
import { EDGE_ROUTES, type EdgeKeyName } from '../core/route-manifest';
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

/** The manifest's key names as keys; the `…Slug` ones keep the route's `:slug` for next.config. */
const KEYS = {
  articleLists: lists,
  articlePages: cacheTags.articlePages,
  tagList: cacheTags.tagList,
  settings: site,
  mediaFiles: 'media-files',
  articleSlug: cacheTags.articleSlug(':slug'),
  tagSlug: cacheTags.tagSlug(':slug'),
  authorSlug: cacheTags.authorSlug(':slug'),
  pageSlug: cacheTags.pageSlug(':slug'),
} as const satisfies Record<EdgeKeyName, string>;

/**
 * Every edge-cached route of the manifest (lib/core/route-manifest.ts) and its keys, in next.config
 * `source` syntax; `:slug` in a key is the route's slug. Article pages get the shorter lifetime.
 */
export const edgeRoutes: readonly { source: string; keys: readonly string[]; surrogateControl?: string }[] = EDGE_ROUTES.map((route) => ({
  source: route.source,
  keys: (route.edge ?? []).map((name) => KEYS[name]),
  ...(route.edgeLifetime === 'article' ? { surrogateControl: ARTICLE_PAGE_SURROGATE_CONTROL } : {}),
}));

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
