// robots.txt: everything public may be crawled; staff, API and preview URLs may not. Points at both sitemaps.
import type { MetadataRoute } from 'next';

export function robotsRules({ sitemapUrls }: { sitemapUrls: string[] }): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/dashboard', '/preview', '/api/', '/login', '/set-password', '/search'] },
    sitemap: sitemapUrls,
  };
}
