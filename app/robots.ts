// /robots.txt through Next's metadata file convention: the rules live in lib/seo/robots.ts.
import type { MetadataRoute } from 'next';
import { robotsRules } from '@/lib/seo/robots';
import { newsSitemapPath, sitemapPath } from '@/lib/core/routes';
import { absoluteUrl } from '@/lib/config/site-url';

// Rendered again after start (the build does not know the public origin), then cached.
export const revalidate = 3600;

export default function robots(): MetadataRoute.Robots {
  return robotsRules({ sitemapUrls: [absoluteUrl(sitemapPath), absoluteUrl(newsSitemapPath)] });
}
