// Integration tests: optimistic concurrency (a stale save is refused with the newer version and
// overwrites nothing) and private edits to published articles until "Update".
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, publishedArticles, redirects as redirectsTable } from '@/db/schema';
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

describe('conflicts', () => {
  it('refuses a save based on an older version and returns the newer one', async () => {
    const created = await createDraft(author, fieldsFor([author.id], { headline: 'Library hours extended' }));
    if (!created.ok) throw new Error(created.error);
    const base = created.article.version;

    const first = await saveArticle(author, { id: created.article.id, baseVersion: base, mode: 'autosave', fields: fieldsFor([author.id], { headline: 'Library hours extended', body: paragraphs('From the author.') }) });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.article.version).toBe(base + 1);

    const stale = await saveArticle(editor, { id: created.article.id, baseVersion: base, mode: 'manual', fields: fieldsFor([author.id], { headline: 'Library hours extended', body: paragraphs('From the editor.') }) });
    expect(stale.ok).toBe(false);
    if (stale.ok) return;
    expect(stale.code).toBe('conflict');
    expect(stale.error).toMatch(/changed by someone else/);
    if (stale.code !== 'conflict' || !('latest' in stale)) throw new Error('expected the latest version');
    expect(stale.latest.version).toBe(base + 1);
    expect(JSON.stringify(stale.latest.fields.body)).toContain('From the author.');

    const db = await getDb();
    const [row] = await db.select().from(articles).where(eq(articles.id, created.article.id));
    expect(JSON.stringify(row!.body)).toContain('From the author.');
    expect(row!.version).toBe(base + 1);
  });

  it('lets only one of two concurrent saves from the same version through', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Two windows' }));
    if (!created.ok) throw new Error(created.error);
    const save = (text: string) =>
      saveArticle(editor, { id: created.article.id, baseVersion: created.article.version, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Two windows', body: paragraphs(text) }) });
    const results = await Promise.all([save('Window one.'), save('Window two.')]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === 'conflict')).toHaveLength(1);
  });

  it('does not make a version for an autosave of unchanged content', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Nothing new' }));
    if (!created.ok) throw new Error(created.error);
    const again = await saveArticle(editor, { id: created.article.id, baseVersion: created.article.version, mode: 'autosave', fields: created.article.fields });
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
      baseVersion: published.article.version,
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
      baseVersion: updated.article.version,
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
    const saved = await saveArticle(editor, { id: created.article.id, baseVersion: created.article.version, mode: 'manual', fields: fieldsFor([editor.id], { headline: 'Unseen changes', body: paragraphs('Newer.') }) });
    expect(saved.ok).toBe(true);
    const result = await publishNow(editor, { id: created.article.id, version: created.article.version });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.code).toBe('conflict');
    expect((await getArticleForEditing(editor, created.article.id))!.status).toBe('draft');
  });
});
