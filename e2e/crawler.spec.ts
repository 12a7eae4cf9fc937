// What machines see: RSS feeds, sitemaps, robots.txt, Open Graph and Twitter tags, JSON-LD, and the
// Open Graph images themselves, each read with a real parser (XML, HTML, image decoder).
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { CORRECTED_SEED_SLUG, getText } from './pages/site';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['item', 'url', 'sitemap', 'category', 'dc:creator'].includes(name) });

function meta(document: Document, key: string): string[] {
  return [...document.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((el) => el.getAttribute('content') ?? '');
}

test('the site feed is RSS 2.0 with the latest articles and their full text', async ({ request }) => {
  const { status, body, type } = await getText(request, '/feed.xml');
  expect(status).toBe(200);
  expect(type).toContain('application/rss+xml');
  const channel = xml.parse(body).rss.channel;
  const items = channel.item as Record<string, unknown>[];
  expect(items.length).toBeGreaterThan(10);
  expect(items.length).toBeLessThanOrEqual(50);
  const dates = items.map((i) => Date.parse(String(i.pubDate)));
  expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  const origin = new URL(channel.link as string).origin;
  for (const item of items) {
    expect(String(item.link).startsWith(`${origin}/news/`)).toBe(true);
    const html = parseHTML(`<html><body>${item['content:encoded']}</body></html>`).document;
    expect(html.querySelectorAll('p').length).toBeGreaterThan(0);
    for (const img of html.querySelectorAll('img')) expect(img.getAttribute('src')?.startsWith(`${origin}/media/`)).toBe(true);
  }
  expect(channel['atom:link']['@_href']).toBe(`${origin}/feed.xml`);
});

test('each tag has its own feed, advertised on its page', async ({ request, page }) => {
  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  const tagHref = (await page.locator('.article-tags a[rel="tag"]').first().getAttribute('href'))!;
  const tagName = (await page.locator('.article-tags a[rel="tag"]').first().textContent())!.trim();
  await page.goto(tagHref);
  const alternate = await page.locator('link[rel="alternate"][type="application/rss+xml"]').first().getAttribute('href');
  expect(alternate).toMatch(new RegExp(`${tagHref}/feed\\.xml$`));
  const { status, body } = await getText(request, `${tagHref}/feed.xml`);
  expect(status).toBe(200);
  const items = xml.parse(body).rss.channel.item as Record<string, unknown>[];
  expect(items.length).toBeGreaterThan(0);
  for (const item of items) expect(item.category as string[]).toContain(tagName);
  expect((await request.get('/tag/no-such-tag/feed.xml')).status()).toBe(404);
});

test('the sitemap lists every public page; the news sitemap the last 48 hours; robots.txt points to both', async ({ request }) => {
  const sitemap = await getText(request, '/sitemap.xml');
  expect(sitemap.status).toBe(200);
  const urls = (xml.parse(sitemap.body).urlset.url as { loc: string; lastmod?: string }[]).map((u) => u.loc);
  const origin = new URL(urls[0]!).origin;
  expect(urls[0]).toBe(`${origin}/`);
  expect(urls).toContain(`${origin}/news/${CORRECTED_SEED_SLUG}`);
  expect(urls.some((u) => u.startsWith(`${origin}/tag/`))).toBe(true);
  expect(urls.some((u) => u.startsWith(`${origin}/author/`))).toBe(true);
  expect(new Set(urls).size).toBe(urls.length);

  const news = await getText(request, '/news-sitemap.xml');
  expect(news.status).toBe(200);
  const doc = xml.parse(news.body).urlset;
  expect(doc['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  for (const entry of (doc.url ?? []) as Record<string, Record<string, unknown>>[]) {
    const published = Date.parse(String(entry['news:news']!['news:publication_date']));
    expect(Date.now() - published).toBeLessThanOrEqual(48 * 3600_000 + 60_000);
  }

  const robots = await getText(request, '/robots.txt');
  expect(robots.body).toContain(`Sitemap: ${origin}/sitemap.xml`);
  expect(robots.body).toContain(`Sitemap: ${origin}/news-sitemap.xml`);
  expect(robots.body).toContain('Disallow: /dashboard');
});

test('an article has its canonical URL, Open Graph and Twitter tags, and NewsArticle + BreadcrumbList JSON-LD', async ({ request }) => {
  const { body } = await getText(request, `/news/${CORRECTED_SEED_SLUG}`);
  const { document } = parseHTML(body);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  expect(canonical).toMatch(new RegExp(`^https?://[^/]+/news/${CORRECTED_SEED_SLUG}$`));
  const origin = new URL(canonical).origin;
  expect(document.querySelector('title')?.textContent).toContain('Harbour Road cycle lane trial to become permanent');
  expect(meta(document, 'description')[0]).toContain('Cycling on the route has nearly doubled');
  expect(meta(document, 'og:type')).toEqual(['article']);
  expect(meta(document, 'og:url')).toEqual([canonical]);
  expect(meta(document, 'og:title')).toEqual(['Harbour Road cycle lane trial to become permanent']);
  expect(meta(document, 'og:site_name')[0]).toBeTruthy();
  expect(meta(document, 'og:description')[0]).toBeTruthy();
  expect(meta(document, 'og:image:width')).toEqual(['1200']);
  expect(meta(document, 'og:image:height')).toEqual(['630']);
  expect(meta(document, 'og:image:alt')[0]).toBeTruthy();
  const published = meta(document, 'article:published_time')[0]!;
  const modified = meta(document, 'article:modified_time')[0]!;
  expect(Date.parse(modified)).toBeGreaterThan(Date.parse(published));
  const authors = meta(document, 'article:author');
  expect(authors.length).toBeGreaterThan(0);
  for (const a of authors) expect(a).toMatch(new RegExp(`^${origin}/author/`));
  expect(meta(document, 'article:tag').length).toBe(2);
  expect(meta(document, 'twitter:card')).toEqual(['summary_large_image']);
  expect(meta(document, 'twitter:image')[0]).toBe(meta(document, 'og:image')[0]);
  expect(document.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href')).toBe(`${origin}/feed.xml`);

  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent ?? 'null')].flat());
  const article = blocks.find((b) => b['@type'] === 'NewsArticle');
  const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList');
  expect(article).toMatchObject({ headline: 'Harbour Road cycle lane trial to become permanent', datePublished: published, dateModified: modified, mainEntityOfPage: { '@id': canonical } });
  expect(article.image.length).toBeGreaterThan(0);
  expect(article.author.length).toBe(authors.length);
  for (const person of article.author) expect(person).toMatchObject({ '@type': 'Person', url: expect.stringMatching(new RegExp(`^${origin}/author/`)) });
  expect(article.publisher).toMatchObject({ '@type': 'Organization', logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\//) } });
  expect((await request.get(article.publisher.logo.url)).status()).toBe(200);
  expect(crumbs.itemListElement.at(-1)).toMatchObject({ item: canonical });
});

test('Open Graph images answer 1200x630 for articles (photo or generated), tags and authors', async ({ request, page }) => {
  const article = parseHTML(await (await request.get(`/news/${CORRECTED_SEED_SLUG}`)).text()).document;
  const ogUrl = meta(article, 'og:image')[0]!;
  const photo = await request.get(ogUrl);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['content-type']).toBe(meta(article, 'og:image:type')[0]);
  const photoSize = await sharp(await photo.body()).metadata();
  expect([photoSize.width, photoSize.height]).toEqual([1200, 630]);
  expect(['jpeg', 'png']).toContain(photoSize.format);

  await page.goto(`/news/${CORRECTED_SEED_SLUG}`);
  const tagHref = (await page.locator('.article-tags a[rel="tag"]').first().getAttribute('href'))!;
  const authorHref = (await page.locator('.article-meta .byline a').first().getAttribute('href'))!;
  for (const path of [tagHref, authorHref, '/']) {
    const doc = parseHTML(await (await request.get(path)).text()).document;
    const url = meta(doc, 'og:image')[0]!;
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/(png|jpeg)$/);
    const size = await sharp(await response.body()).metadata();
    expect([size.width, size.height], url).toEqual([1200, 630]);
  }
});

test('media files are served with long-lived caching; unknown or unsafe keys are a 404', async ({ request }) => {
  const article = parseHTML(await (await request.get(`/news/${CORRECTED_SEED_SLUG}`)).text()).document;
  const src = article.querySelector('.article-body figure img, .card-image')?.getAttribute('src') ?? article.querySelector('link[rel="icon"]')?.getAttribute('href');
  expect(src).toMatch(/^\/media\//);
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\//);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const bad of ['/media/nope/missing.jpg', '/media/..%2F..%2Fetc%2Fpasswd', '/media/2026-11/x/original.svg']) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
});
