// The preview's data from a working copy: the same shape and values the public page would get.
import { describe, expect, it } from 'vitest';
import { getArticlePageBySlug } from './public';
import { buildArticlePageDataFromDraft } from './public-view';
import { makeArticle, makeAuthor, makeTag, paragraphDoc } from './public-test-data';

describe('buildArticlePageDataFromDraft', () => {
  it('matches what the published page shows for the same content', async () => {
    const author = await makeAuthor({ name: 'Rhea Moss', slug: 'rhea-moss' });
    const tag = await makeTag({ name: 'Harbour', slug: 'harbour' });
    const when = new Date('2026-11-20T09:00:00Z');
    const article = await makeArticle({ slug: 'same-story', headline: 'Same story', dek: 'Same dek', body: paragraphDoc('One two three four.'), tagIds: [tag.id], authorIds: [author.id], publishedAt: when });
    const published = await getArticlePageBySlug('same-story');
    if (published.kind !== 'found') throw new Error('missing');
    const preview = await buildArticlePageDataFromDraft({ article, tagIds: [tag.id], authorIds: [author.id], publishedAt: when, now: when });
    expect(preview).toEqual(published.value);
  });

  it('previews a draft that has never been public, dated now', async () => {
    const author = await makeAuthor();
    const draft = await makeArticle({ status: 'draft', slug: 'draft-preview', headline: 'Draft preview', body: paragraphDoc('Not public yet.'), authorIds: [author.id] });
    const now = new Date('2026-11-25T12:00:00Z');
    const preview = await buildArticlePageDataFromDraft({ article: draft, tagIds: [], authorIds: [author.id], now });
    expect(preview.headline).toBe('Draft preview');
    expect(preview.publishedAt).toBe(now.toISOString());
    expect(preview.authors.map((a) => a.id)).toEqual([author.id]);
    expect(preview.excerpt).toBe('Not public yet.');
    expect(preview.related).toEqual([]);
    // Previewing never makes the draft public.
    expect((await getArticlePageBySlug('draft-preview')).kind).toBe('missing');
  });
});
