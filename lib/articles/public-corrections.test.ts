// Integration tests: /corrections lists every published correction note, newest change first, and
// nothing from articles without a note or not published.
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions/can';
import { createDraft } from './editorial';
import { saveArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';
import { publishNow, updatePublished } from './workflow';
import { findPublishedArticleBySlug } from './public';
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
    expect(list.items[0]).toMatchObject({ slug: newer.slug, note: 'The vote was 7–4, not 6–5.', modifiedAt: '2026-03-02T10:00:00.000Z', correctedAt: '2026-03-02T10:00:00.000Z' });
    expect(list.items[1]!.articleId).toBe(older.id);
    expect(list.pageCount).toBe(1);
  });

  it('orders by when each note was added or changed, and an article\'s dateModified moves with its note', async () => {
    const editor: Actor = await makeStaff('editor');
    const publish = async (headline: string, correctionNote: string) => {
      const made = await createDraft(editor, fieldsFor([editor.id], { headline, body: paragraphs(`${headline}.`), correctionNote }));
      if (!made.ok) throw new Error(made.error);
      const done = await publishNow(editor, { id: made.article.id });
      if (!done.ok) throw new Error(done.error);
      return done.article;
    };
    const edit = async (article: { id: string; version: number; fields: object }, change: object) => {
      const saved = await saveArticle(editor, { id: article.id, mode: 'manual', fields: { ...article.fields, ...change } });
      if (!saved.ok) throw new Error(saved.error);
      const updated = await updatePublished(editor, { id: article.id });
      if (!updated.ok) throw new Error(updated.error);
      return updated.article;
    };
    const modified = async (slug: string) => {
      const found = await findPublishedArticleBySlug(slug);
      return found.kind === 'found' ? found.value.modifiedAt : '';
    };
    const first = await publish('Ferry fares story', 'The fare is 3.20, not 2.30.');
    await publish('School meals story', 'The school is in Brindleford.');
    const top = async () => (await getCorrections(1)).items.slice(0, 2).map((c) => c.headline);
    expect(await top()).toEqual(['School meals story', 'Ferry fares story']);

    // A later edit that leaves the note alone moves dateModified but not the note's place.
    const before = await modified(first.fields.slug);
    const retitled = await edit(first, { dek: 'A new dek.' });
    expect(Date.parse(await modified(first.fields.slug))).toBeGreaterThan(Date.parse(before));
    expect(await top()).toEqual(['School meals story', 'Ferry fares story']);

    // Changing the note brings it to the top, and dateModified moves again.
    const beforeNote = await modified(first.fields.slug);
    await edit(retitled, { correctionNote: 'The fare is 3.20, not 2.30; the weekly pass is unchanged.' });
    expect(Date.parse(await modified(first.fields.slug))).toBeGreaterThan(Date.parse(beforeNote));
    expect(await top()).toEqual(['Ferry fares story', 'School meals story']);
    expect((await getCorrections(1)).items[0]!.note).toBe('The fare is 3.20, not 2.30; the weekly pass is unchanged.');
  });
});
