// Public reads against a real database: only published articles come back, in order, as plain DTOs.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  findPublishedArticleBySlug,
  getArticlePageBySlug,
  getArticlesByAuthor,
  getArticlesByTag,
  getLatestArticles,
  getRelatedArticles,
} from './public';
import { changePublicSlug, makeArticle, makeAuthor, makeTag, unpublish } from './public-test-data';
import { getAuthorProfileBySlug } from '@/lib/users/public';
import { getBusyTags } from '@/lib/site/busy-tags';
import { getTagBySlug } from '@/lib/tags/public';
import { getSiteSettings } from '@/lib/settings/public';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000);

let world: Awaited<ReturnType<typeof buildWorld>>;

async function buildWorld() {
  const ana = await makeAuthor({ name: 'Ana Field', slug: 'ana-field', bio: 'Courts reporter.' });
  const ben = await makeAuthor({ name: 'Ben Hollis', slug: 'ben-hollis' });
  const quiet = await makeAuthor({ name: 'Quiet Person', slug: 'quiet-person' });
  const politics = await makeTag({ name: 'Politics', slug: 'politics' });
  const transport = await makeTag({ name: 'Transport', slug: 'transport' });
  const weather = await makeTag({ name: 'Weather', slug: 'weather' });
  const secret = await makeTag({ name: 'Embargoed merger', slug: 'embargoed-merger' });
  const published = [];
  for (let i = 0; i < 15; i++) {
    published.push(
      await makeArticle({
        slug: `published-${i}`,
        headline: `Published story ${i}`,
        publishedAt: hoursAgo(100 - i),
        tagIds: i % 3 === 0 ? [politics.id, transport.id] : i % 3 === 1 ? [politics.id] : [weather.id],
        authorIds: i % 2 === 0 ? [ana.id, ben.id] : [ben.id],
      }),
    );
  }
  const hidden = [];
  for (const status of ['draft', 'review', 'scheduled', 'trash'] as const) {
    hidden.push(await makeArticle({ status, slug: `hidden-${status}`, headline: `Hidden ${status}`, tagIds: [politics.id, secret.id], authorIds: [quiet.id] }));
  }
  return { ana, ben, quiet, politics, transport, weather, secret, published, hidden };
}

beforeAll(async () => {
  world = await buildWorld();
});

