// Integration tests: revisions are kept per save, autosaves coalesce per person and minute,
// and a restore is a new version with the old content.
import { asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { revisions } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { createDraft } from './editorial';
import { getRevision, listRevisions, restoreRevision } from './revisions';
import { saveArticle, type SavedArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';

let editor: Actor;
let author: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
  author = await makeStaff('author');
});

async function rows(articleId: string) {
  const db = await getDb();
  return db.select().from(revisions).where(eq(revisions.articleId, articleId)).orderBy(asc(revisions.version), asc(revisions.createdAt));
}

async function save(actor: Actor, article: SavedArticle, text: string, mode: 'autosave' | 'manual') {
  const result = await saveArticle(actor, { id: article.id, mode, fields: { ...article.fields, body: paragraphs(text) } });
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

describe('revisions', () => {
  it('coalesces one person’s autosaves within a minute, also while others write in between', async () => {
    const created = await createDraft(author, fieldsFor([author.id], { headline: 'Market day moves' }));
    if (!created.ok) throw new Error(created.error);
    let a: SavedArticle = created.article;
    a = await save(author, a, 'One', 'autosave');
    a = await save(author, a, 'One two', 'autosave');
    a = await save(author, a, 'One two three', 'autosave');
    let list = await rows(a.id);
    expect(list.map((r) => r.kind)).toEqual(['save', 'autosave']);
    expect(list[1]!.version).toBe(a.version);
    expect(JSON.stringify(list[1]!.snapshot.body)).toContain('One two three');

    // A manual save always gets its own row, and the next autosave starts a new one.
    a = await save(author, a, 'One two three four', 'manual');
    a = await save(author, a, 'Five', 'autosave');
    list = await rows(a.id);
    expect(list.map((r) => r.kind)).toEqual(['save', 'autosave', 'save', 'autosave']);

    // Someone else's autosave is theirs.
    a = await save(editor, a, 'Edited by the editor', 'autosave');
    list = await rows(a.id);
    expect(list.map((r) => r.authorId)).toEqual([author.id, author.id, author.id, author.id, editor.id]);

    // Writing together: the author's next autosave within the minute joins the author's own row, though
    // the editor's came in between; that row now holds the newest version.
    const authorsRowId = list[3]!.id;
    a = await save(author, a, 'Edited by the editor, and by the author', 'autosave');
    list = await rows(a.id);
    expect(list).toHaveLength(5);
    const authorsRow = list.find((r) => r.id === authorsRowId)!;
    expect(authorsRow.version).toBe(a.version);
    expect(JSON.stringify(authorsRow.snapshot.body)).toContain('and by the author');

    // After a minute a new row starts even for the same person.
    const db = await getDb();
    const editorsRow = list.find((r) => r.authorId === editor.id)!;
    await db.update(revisions).set({ createdAt: sql`now() - interval '2 minutes'` }).where(eq(revisions.id, editorsRow.id));
    a = await save(editor, a, 'Later by the editor', 'autosave');
    expect((await rows(a.id)).length).toBe(6);
  });

  it('lists, shows and restores a revision as a new version', async () => {
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Orchard harvest', body: paragraphs('First draft text.') }));
    if (!created.ok) throw new Error(created.error);
    let a: SavedArticle = created.article;
    a = await save(editor, a, 'Second draft text.', 'manual');
    a = await save(editor, a, 'Third draft text.', 'manual');

    const list = await listRevisions(editor, a.id);
    expect(list!.map((r) => r.version)).toEqual([3, 2, 1]);
    expect(list![0]!.author?.id).toBe(editor.id);
    const first = list!.find((r) => r.version === 1)!;
    const detail = await getRevision(editor, a.id, first.id);
    expect(JSON.stringify(detail!.snapshot.body)).toContain('First draft text.');

    const stale = await restoreRevision(editor, { articleId: a.id, revisionId: first.id, seenVersion: 2 });
    expect(!stale.ok && stale.code).toBe('conflict');

    const restored = await restoreRevision(editor, { articleId: a.id, revisionId: first.id, seenVersion: a.version });
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    expect(restored.article.version).toBe(4);
    expect(JSON.stringify(restored.article.fields.body)).toContain('First draft text.');
    const after = await rows(a.id);
    expect(after.at(-1)!.kind).toBe('restore');
    // Nothing in between is lost: the third draft is still a revision.
    expect(after.some((r) => JSON.stringify(r.snapshot.body).includes('Third draft text.'))).toBe(true);
  });

  it('does not show revisions to staff who may not see the article', async () => {
    const contributor = await makeStaff('contributor');
    const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Private to editors' }));
    if (!created.ok) throw new Error(created.error);
    expect(await listRevisions(contributor, created.article.id)).toBeNull();
    const list = await listRevisions(editor, created.article.id);
    const refused = await restoreRevision(contributor, { articleId: created.article.id, revisionId: list![0]!.id, seenVersion: created.article.version });
    expect(!refused.ok && refused.code).toBe('forbidden');
  });
});
