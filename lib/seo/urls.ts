// The absolute URLs the public site advertises (canonical, feeds, sitemaps, Open Graph images), built
// from SITE_URL through absoluteUrl() and the path builders of the route manifest (lib/core/routes.ts).
import { absoluteUrl } from '@/lib/config/site-url';
import { articleOgImagePath, authorOgImagePath, siteOgImagePath, tagOgImagePath } from '@/lib/core/routes';

export const PUBLISHER_LOGO_SIZE = { width: 600, height: 60 } as const;
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Open Graph image routes (the `opengraph-image` file beside each page). `v` busts social caches on change. */
export const articleOgImageUrl = (slug: string, version?: string) => absoluteUrl(`${articleOgImagePath(slug)}${version ? `?v=${encodeURIComponent(version)}` : ''}`);
export const tagOgImageUrl = (slug: string) => absoluteUrl(tagOgImagePath(slug));
export const authorOgImageUrl = (slug: string) => absoluteUrl(authorOgImagePath(slug));
export const siteOgImageUrl = () => absoluteUrl(siteOgImagePath);
