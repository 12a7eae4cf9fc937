// Article metadata and structured data built from a real published article: Open Graph values, and the
// JSON-LD read back out of a rendered <script> with an HTML parser.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderToStaticMarkup } from 'react-dom/server';
import { getArticlePageBySlug } from '@/lib/articles/public';
import type { ArticlePageData, SiteSettingsView } from '@/lib/core/public-types';
import { makeArticle, makeAuthor, makeTag, paragraphDoc } from '@/lib/articles/public-test-data';
import { JsonLd } from '@/components/site/json-ld';
import { articleCrumbs, breadcrumbJsonLd, jsonLdScriptText, newsArticleJsonLd } from './json-ld';
import { articleMetadata, metaDescription, searchMetadata, tagMetadata } from './metadata';

const site = () => (process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
const settings: SiteSettingsView = { siteName: 'The Courier', description: 'Valley news.', copyright: '© The Courier', logo: null, defaultSocialImage: null, locale: 'en', timeZone: 'UTC' };

let article: ArticlePageData;

beforeAll(async () => {
  const ana = await makeAuthor({ name: 'Ana Field', slug: 'ana-field' });
  const ben = await makeAuthor({ name: 'Ben Hollis', slug: 'ben-hollis' });
  const courts = await makeTag({ name: 'Courts', slug: 'courts' });
  const crime = await makeTag({ name: 'Crime', slug: 'crime' });
  await makeArticle({
    slug: 'judge-rules-on-quarry',
    headline: 'Judge rules on the quarry </script><b>',
    dek: 'The expansion may go ahead with conditions.',
    body: paragraphDoc('The ruling came on Monday.'),
    tagIds: [courts.id, crime.id],
    authorIds: [ana.id, ben.id],
    publishedAt: new Date('2026-11-20T09:00:00Z'),
  });
  const found = await getArticlePageBySlug('judge-rules-on-quarry');
  if (found.kind !== 'found') throw new Error('missing');
  article = found.value;
});

describe('articleMetadata', () => {
  it('has the canonical URL, Open Graph article fields and a large Twitter card', () => {
    const meta = articleMetadata(settings, article);
    const url = `${site()}/news/judge-rules-on-quarry`;
    expect(meta.alternates?.canonical).toBe(url);
    expect(meta.description).toBe('The expansion may go ahead with conditions.');
    const og = meta.openGraph as Record<string, unknown>;
    expect(og).toMatchObject({
      type: 'article',
      url,
      siteName: 'The Courier',
      title: article.headline,
      publishedTime: '2026-11-20T09:00:00.000Z',
      modifiedTime: '2026-11-20T09:00:00.000Z',
      authors: [`${site()}/author/ana-field`, `${site()}/author/ben-hollis`],
      tags: ['Courts', 'Crime'],
    });
    const [image] = og.images as { url: string; width: number; height: number; alt: string; type: string }[];
    expect(image).toMatchObject({ width: 1200, height: 630, alt: article.headline, type: 'image/png' });
    expect(image!.url.startsWith(`${url}/opengraph-image`)).toBe(true);
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image' });
  });

  it('prefers the SEO title and description when set', () => {
    const meta = articleMetadata(settings, { ...article, seoTitle: 'Quarry ruling', seoDescription: 'Short.' });
    expect(meta.title).toBe('Quarry ruling');
    expect(meta.description).toBe('Short.');
  });

  it('gives tag pages a canonical, their feed and a generated image; search is not indexed', () => {
    const meta = tagMetadata(settings, { id: 'x', name: 'Courts', slug: 'courts', description: '' }, 2);
    expect(meta.alternates?.canonical).toBe(`${site()}/tag/courts/page/2`);
    const feeds = (meta.alternates?.types as Record<string, { url: string }[]>)['application/rss+xml'];
    expect(feeds?.[0]?.url).toBe(`${site()}/tag/courts/feed.xml`);
    expect(searchMetadata(settings, 'x').robots).toMatchObject({ index: false });
  });

  it('keeps descriptions to one short line', () => {
    expect(metaDescription('', '  ', 'a '.repeat(200)).length).toBeLessThanOrEqual(161);
  });
});

describe('JSON-LD', () => {
  it('renders NewsArticle and BreadcrumbList that parse back with the right values', () => {
    const text = jsonLdScriptText([newsArticleJsonLd(settings, article), breadcrumbJsonLd(articleCrumbs(settings, article))]);
    const html = renderToStaticMarkup(<JsonLd text={text} />);
    const { document } = parseHTML(`<html><head>${html}</head><body></body></html>`);
    const scripts = document.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    // The headline contains "</script>": it must not have ended the element early.
    const [news, crumbs] = JSON.parse(scripts[0]!.textContent!) as Record<string, unknown>[];
    expect(news).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Judge rules on the quarry </script><b>',
      datePublished: '2026-11-20T09:00:00.000Z',
      dateModified: '2026-11-20T09:00:00.000Z',
      author: [
        { '@type': 'Person', name: 'Ana Field', url: `${site()}/author/ana-field` },
        { '@type': 'Person', name: 'Ben Hollis', url: `${site()}/author/ben-hollis` },
      ],
      publisher: { '@type': 'Organization', name: 'The Courier', logo: { '@type': 'ImageObject', url: `${site()}/publisher-logo.png`, width: 600, height: 60 } },
    });
    expect((news!.image as string[])[0]).toBe(`${site()}/news/judge-rules-on-quarry/opengraph-image`);
    expect(crumbs).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'The Courier', item: `${site()}/` },
        { position: 2, name: 'Courts', item: `${site()}/tag/courts` },
        { position: 3, name: article.headline, item: `${site()}/news/judge-rules-on-quarry` },
      ],
    });
  });
});
