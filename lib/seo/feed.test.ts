// The RSS feeds from a real database, read back with a real XML parser: right items, order, full content.
import { beforeAll, describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { makeArticle, makeAuthor, makeTag } from '@/lib/articles/public-test-data';
import { buildSiteFeedXml, buildTagFeedXml } from './feed';
import { FEED_SIZE } from '@/lib/articles/public-feed';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });
const site = () => (process.env.SITE_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');

let tagId = '';

beforeAll(async () => {
  const ana = await makeAuthor({ name: 'Ana Field', slug: 'ana-field' });
  const rail = await makeTag({ name: 'Rail', slug: 'rail' });
  tagId = rail.id;
  const base = Date.parse('2026-11-01T08:00:00Z');
  for (let i = 0; i < FEED_SIZE + 5; i++) {
    await makeArticle({
      slug: `feed-story-${i}`,
      headline: `Feed story ${i} & friends <b>`,
      dek: `Dek ${i}`,
      publishedAt: new Date(base + i * 3600_000),
      tagIds: i % 2 === 0 ? [rail.id] : [],
      authorIds: [ana.id],
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `Full text ${i}. ` }, { type: 'text', text: 'Timetable', marks: [{ type: 'link', attrs: { href: '/news/timetable' } }] }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'More ]]> detail' }] },
        ],
      },
    });
  }
  await makeArticle({ status: 'draft', slug: 'feed-draft', headline: 'Never in a feed', tagIds: [rail.id], publishedAt: new Date(base + 999 * 3600_000) });
});

describe('site feed', () => {
  it('is RSS 2.0 with the latest 50 published articles, newest first, full content included', async () => {
    const xml = await buildSiteFeedXml();
    const doc = parser.parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect(channel.link).toBe(`${site()}/`);
    expect(channel['atom:link']['@_href']).toBe(`${site()}/feed.xml`);
    const items = channel.item as Record<string, unknown>[];
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]!.title).toBe(`Feed story ${FEED_SIZE + 4} & friends <b>`);
    expect(items[0]!.link).toBe(`${site()}/news/feed-story-${FEED_SIZE + 4}`);
    expect(items.map((i) => i.title)).not.toContain('Never in a feed');
    expect(new Date(String(items[0]!.pubDate)).toISOString()).toBe(new Date(Date.parse('2026-11-01T08:00:00Z') + (FEED_SIZE + 4) * 3600_000).toISOString());
    expect(items[0]!['dc:creator']).toEqual(['Ana Field']);
    expect((items[0]!.guid as Record<string, string>)['@_isPermaLink']).toBe('false');
    // content:encoded is HTML made from the stored document, with absolute links, and survives "]]>".
    const html = parseHTML(`<html><body>${items[0]!['content:encoded']}</body></html>`).document;
    expect(html.querySelector('p')?.textContent).toContain(`Full text ${FEED_SIZE + 4}.`);
    expect(html.querySelector('a')?.getAttribute('href')).toBe(`${site()}/news/timetable`);
    expect(html.querySelector('h2')?.textContent).toBe('More ]]> detail');
  });
});

describe('tag feed', () => {
  it('holds only that tag’s published articles', async () => {
    const { getTagBySlug } = await import('@/lib/tags/public');
    const lookup = await getTagBySlug('rail');
    if (lookup.kind !== 'tag') throw new Error('tag missing');
    expect(lookup.tag.id).toBe(tagId);
    const doc = parser.parse(await buildTagFeedXml(lookup.tag));
    const items = doc.rss.channel.item as Record<string, unknown>[];
    expect(items.length).toBe(28);
    expect(items.every((i) => (i.category as string[]).includes('Rail'))).toBe(true);
    expect(doc.rss.channel['atom:link']['@_href']).toBe(`${site()}/tag/rail/feed.xml`);
  });
});

describe('fields RSS defines as HTML', () => {
  // A feed reader decodes the XML once and then treats <description> as HTML: stored plain text must
  // arrive as text, so it is HTML-escaped before it is XML-escaped (issue 14, finding 2).
  const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>&lt;b&gt;';
  const asHtml = (value: unknown) => parseHTML(`<html><body><div id="v">${String(value)}</div></body></html>`).document;

  it('carry plain text (dek, excerpt, tag and site descriptions) as text, never as markup', async () => {
    const { getDb } = await import('@/db/client');
    const { tags, siteSettings } = await import('@/db/schema');
    const { eq } = await import('drizzle-orm');
    const db = await getDb();
    const tag = await makeTag({ name: 'Hostile', slug: 'hostile' });
    await db.update(tags).set({ description: hostile }).where(eq(tags.id, tag.id));
    await db.insert(siteSettings).values({ id: 1, description: hostile }).onConflictDoUpdate({ target: siteSettings.id, set: { description: hostile } });
    await makeArticle({ slug: 'hostile-dek', headline: 'Hostile dek', dek: hostile, tagIds: [tag.id], publishedAt: new Date('2030-01-01T00:00:00Z') });
    const { getTagBySlug } = await import('@/lib/tags/public');
    const lookup = await getTagBySlug('hostile');
    if (lookup.kind !== 'tag') throw new Error('tag missing');
    for (const xml of [await buildSiteFeedXml(), await buildTagFeedXml(lookup.tag)]) {
      const channel = parser.parse(xml).rss.channel;
      const item = (channel.item as Record<string, unknown>[]).find((i) => i.title === 'Hostile dek')!;
      for (const value of [channel.description, item.description]) {
        const html = asHtml(value);
        expect(html.querySelector('#v')!.children.length).toBe(0);
        expect(html.querySelector('#v')!.textContent).toBe(hostile);
      }
    }
  });
});