describe('one article by slug', () => {
  it('finds a published article by its public slug', async () => {
    const found = await getArticlePageBySlug('published-3');
    expect(found.kind).toBe('found');
    if (found.kind !== 'found') return;
    expect(found.value.headline).toBe('Published story 3');
    expect(found.value.authors.map((a) => a.slug)).toEqual(['ben-hollis']);
    expect(found.value.tags.map((t) => t.slug)).toEqual(['politics', 'transport']);
    expect(found.value.readingMinutes).toBeGreaterThanOrEqual(1);
    // A plain DTO: survives the JSON data cache unchanged, dates as ISO strings.
    expect(JSON.parse(JSON.stringify(found.value))).toEqual(found.value);
    expect(found.value.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('keeps bylines in the article order and shows no account fields', async () => {
    const found = await getArticlePageBySlug('published-0');
    if (found.kind !== 'found') throw new Error('missing');
    expect(found.value.authors.map((a) => a.name)).toEqual(['Ana Field', 'Ben Hollis']);
    for (const author of found.value.authors) expect(Object.keys(author).sort()).toEqual(['id', 'name', 'slug']);
  });

  it('never finds drafts, articles in review, scheduled or trashed ones', async () => {
    for (const status of ['draft', 'review', 'scheduled', 'trash']) {
      expect(await findPublishedArticleBySlug(`hidden-${status}`)).toEqual({ kind: 'missing' });
    }
    expect(await findPublishedArticleBySlug('no-such-story')).toEqual({ kind: 'missing' });
    expect(await findPublishedArticleBySlug('')).toEqual({ kind: 'missing' });
    expect(await findPublishedArticleBySlug('x'.repeat(500))).toEqual({ kind: 'missing' });
  });

  it('answers an old slug with a redirect to the current one, and nothing once unpublished', async () => {
    const story = await makeArticle({ slug: 'first-name', publishedAt: hoursAgo(1) });
    await changePublicSlug(story.id, 'first-name', 'second-name');
    await changePublicSlug(story.id, 'second-name', 'third-name');
    expect(await findPublishedArticleBySlug('first-name')).toEqual({ kind: 'redirect', slug: 'third-name' });
    expect(await findPublishedArticleBySlug('second-name')).toEqual({ kind: 'redirect', slug: 'third-name' });
    expect((await findPublishedArticleBySlug('third-name')).kind).toBe('found');
    await unpublish(story.id);
    expect(await findPublishedArticleBySlug('first-name')).toEqual({ kind: 'missing' });
    expect(await findPublishedArticleBySlug('third-name')).toEqual({ kind: 'missing' });
  });
});

describe('lists', () => {
  it('pages through published articles newest first', async () => {
    const first = await getLatestArticles({ page: 1, pageSize: 6 });
    expect(first.total).toBe(15);
    expect(first.pageCount).toBe(3);
    expect(first.items.map((a) => a.slug)).toEqual(['published-14', 'published-13', 'published-12', 'published-11', 'published-10', 'published-9']);
    const last = await getLatestArticles({ page: 3, pageSize: 6 });
    expect(last.items.map((a) => a.slug)).toEqual(['published-2', 'published-1', 'published-0']);
    expect((await getLatestArticles({ page: 4, pageSize: 6 })).items).toEqual([]);
  });

  it('lists a tag and an author without unpublished articles', async () => {
    const politics = await getArticlesByTag({ tagId: world.politics.id, pageSize: 50 });
    expect(politics.total).toBe(10);
    expect(politics.items.every((a) => a.slug.startsWith('published-'))).toBe(true);
    const secret = await getArticlesByTag({ tagId: world.secret.id });
    expect(secret.total).toBe(0);
    const ana = await getArticlesByAuthor({ authorId: world.ana.id, pageSize: 50 });
    expect(ana.items.map((a) => a.slug)).toEqual(['published-14', 'published-12', 'published-10', 'published-8', 'published-6', 'published-4', 'published-2', 'published-0']);
    expect((await getArticlesByAuthor({ authorId: world.quiet.id })).total).toBe(0);
    expect((await getArticlesByTag({ tagId: 'not-a-uuid' })).total).toBe(0);
  });

  it('relates articles by shared tags, most shared first, never itself', async () => {
    const self = world.published[3]!; // politics + transport
    const related = await getRelatedArticles({ articleId: self.id, tagIds: [world.politics.id, world.transport.id], limit: 4 });
    expect(related.map((a) => a.slug)).toEqual(['published-12', 'published-9', 'published-6', 'published-0']);
    expect(related.some((a) => a.id === self.id)).toBe(false);
    expect(await getRelatedArticles({ articleId: self.id, tagIds: [] })).toEqual([]);
    const onlySecret = await getRelatedArticles({ articleId: self.id, tagIds: [world.secret.id] });
    expect(onlySecret).toEqual([]);
  });
});

describe('tags, authors and settings', () => {
  it('counts busy tags from published articles only', async () => {
    const busy = await getBusyTags(10);
    expect(busy.map((t) => [t.slug, t.articleCount])).toEqual([
      ['politics', 10],
      ['transport', 5],
      ['weather', 5],
    ]);
  });

  it('resolves tag slugs', async () => {
    expect(await getTagBySlug('politics')).toMatchObject({ kind: 'tag', tag: { name: 'Politics', slug: 'politics' } });
    expect(await getTagBySlug('nope')).toEqual({ kind: 'missing' });
  });

  it('gives an author profile without account fields', async () => {
    const ana = await getAuthorProfileBySlug('ana-field');
    expect(ana).toEqual({ id: world.ana.id, name: 'Ana Field', slug: 'ana-field', bio: 'Courts reporter.', avatar: null });
    expect(await getAuthorProfileBySlug('nobody')).toBeNull();
  });

  it('falls back to defaults when settings are empty', async () => {
    const settings = await getSiteSettings();
    expect(settings.siteName).toBeTruthy();
    expect(settings.copyright).toContain(settings.siteName);
  });
});
