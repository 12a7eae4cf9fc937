// robots.txt: everything public may be crawled; staff, API and preview URLs may not. Points at both sitemaps.
export function buildRobotsTxt({ sitemapUrls }: { sitemapUrls: string[] }): string {
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /dashboard',
    'Disallow: /preview',
    'Disallow: /api/',
    'Disallow: /login',
    'Disallow: /set-password',
    'Disallow: /search',
    '',
    ...sitemapUrls.map((url) => `Sitemap: ${url}`),
    '',
  ].join('\n');
}
