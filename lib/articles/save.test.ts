// Integration tests: saves name no version (the live document merges concurrent edits), so saves in a
// row or at once each land as the next version; each checks the saver's access on the locked row; and
// edits to a published article stay private until "Update".
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, publishedArticles, redirects as redirectsTable, revisions } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { createDraft, getArticleForEditing } from './editorial';
import { saveArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';
import { publishNow, updatePublished } from './workflow';

let editor: Actor;
let author: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
  author = await makeStaff('author');
});

async function storedRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row!;
}

describe('saving', () => {
  it('lands two saves in a row by two people, each as the next version, the later one on top', async () => {
    const created = await createDraft(author, fieldsFor([author.id], { headline: 'Library hours extended' }));
    if (!created.ok) throw new Error(created.error);
    const base = created.article.version;

    const first = await saveArticle(author, { id: created.article.id, mode: 'autosave', fields: fieldsFor([author.id], { headline: 'Library hours extended', body: paragraphs('From the author.') }) });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.article.version).toBe(base + 1);

    // Made from the same screen the author started with: no version to be stale against.
    const second = await saveArticle(editor, { id: created.article.id, mode: 'manual', fields: fieldsFor([author.id], { headline: 'Library hours extended', body: paragraphs('From the editor.') }) });
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.article.version).toBe(base + 2);
    expect(JSON.stringify(second.article.fields.body)).toContain('From the editor.');

    const row = await storedRow(created.article.id);
    expect(JSON.stringify(row.body)).toContain('From the editor.');
    expect(row.version).toBe(base + 2);
    expect(row.updatedById).toBe(editor.id);
    const db = await getDb();
    const kept = await db.select().from(revisions).where(eq(revisions.articleId, created.article.id)).orderBy(asc(revisions.version));
    expect(kept.map((r) => r.version)).toEqual([base, base + 1, base + 2]);
    expect(JSON.stringify(kept[1]!.snapshot.body)).toContain('From the author.');
  });

  it('queues two concurrent saves on the row lock: both land, one version each, the later one stored', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Two windows' }));
    if (!created.ok) throw new Error(created.error);
    const save = (text: string) => saveArticle(editor, { id: created.article.id, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Two windows', body: paragraphs(text) }) });
    const results = await Promise.all([save('Window one.'), save('Window two.')]);
    const versions = results.map((r) => (r.ok ? r.article.version : null));
    expect([...versions].sort()).toEqual([created.article.version + 1, created.article.version + 2]);
    const later = results.find((r) => r.ok && r.article.version === created.article.version + 2);
    const row = await storedRow(created.article.id);
    expect(row.version).toBe(created.article.version + 2);
    expect(later?.ok && JSON.stringify(row.body)).toBe(later?.ok && JSON.stringify(later.article.fields.body));
  });

  it('refuses a save by someone who lost the pen since they opened the article, and writes nothing', async () => {
    const created = await createDraft(editor, fieldsFor([author.id], { headline: 'Taken off the story' }));
    if (!created.ok) throw new Error(created.error);
    const opened = await getArticleForEditing(author, created.article.id);
    expect(opened?.abilities.edit).toBe(true);
    const moved = await saveArticle(editor, { id: created.article.id, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Taken off the story' }) });
    expect(moved.ok).toBe(true);
    const before = await storedRow(created.article.id);

    const refused = await saveArticle(author, { id: created.article.id, mode: 'autosave', fields: fieldsFor([author.id], { headline: 'Taken off the story', body: paragraphs('Late words.') }) });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    const after = await storedRow(created.article.id);
    expect(after.version).toBe(before.version);
    expect(JSON.stringify(after.body)).not.toContain('Late words.');
  });

  it('for the live document, keeps stored values of fields it lacks and puts back bylines its editor may not change', async () => {
    const created = await createDraft(author, fieldsFor([author.id], { headline: 'Partial fields', dek: 'Stored dek.' }));
    if (!created.ok) throw new Error(created.error);
    const result = await saveArticle(author, { id: created.article.id, mode: 'autosave', fields: { headline: 'Partial fields, new', authorIds: [editor.id], body: paragraphs('Typed.') } }, { fromLiveDocument: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.fields).toMatchObject({ headline: 'Partial fields, new', dek: 'Stored dek.', authorIds: [author.id] });
    expect((await storedRow(created.article.id)).dek).toBe('Stored dek.');
    // Anyone else's save with a byline change is refused, as before.
    const refused = await saveArticle(author, { id: created.article.id, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Partial fields' }) });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden', fieldErrors: { authorIds: expect.any(String) } });
  });

  it('does not make a version for an autosave of unchanged content', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Nothing new' }));
    if (!created.ok) throw new Error(created.error);
    const again = await saveArticle(editor, { id: created.article.id, mode: 'autosave', fields: created.article.fields });
    expect(again.ok && again.changed).toBe(false);
    expect(again.ok && again.article.version).toBe(created.article.version);
  });
});

describe('editing a published article', () => {
  it('keeps edits private until Update, then moves the public slug and leaves a redirect', async () => {
    const created = await createDraft(author, fieldsFor([author.id], { headline: 'Bridge reopens', slug: 'bridge-reopens', body: paragraphs('Original text.') }));
    if (!created.ok) throw new Error(created.error);
    const published = await publishNow(author, { id: created.article.id, version: created.article.version });
    expect(published.ok).toBe(true);
    if (!published.ok) return;

    const edited = await saveArticle(author, {
      id: created.article.id,
      mode: 'manual',
      fields: fieldsFor([author.id], { headline: 'Bridge reopens after repairs', slug: 'bridge-reopens-after-repairs', body: paragraphs('Revised text.') }),
    });
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.article.hasUnpublishedChanges).toBe(true);
    expect(edited.article.status).toBe('published');

    const db = await getDb();
    const [publicRow] = await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, created.article.id));
    expect(publicRow!.slug).toBe('bridge-reopens');
    expect(publicRow!.bodyText).toBe('Original text.');

    const updated = await updatePublished(author, { id: created.article.id, version: edited.article.version });
    expect(updated.ok).toBe(true);
    if (!updated.ok) return;
    expect(updated.article.hasUnpublishedChanges).toBe(false);
    const [after] = await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, created.article.id));
    expect(after!.slug).toBe('bridge-reopens-after-repairs');
    expect(after!.bodyText).toBe('Revised text.');
    expect(after!.publishedAt.getTime()).toBe(publicRow!.publishedAt.getTime());
    const redirects = await db.select().from(redirectsTable).where(eq(redirectsTable.articleId, created.article.id));
    expect(redirects.map((r) => r.fromPath)).toEqual(['/news/bridge-reopens']);

    // Moving back to the old slug takes the redirect back rather than pointing the address at itself.
    const back = await saveArticle(author, {
      id: created.article.id,
      mode: 'manual',
      fields: fieldsFor([author.id], { headline: 'Bridge reopens', slug: 'bridge-reopens', body: paragraphs('Revised text.') }),
    });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect((await updatePublished(author, { id: created.article.id })).ok).toBe(true);
    const finalRedirects = await db.select().from(redirectsTable).where(eq(redirectsTable.articleId, created.article.id));
    expect(finalRedirects.map((r) => r.fromPath)).toEqual(['/news/bridge-reopens-after-repairs']);
  });

  it('refuses to publish a version the publisher has not seen', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Unseen changes' }));
    if (!created.ok) throw new Error(created.error);
    const saved = await saveArticle(editor, { id: created.article.id, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Unseen changes', body: paragraphs('Newer.') }) });
    expect(saved.ok).toBe(true);
    const result = await publishNow(editor, { id: created.article.id, version: created.article.version });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('conflict');
    expect((await getArticleForEditing(editor, created.article.id))!.status).toBe('draft');
  });
});
