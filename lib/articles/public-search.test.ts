// Reader search on a real database: ranked, highlighted, only published, calm with odd input.
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeSearchQuery, searchPublishedArticles, splitSnippet } from './public-search';
import { makeArticle, paragraphDoc } from './public-test-data';

beforeAll(async () => {
  await makeArticle({
    slug: 'harbour-bridge-vote',
    headline: 'Council approves the harbour bridge',
    dek: 'A narrow vote ends ten years of argument.',
    body: paragraphDoc('Councillors voted nine to eight on Tuesday evening.', 'Work on the bridge starts in spring.'),
    publishedAt: new Date('2026-11-20T10:00:00Z'),
  });
  await makeArticle({
    slug: 'ferry-timetable',
    headline: 'Ferry timetable changes for winter',
    body: paragraphDoc('The ferry will stop at the harbour twice a day, and the old bridge road stays closed.'),
    publishedAt: new Date('2026-11-21T10:00:00Z'),
  });
  await makeArticle({
    slug: 'bakery-opens',
    headline: 'A new bakery opens on Mill Street',
    body: paragraphDoc('Sourdough and rye, from six every morning.'),
    publishedAt: new Date('2026-11-22T10:00:00Z'),
  });
  await makeArticle({ status: 'draft', slug: 'secret-bridge-draft', headline: 'Bridge secret draft', body: paragraphDoc('The harbour bridge will cost double.') });
  await makeArticle({ status: 'scheduled', slug: 'bridge-scheduled', headline: 'Bridge scheduled story', body: paragraphDoc('bridge bridge bridge') });
});

describe('searchPublishedArticles', () => {
  it('ranks headline matches above body matches and highlights the words', async () => {
    const result = await searchPublishedArticles({ query: 'harbour bridge' });
    if (result.state !== 'results') throw new Error('expected results');
    expect(result.hits.map((h) => h.slug)).toEqual(['harbour-bridge-vote', 'ferry-timetable']);
    expect(result.total).toBe(2);
    expect(result.hits[0]!.rank).toBeGreaterThan(result.hits[1]!.rank);
    const highlighted = result.hits[1]!.snippet.filter((s) => s.hit).map((s) => s.text.toLowerCase());
    expect(highlighted).toEqual(expect.arrayContaining(['harbour', 'bridge']));
    // The snippet is text only: nothing that would need HTML to show.
    expect(result.hits[1]!.snippet.map((s) => s.text).join('')).not.toMatch(/[<>\uE000\uE001]/);
  });

  it('stems words and supports quoted phrases and exclusions', async () => {
    const stems = await searchPublishedArticles({ query: 'voting' });
    expect(stems.state === 'results' && stems.hits.map((h) => h.slug)).toEqual(['harbour-bridge-vote']);
    const phrase = await searchPublishedArticles({ query: '"harbour bridge"' });
    expect(phrase.state === 'results' && phrase.hits.map((h) => h.slug)).toEqual(['harbour-bridge-vote']);
    const without = await searchPublishedArticles({ query: 'bridge -ferry' });
    expect(without.state === 'results' && without.hits.map((h) => h.slug)).toEqual(['harbour-bridge-vote']);
  });

  it('never returns drafts or scheduled articles', async () => {
    const result = await searchPublishedArticles({ query: 'secret draft scheduled' });
    expect(result.state === 'results' && result.hits).toEqual([]);
    const bridge = await searchPublishedArticles({ query: 'bridge' });
    expect(bridge.state === 'results' && bridge.hits.map((h) => h.slug).sort()).toEqual(['ferry-timetable', 'harbour-bridge-vote']);
  });

  it('answers empty and odd queries calmly', async () => {
    expect(await searchPublishedArticles({ query: '' })).toEqual({ state: 'empty', query: '' });
    expect(await searchPublishedArticles({ query: '   \n\t ' })).toEqual({ state: 'empty', query: '' });
    expect(await searchPublishedArticles({ query: undefined })).toEqual({ state: 'empty', query: '' });
    for (const odd of ['&&&', "'", '"', '!()', 'a | b', ':*', 'the', 'bridge & | ! <->', '\\', '%_', 'x'.repeat(5000), '🙂 bakery', "o'neill", '-']) {
      const result = await searchPublishedArticles({ query: odd });
      expect(['empty', 'results']).toContain(result.state);
    }
    const emoji = await searchPublishedArticles({ query: '🙂 bakery' });
    expect(emoji.state === 'results' && emoji.hits.map((h) => h.slug)).toEqual(['bakery-opens']);
  });

  it('pages calmly past the end', async () => {
    const result = await searchPublishedArticles({ query: 'bridge', page: 9 });
    expect(result.state === 'results' && result.hits).toEqual([]);
    const nonsense = await searchPublishedArticles({ query: 'bridge', page: -3 });
    expect(nonsense.state === 'results' && nonsense.page).toBe(1);
  });
});

describe('helpers', () => {
  it('normalizes queries', () => {
    expect(normalizeSearchQuery('  harbour\u0000  bridge ')).toBe('harbour bridge');
    expect(normalizeSearchQuery(['first', 'second'])).toBe('first');
    expect(normalizeSearchQuery(42)).toBe('');
    expect(normalizeSearchQuery('a'.repeat(300))).toHaveLength(200);
  });

  it('splits highlighted snippets', () => {
    expect(splitSnippet('the \uE000bridge\uE001 opens')).toEqual([
      { text: 'the ', hit: false },
      { text: 'bridge', hit: true },
      { text: ' opens', hit: false },
    ]);
    expect(splitSnippet('')).toEqual([]);
    expect(splitSnippet('\uE000unclosed')).toEqual([{ text: 'unclosed', hit: true }]);
  });
});
