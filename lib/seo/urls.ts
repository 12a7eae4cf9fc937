// The absolute URLs the public site advertises (canonical, feeds, sitemaps, Open Graph images), built
// from SITE_URL through absoluteUrl() and the one route scheme in lib/core/routes.ts.
import { absoluteUrl } from '@/lib/config/site-url';
import { articlePath, authorPath, tagPath } from '@/lib/core/routes';

export const FEED_PATH = '/feed.xml';
export const SITEMAP_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
export const PUBLISHER_LOGO_PATH = '/publisher-logo.png';
export const PUBLISHER_LOGO_SIZE = { width: 600, height: 60 } as const;
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export const sitemapFilePath = (index: number) => `/sitemaps/${index + 1}.xml`;
export const archivePath = (page: number) => (page <= 1 ? '/' : `/page/${page}`);
export const tagPagePath = (slug: string, page: number) => (page <= 1 ? tagPath(slug) : `${tagPath(slug)}/page/${page}`);
export const authorPagePath = (slug: string, page: number) => (page <= 1 ? authorPath(slug) : `${authorPath(slug)}/page/${page}`);

/** Open Graph image routes (the `opengraph-image` file beside each page). `v` busts social caches on change. */
export const articleOgImageUrl = (slug: string, version?: string) =>
  absoluteUrl(`${articlePath(slug)}/opengraph-image${version ? `?v=${encodeURIComponent(version)}` : ''}`);
export const tagOgImageUrl = (slug: string) => absoluteUrl(`${tagPath(slug)}/opengraph-image`);
export const authorOgImageUrl = (slug: string) => absoluteUrl(`${authorPath(slug)}/opengraph-image`);
export const siteOgImageUrl = () => absoluteUrl('/opengraph-image');

