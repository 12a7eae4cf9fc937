// Public URL scheme, defined once (the start of the route manifest): the canonical article URL is what
// the sitemap, feeds and og:url use.
export const articlePath = (slug: string) => `/news/${slug}`;
/** A standalone page (About us, Contact): top-level, never a reserved segment (lib/core/page-slugs.ts). */
export const pagePath = (slug: string) => `/${slug}`;
export const correctionsPath = '/corrections';
/** Where a published article or page lives. */
export const publicPathFor = (kind: 'article' | 'page', slug: string) => (kind === 'page' ? pagePath(slug) : articlePath(slug));
export const tagPath = (slug: string) => `/tag/${slug}`;
export const tagFeedPath = (slug: string) => `/tag/${slug}/feed.xml`;
export const authorPath = (slug: string) => `/author/${slug}`;
export const mediaPath = (storageKey: string) => `/media/${storageKey}`;
export const previewPath = (articleId: string) => `/preview/${articleId}`;
export const editArticlePath = (articleId: string) => `/dashboard/articles/${articleId}`;
export const dashboardPagesPath = '/dashboard/pages';
