// Integration tests: /corrections lists every published correction note, newest change first, and
// nothing from articles without a note or not published.
import { describe, expect, it } from 'vitest';
import { getCorrections } from './public-corrections';
import { makeArticle } from './public-test-data';

describe('getCorrections', () => {
  it('lists published notes newest first, leaving out unpublished articles and articles without one', async () => {
    const older = await makeArticle({ headline: 'Older corrected story', correctionNote: 'An earlier version misspelt the mayor’s name.', publishedAt: new Date('2026-01-02T10:00:00Z') });
    const newer = await makeArticle({ headline: 'Newer corrected story', correctionNote: 'The vote was 7–4, not 6–5.', publishedAt: new Date('2026-03-02T10:00:00Z') });
    await makeArticle({ headline: 'Clean story', publishedAt: new Date('2026-04-01T10:00:00Z') });
    await makeArticle({ headline: 'Draft with a note', status: 'draft', correctionNote: 'Not public yet.' });
    const list = await getCorrections(1);
    expect(list.items.map((c) => c.headline)).toEqual(['Newer corrected story', 'Older corrected story']);
    expect(list.items[0]).toMatchObject({ slug: newer.slug, note: 'The vote was 7–4, not 6–5.', modifiedAt: '2026-03-02T10:00:00.000Z' });
    expect(list.items[1]!.articleId).toBe(older.id);
    expect(list.pageCount).toBe(1);
  });
});
