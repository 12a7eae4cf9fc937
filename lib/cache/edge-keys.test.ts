import { describe, expect, it } from 'vitest';
import { articleChangeTags } from '@/lib/articles/invalidate';
import { edgeKeysForTags, edgeRoutes } from './edge-keys';
import { keyHeaders } from './edge-purge';
import { cacheTags } from './tags';

const id = '3f1c2a0e-8d4b-4c55-9a61-2b7e0c9d1f00';

describe('edge keys', () => {
  it('purges an article page by its slugs and every list when it is published or changes slug', () => {
    expect(edgeKeysForTags(articleChangeTags(id, null, { slug: 'new-slug', tagIds: [id], authorIds: [id] }))).toEqual(['article-slug:new-slug', 'articles']);
    // A new address changes the story's related entry on other article pages too.
    const tags = articleChangeTags(id, { slug: 'old-slug', tagIds: [id], authorIds: [id] }, { slug: 'new-slug', tagIds: [id], authorIds: [id] });
    expect(edgeKeysForTags(tags)).toEqual(['article-pages', 'article-slug:new-slug', 'article-slug:old-slug', 'articles']);
  });

  it('leaves other article pages stored when a story is published, so a busy newsroom keeps its most-read pages at the edge', () => {
    const article = edgeRoutes.find((r) => r.source === '/news/:slug')!;
    expect(article.keys).not.toContain(cacheTags.articleLists);
    expect(article.keys).toContain(cacheTags.articlePages);
    // Their related lists catch up within a bounded lifetime instead.
    expect(article.surrogateControl).toMatch(/max-age=600\b/);
  });

  it('maps names shown on cards (authors, pictures) to every list, and keeps slug and site keys', () => {
    expect(edgeKeysForTags([cacheTags.author(id), cacheTags.authorSlug('ana')])).toEqual(['articles', 'author-slug:ana']);
    expect(edgeKeysForTags([cacheTags.media(id)])).toEqual(['articles']);
    expect(edgeKeysForTags([cacheTags.media(id), cacheTags.articlePages])).toEqual(['article-pages', 'articles']);
    expect(edgeKeysForTags([cacheTags.settings])).toEqual(['settings']);
    expect(edgeKeysForTags([cacheTags.tag(id), cacheTags.tagSlug('city'), cacheTags.tagList])).toEqual(['tag-slug:city', 'tags']);
    expect(edgeKeysForTags([cacheTags.article(id)])).toEqual([]);
  });

  it('names every key a route carries from its URL, with the same names the purges use', () => {
    const purgeable = new Set(['articles', 'article-pages', 'tags', 'settings', 'media-files']);
    for (const route of edgeRoutes) {
      for (const key of route.keys) {
        const ok = purgeable.has(key) || /^(article|tag|author|page)-slug::slug$/.test(key);
        expect(ok, `${route.source}: ${key}`).toBe(true);
        if (key.includes(':slug')) expect(route.source).toContain(':slug');
      }
      // Every route's keys fit easily in one header.
      expect(route.keys.join(' ').length).toBeLessThan(200);
    }
  });

  it('purges a standalone page by its slugs and the site frame (its title is in every footer), never the news lists', () => {
    const tags = articleChangeTags(id, { slug: 'about', tagIds: [], authorIds: [], kind: 'page' }, { slug: 'about-us', tagIds: [], authorIds: [], kind: 'page' });
    expect(edgeKeysForTags(tags)).toEqual(['page-slug:about', 'page-slug:about-us', 'settings']);
  });

  it('gives /<slug> pages their keys and leaves every reserved top-level route to its own entry', () => {
    const pageRoute = edgeRoutes.find((r) => r.keys.includes(cacheTags.pageSlug(':slug')))!;
    const pattern = new RegExp(`^${pageRoute.source.replace(/^\/:slug\((.*)\)$/, '/$1')}$`);
    expect(pattern.test('/about-us')).toBe(true);
    for (const taken of ['/search', '/corrections', '/login', '/dashboard', '/news', '/feed.xml', '/sitemap.xml', '/robots.txt']) expect(pattern.test(taken), taken).toBe(false);
    expect(edgeRoutes.find((r) => r.source === '/corrections')?.keys).toContain('articles');
  });

  it('splits long key lists into headers that each fit one request', () => {
    const keys = Array.from({ length: 500 }, (_, i) => `article-slug:some-long-article-slug-number-${i}`);
    const headers = keyHeaders(keys);
    expect(headers.length).toBeGreaterThan(1);
    expect(headers.every((h) => h.length <= 4000)).toBe(true);
    expect(headers.join(' ').split(' ')).toEqual(keys);
  });
});
