// A published standalone page never reaches a news read: lists, tag and author pages, related stories,
// feeds, sitemaps (except as a page URL), the news sitemap, search, /corrections, the article lookup by
// slug or id (article page, Open Graph image, JSON-LD) and the busy tags. The page's public row is given
// the tag and byline of a real story on purpose, so the test proves the scope filter, not an empty array.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles } from '@/db/schema';
import { getBusyTags } from '@/lib/site/busy-tags';
import { findPublishedArticleBySlug, getArticlesByAuthor, getArticlesByTag, getLatestArticles, getPublishedArticleRow, getRelatedArticles } from './public';
import { getFeedData } from './public-feed';
import { getNewsSitemapEntries, getSitemapEntries } from './public-sitemap';
import { searchPublishedArticles } from './public-search';
import { getCorrections } from './public-corrections';
import { getHomeStories } from '@/lib/site/home';
import { getPublishedPageBySlug, getPublishedPages } from './public-pages';
import { makeArticle, makeAuthor, makeTag, paragraphDoc } from './public-test-data';

let pageId = '';
let storyId = '';
let tagId = '';
let authorId = '';
const WORD = 'zebracornish';

beforeAll(async () => {
  const author = await makeAuthor();
  const tag = await makeTag();
  tagId = tag.id;
  authorId = author.id;
  const story = await makeArticle({ slug: 'scope-story', headline: `Story about the ${WORD} parade`, tagIds: [tag.id], authorIds: [author.id], correctionNote: 'Corrected the date.' });
  storyId = story.id;
  const page = await makeArticle({
    kind: 'page',
    slug: 'scope-about',
    headline: `About the ${WORD} desk`,
    body: paragraphDoc(`We write about ${WORD} things.`),
    correctionNote: 'A note on a page.',
    publishedAt: new Date(Date.now() + 1000),
  });
  pageId = page.id;
  const db = await getDb();
  await db.update(publishedArticles).set({ tagIds: [tag.id], authorIds: [author.id] }).where(eq(publishedArticles.articleId, page.id));
  await makeArticle({ kind: 'page', status: 'draft', slug: 'scope-draft-page', headline: 'Draft page' });
});

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('news reads leave standalone pages out', () => {
  it('lists: latest, tag, author, related, home, busy tags', async () => {
    expect(ids((await getLatestArticles()).items)).toEqual([storyId]);
    expect(ids((await getArticlesByTag({ tagId })).items)).toEqual([storyId]);
    expect(ids((await getArticlesByAuthor({ authorId })).items)).toEqual([storyId]);
    expect(ids(await getRelatedArticles({ articleId: '00000000-0000-4000-8000-000000000000', tagIds: [tagId] }))).toEqual([storyId]);
    const home = await getHomeStories();
    expect([...ids(home.latest.items), ...home.sections.flatMap((s) => ids(s.articles))]).not.toContain(pageId);
    expect((await getBusyTags(5)).find((t) => t.id === tagId)?.articleCount).toBe(1);
  });

  it('feeds, sitemaps, news sitemap', async () => {
    expect(ids((await getFeedData()).items)).toEqual([storyId]);
    expect(ids((await getFeedData({ tagId })).items)).toEqual([storyId]);
    const entries = (await getSitemapEntries(0)) ?? [];
    expect(entries.filter((e) => e.kind === 'article').map((e) => e.slug)).toEqual(['scope-story']);
    expect(entries.filter((e) => e.kind === 'page').map((e) => e.slug)).toEqual(['scope-about']);
    expect((await getNewsSitemapEntries()).map((e) => e.slug)).toEqual(['scope-story']);
  });

  it('search and corrections', async () => {
    const found = await searchPublishedArticles({ query: WORD });
    expect(found.state === 'results' ? ids(found.hits) : []).toEqual([storyId]);
    expect(found.state === 'results' ? found.total : -1).toBe(1);
    expect((await getCorrections()).items.map((c) => c.articleId)).toEqual([storyId]);
  });

  it('the article lookups behind /news/<slug>, its Open Graph image and JSON-LD', async () => {
    expect((await findPublishedArticleBySlug('scope-about')).kind).toBe('missing');
    expect(await getPublishedArticleRow(pageId)).toBeNull();
    expect((await findPublishedArticleBySlug('scope-story')).kind).toBe('found');
  });

  it('pages are read only through the page reads, and articles never through them', async () => {
    const page = await getPublishedPageBySlug('scope-about');
    expect(page.kind === 'found' ? page.value.id : null).toBe(pageId);
    expect((await getPublishedPageBySlug('scope-story')).kind).toBe('missing');
    expect((await getPublishedPageBySlug('scope-draft-page')).kind).toBe('missing');
    expect((await getPublishedPages()).map((p) => p.slug)).toEqual(['scope-about']);
  });
});
