// Unit tests: an article change expires exactly the tags of what readers could see before and after.
import { describe, expect, it } from 'vitest';
import { cacheTags } from '@/lib/cache/tags';
import { articleChangeTags } from './invalidate';

describe('articleChangeTags', () => {
  it('expires nothing for a change readers never saw', () => {
    expect(articleChangeTags('a1', null, null)).toEqual([]);
  });

  it('covers old and new slugs, tags and authors of an update', () => {
    const tags = articleChangeTags('a1', { slug: 'old', tagIds: ['t1'], authorIds: ['u1'] }, { slug: 'new', tagIds: ['t2'], authorIds: ['u1', 'u2'] });
    expect(new Set(tags)).toEqual(
      new Set([
        cacheTags.article('a1'),
        cacheTags.articleLists,
        cacheTags.articleSlug('old'),
        cacheTags.articleSlug('new'),
        cacheTags.tag('t1'),
        cacheTags.tag('t2'),
        cacheTags.author('u1'),
        cacheTags.author('u2'),
        cacheTags.articlePages,
      ]),
    );
  });

  it('purges every article page only when the entry other articles list as related changes or leaves', () => {
    const at = new Date('2026-11-30T10:00:00Z');
    const live = { slug: 's', tagIds: ['t1'], authorIds: ['u1'], headline: 'Ferry runs late', publishedAt: at };
    // A first publish: lists and its own page, not every article page (they pick it up within their edge lifetime).
    expect(articleChangeTags('a1', null, live)).not.toContain(cacheTags.articlePages);
    // A body-only update leaves every related entry as it was.
    expect(articleChangeTags('a1', live, { ...live, publishedAt: at.toISOString() })).not.toContain(cacheTags.articlePages);
    expect(articleChangeTags('a1', live, { ...live, headline: 'Ferry runs on time' })).toContain(cacheTags.articlePages);
    expect(articleChangeTags('a1', live, { ...live, tagIds: ['t2'] })).toContain(cacheTags.articlePages);
    expect(articleChangeTags('a1', live, null)).toContain(cacheTags.articlePages);
  });

  it('expires a page, its slugs and the page list (footer, sitemap), never the news lists', () => {
    const tags = articleChangeTags('p1', null, { slug: 'about', tagIds: [], authorIds: [], kind: 'page' });
    expect(new Set(tags)).toEqual(new Set([cacheTags.article('p1'), cacheTags.pageList, cacheTags.pageSlug('about')]));
    const renamed = articleChangeTags('p1', { slug: 'about', tagIds: [], authorIds: [], kind: 'page' }, { slug: 'about-us', tagIds: [], authorIds: [], kind: 'page' });
    expect(renamed).toContain(cacheTags.pageSlug('about'));
    expect(renamed).toContain(cacheTags.pageSlug('about-us'));
    expect(renamed).not.toContain(cacheTags.articleLists);
  });
});
