// robots.txt: everything public may be crawled; staff, API and preview URLs may not. Points at both sitemaps.
import type { MetadataRoute } from 'next';
import { DISALLOWED_PATHS } from '@/lib/core/route-manifest';
import { homePath } from '@/lib/core/routes';

export function robotsRules({ sitemapUrls }: { sitemapUrls: string[] }): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: homePath, disallow: [...DISALLOWED_PATHS] },
    sitemap: sitemapUrls,
  };
}
