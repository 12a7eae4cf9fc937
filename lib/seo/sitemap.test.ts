// Sitemaps from a real database, read back with a real XML parser: every public URL once, never a draft,
// an index past the per-file limit, and a news sitemap of the last 48 hours.
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { getNewsSitemapEntries, getSitemapEntries, getSitemapSize } from '@/lib/articles/public-sitemap';
import { makeArticle, makeAuthor, makeTag } from '@/lib/articles/public-test-data';
import { buildNewsSitemap, buildSitemapIndex, buildUrlset } from './sitemap';
import { sitemapEntryUrl } from './sitemap-urls';
import { robotsRules } from './robots';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['url', 'sitemap'].includes(name) });
const site = () => (process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');

beforeAll(async () => {
  const ana = await makeAuthor({ name: 'Ana Field', slug: 'ana-field' });
  await makeAuthor({ name: 'No Stories', slug: 'no-stories' });
  const courts = await makeTag({ name: 'Courts', slug: 'courts' });
  await makeTag({ name: 'Unused', slug: 'unused' });
  const now = Date.now();
  for (let i = 0; i < 7; i++) {
    await makeArticle({ slug: `map-${i}`, headline: `Map ${i}`, publishedAt: new Date(now - (i * 20 + 1) * 3600_000), tagIds: [courts.id], authorIds: [ana.id] });
  }
  await makeArticle({ status: 'review', slug: 'map-in-review', tagIds: [courts.id], authorIds: [ana.id] });
  await makeArticle({ status: 'scheduled', slug: 'map-scheduled' });
  await makeArticle({ kind: 'page', slug: 'map-about', headline: 'About the map', authorIds: [ana.id], tagIds: [courts.id] });
  await makeArticle({ kind: 'page', status: 'draft', slug: 'map-draft-page', headline: 'Draft page' });
});

describe('sitemap', () => {
  it('lists home, corrections, published pages, tags and authors with published articles, and every published article', async () => {
    const size = await getSitemapSize();
    expect(size).toMatchObject({ urls: 12, files: 1 });
    const xml = buildUrlset(((await getSitemapEntries(0)) ?? []).map(sitemapEntryUrl));
    const urls = (parser.parse(xml).urlset.url as { loc: string; lastmod: string }[]).map((u) => u.loc);
    expect(urls).toEqual([
      `${site()}/`,
      `${site()}/corrections`,
      `${site()}/map-about`,
      `${site()}/tag/courts`,
      `${site()}/author/ana-field`,
      ...[6, 5, 4, 3, 2, 1, 0].map((i) => `${site()}/news/map-${i}`),
    ]);
    expect(urls.some((u) => u.includes('map-in-review') || u.includes('map-scheduled') || u.includes('unused') || u.includes('no-stories') || u.includes('map-draft-page'))).toBe(false);
    expect(parser.parse(xml).urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  });

  it('splits into files and an index past the per-file limit', async () => {
    const size = await getSitemapSize(4);
    expect(size.files).toBe(3);
    const index = parser.parse(buildSitemapIndex(Array.from({ length: size.files }, (_, i) => ({ loc: `${site()}/sitemaps/${i + 1}.xml`, lastModified: size.lastModified }))));
    expect(index.sitemapindex.sitemap.map((s: { loc: string }) => s.loc)).toEqual([1, 2, 3].map((n) => `${site()}/sitemaps/${n}.xml`));
    const files = await Promise.all([0, 1, 2, 3].map((i) => getSitemapEntries(i, 4)));
    expect(files.map((f) => f?.length ?? null)).toEqual([4, 4, 4, null]);
    const all = files.flatMap((f) => f ?? []).map((e) => `${e.kind}:${e.slug}`);
    expect(new Set(all).size).toBe(12);
  });
});

describe('news sitemap', () => {
  it('holds only articles from the last 48 hours, with Google News fields', async () => {
    const entries = await getNewsSitemapEntries();
    expect(entries.map((e) => e.slug)).toEqual(['map-0', 'map-1', 'map-2']);
    const xml = buildNewsSitemap('The Kessen Valley Courier', entries.map((e) => ({ loc: `${site()}/news/${e.slug}`, title: e.headline, publishedAt: e.publishedAt })));
    const doc = parser.parse(xml);
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const first = doc.urlset.url[0];
    expect(first.loc).toBe(`${site()}/news/map-0`);
    expect(first['news:news']['news:publication']['news:name']).toBe('The Kessen Valley Courier');
    expect(first['news:news']['news:publication']['news:language']).toBe('en');
    expect(first['news:news']['news:title']).toBe('Map 0');
    expect(Date.parse(first['news:news']['news:publication_date'])).toBeGreaterThan(Date.now() - 48 * 3600_000);
    // A later clock drops what has aged out.
    expect((await getNewsSitemapEntries(new Date(Date.now() + 30 * 3600_000))).map((e) => e.slug)).toEqual(['map-0']);
  });
});

describe('robots.txt', () => {
  it('points to both sitemaps and keeps staff pages out', () => {
    // Next writes the text from these rules (e2e/crawler.spec.ts reads the served /robots.txt).
    const robots = robotsRules({ sitemapUrls: [`${site()}/sitemap.xml`, `${site()}/news-sitemap.xml`] });
    expect(robots.sitemap).toContain(`${site()}/sitemap.xml`);
    expect(robots.sitemap).toContain(`${site()}/news-sitemap.xml`);
    expect(robots.rules).toMatchObject({ userAgent: '*', disallow: expect.arrayContaining(['/dashboard']) });
  });
});
