// Public URL scheme, defined once: the canonical article URL is what the sitemap, feeds and og:url use.
export const articlePath = (slug: string) => `/news/${slug}`;
export const tagPath = (slug: string) => `/tag/${slug}`;
export const tagFeedPath = (slug: string) => `/tag/${slug}/feed.xml`;
export const authorPath = (slug: string) => `/author/${slug}`;
export const mediaPath = (storageKey: string) => `/media/${storageKey}`;
export const previewPath = (articleId: string) => `/preview/${articleId}`;
export const editArticlePath = (articleId: string) => `/dashboard/articles/${articleId}`;

/** Absolute URL on the public origin (SITE_URL); every absolute link the site emits goes through here. */
export function absoluteUrl(path: string): string {
  const origin = (process.env.SITE_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
  return `${origin}${path.startsWith('/') ? path : `/${path}`}`;
}
