// Path builders for every address of the app, each filling its pattern in the route manifest
// (./route-manifest.ts), so a path is written once. The canonical article URL is what the sitemap, feeds
// and og:url use. Relative imports: next.config.ts may load this file, outside the `@/` alias.
import { fillRoute, ROUTES } from './route-manifest';

const fill = fillRoute;
/** A list's later pages: page 1 is the list's own address. */
const paged = (first: string, later: string, params: Record<string, string>, page: number) => (page <= 1 ? fill(first, params) : fill(later, { ...params, page }));
/** The fixed start of a pattern, up to its first parameter ('/media/' of '/media/:key*'). */
const prefixOf = (source: string) => source.slice(0, source.indexOf('/:') + 1);
const withQuery = (path: string, query?: Record<string, string>) => {
  const search = query ? new URLSearchParams(query).toString() : '';
  return search ? `${path}?${search}` : path;
};

export const homePath = fill(ROUTES.home.source);
export const archivePath = (page: number) => (page <= 1 ? homePath : fill(ROUTES.archivePage.source, { page }));

export const articlePath = (slug: string) => fill(ROUTES.article.source, { slug });
export const articleOgImagePath = (slug: string) => fill(ROUTES.articleOgImage.source, { slug });
/** A standalone page (About us, Contact): top-level, never a reserved segment (lib/core/page-slugs.ts). */
export const pagePath = (slug: string) => fill(ROUTES.page.source, { slug });
/** Where a published article or page lives. */
export const publicPathFor = (kind: 'article' | 'page', slug: string) => (kind === 'page' ? pagePath(slug) : articlePath(slug));

export const liveEntryPath = (slug: string, entryId: string) => fill(ROUTES.liveEntry.source, { slug, entryId });
export const liveStreamPath = (slug: string) => fill(ROUTES.liveStream.source, { slug });
export const liveUpdatesPath = (slug: string) => fill(ROUTES.liveUpdates.source, { slug });
/** The live list's script, a plain file every live article shares. */
export const liveCoverageScriptPath = ROUTES.liveScript.source;
/**
 * Marks a script of Byline's own (a plain-script island such as the live list's) that reader pages keep
 * when Next's scripts are taken out of them (lib/runtime/reader-scripts.ts).
 */
export const ISLAND_SCRIPT_ATTRIBUTE = 'data-byline-island';
export const liveFeedPath = (slug: string) => fill(ROUTES.liveFeed.source, { slug });
/** Page 1 of a live coverage is the article itself. */
export const livePagePath = (slug: string, page: number) => paged(ROUTES.article.source, ROUTES.livePage.source, { slug }, page);

export const tagPath = (slug: string) => fill(ROUTES.tag.source, { slug });
export const tagPagePath = (slug: string, page: number) => paged(ROUTES.tag.source, ROUTES.tagPage.source, { slug }, page);
export const tagFeedPath = (slug: string) => fill(ROUTES.tagFeed.source, { slug });
export const tagOgImagePath = (slug: string) => fill(ROUTES.tagOgImage.source, { slug });
export const authorPath = (slug: string) => fill(ROUTES.author.source, { slug });
export const authorPagePath = (slug: string, page: number) => paged(ROUTES.author.source, ROUTES.authorPage.source, { slug }, page);
export const authorOgImagePath = (slug: string) => fill(ROUTES.authorOgImage.source, { slug });

export const correctionsPath = fill(ROUTES.corrections.source);
export const correctionsPagePath = (page: number) => paged(ROUTES.corrections.source, ROUTES.correctionsPage.source, {}, page);

export const feedPath = fill(ROUTES.feed.source);
export const sitemapPath = fill(ROUTES.sitemap.source);
/** The sitemap index's files, numbered from 1. */
export const sitemapFilePath = (index: number) => fill(ROUTES.sitemapFile.source, { file: `${index + 1}.xml` });
export const newsSitemapPath = fill(ROUTES.newsSitemap.source);
export const siteOgImagePath = fill(ROUTES.siteOgImage.source);
export const publisherLogoPath = fill(ROUTES.publisherLogo.source);
export const mediaPath = (storageKey: string) => fill(ROUTES.media.source, { key: storageKey });
/** The storage key of an upload's own URL, or null for any other address. */
export const mediaKeyOf = (src: string) => {
  const prefix = prefixOf(ROUTES.media.source);
  return src.startsWith(prefix) ? src.slice(prefix.length) : null;
};

/** The search page, with its query and page number when given. */
export const searchPath = (query?: Record<string, string>) => withQuery(fill(ROUTES.search.source), query);
export const previewPath = (articleId: string) => fill(ROUTES.preview.source, { id: articleId });
/** Sign-in, with its query (callbackUrl, a notice) when given. */
export const loginPath = (query?: Record<string, string>) => withQuery(fill(ROUTES.login.source), query);
export const setPasswordPath = (token: string) => fill(ROUTES.setPassword.source, { token });
/** What every set-password link starts with. */
export const setPasswordPrefix = prefixOf(ROUTES.setPassword.source);
export const oldAddressPath = fill(ROUTES.oldAddress.source);

/** A dashboard section ('' is the article list); `dashboardPath('profile/sessions')`. */
export const dashboardPath = (section = '', query?: Record<string, string>) => withQuery(fill(ROUTES.dashboard.source, { section }), query);
export const editArticlePath = (articleId: string) => dashboardPath(`articles/${articleId}`);
export const liveComposerPath = (articleId: string) => dashboardPath(`articles/${articleId}/live`);
export const articleRevisionsPath = (articleId: string) => dashboardPath(`articles/${articleId}/revisions`);
export const dashboardPagesPath = dashboardPath('pages');
/** An API endpoint, `apiPath('internal/revalidate')`. */
export const apiPath = (endpoint: string) => fill(ROUTES.api.source, { path: endpoint });
