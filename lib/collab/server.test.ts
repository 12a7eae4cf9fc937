// Integration tests of the live-editing server over real WebSockets and the real database: who may
// connect and write (checked on the server: a read-only client's updates are refused), what is stored
// (Yjs state, and the article's fields through the save path with revisions), restores written into
// the open document, and connections dropped when access is taken away.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getDb } from '@/db/client';
import { articleCollabStates, articles, revisions } from '@/db/schema';
import { createDraft, getArticleForEditing } from '@/lib/articles/editorial';
import { fieldsFor, paragraphs } from '@/lib/articles/testing';
import { restoreRevision } from '@/lib/articles/revisions';
import { saveArticle } from '@/lib/articles/save';
import { trashArticle } from '@/lib/articles/workflow';
import { signedIn, makeUser } from '@/lib/sessions/testing';
import { changeStaffRole, setStaffDisabled } from '@/lib/users/staff';
import { bodyFromDoc, fieldsMap } from './doc-model';
import { announceAccessChange } from '@/lib/core/access-signal';
import { flushArticleDoc, pushArticleIntoLiveDoc, ACCESS_CHANGED } from './server';
import { shutDownCollab } from './shutdown';
import { connectClient, eventually, sessionCookie, startTestServer, type TestClient } from './testing';

let server: Awaited<ReturnType<typeof startTestServer>>;
const clients: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

async function staff(role: 'contributor' | 'author' | 'editor' | 'admin') {
  const user = await makeUser(role);
  const actor = await signedIn(user);
  return { ...actor, name: user.name, cookie: await sessionCookie(actor) };
}

function connect(articleId: string, cookie: string | null): TestClient {
  const client = connectClient(server.url, articleId, cookie);
  clients.push(client);
  return client;
}

async function draftBy(owner: { id: string; role: 'contributor' | 'author' | 'editor' | 'admin' }, text = 'The first paragraph.') {
  const created = await createDraft(owner, fieldsFor([owner.id], { headline: 'Council meets tonight', body: paragraphs(text) }));
  if (!created.ok) throw new Error(created.error);
  return created.article;
}

function typeAtEnd(doc: Y.Doc, text: string) {
  const paragraph = doc.getXmlFragment('body').get(0) as Y.XmlElement;
  const node = paragraph.get(0) as Y.XmlText;
  node.insert(node.length, text);
}

async function storedRow(articleId: string) {
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, articleId));
  return row!;
}

describe('connecting', () => {
  it('gives the article, body and fields, to a signed-in editor', async () => {
    const author = await staff('author');
    const article = await draftBy(author, 'Hello from the stored body.');
    const client = connect(article.id, author.cookie);
    expect(await client.ready).toBe(true);
    expect(JSON.stringify(bodyFromDoc(client.doc))).toContain('Hello from the stored body.');
    expect(fieldsMap(client.doc).get('headline')).toBe('Council meets tonight');
  });

  it('refuses a connection without a session, and one to an article the person may not see', async () => {
    const author = await staff('author');
    const other = await staff('author');
    const article = await draftBy(author);
    expect(await connect(article.id, null).ready).toBe(false);
    expect(await connect(article.id, other.cookie).ready).toBe(false);
  });
});

describe('writing', () => {
  it('merges two editors typing in the same paragraph and stores the result through the save path', async () => {
    const author = await staff('author');
    const editor = await staff('editor');
    const article = await draftBy(author, 'Start.');
    const a = connect(article.id, author.cookie);
    const b = connect(article.id, editor.cookie);
    expect(await a.ready).toBe(true);
    expect(await b.ready).toBe(true);
    typeAtEnd(a.doc, ' From A.');
    typeAtEnd(b.doc, ' From B.');
    fieldsMap(b.doc).set('dek', 'A dek from B');
    const text = () => JSON.stringify(bodyFromDoc(a.doc));
    await eventually(() => text().includes('From A.') && text().includes('From B.') && JSON.stringify(bodyFromDoc(b.doc)) === text());
    await flushArticleDoc(article.id);
    await eventually(async () => {
      const row = await storedRow(article.id);
      return JSON.stringify(row.body).includes('From A.') && JSON.stringify(row.body).includes('From B.') && row.dek === 'A dek from B';
    });
    const db = await getDb();
    const [state] = await db.select().from(articleCollabStates).where(eq(articleCollabStates.articleId, article.id));
    const restored = new Y.Doc();
    Y.applyUpdate(restored, state!.state);
    expect(JSON.stringify(bodyFromDoc(restored))).toContain('From B.');
    expect(state!.articleVersion).toBe((await storedRow(article.id)).version);
    const kinds = await db.select({ kind: revisions.kind }).from(revisions).where(eq(revisions.articleId, article.id));
    expect(kinds.map((r) => r.kind)).toContain('autosave');
  });

  it('keeps the document when the server unloads it and loads it again', async () => {
    const author = await staff('author');
    const article = await draftBy(author, 'Kept.');
    const a = connect(article.id, author.cookie);
    expect(await a.ready).toBe(true);
    typeAtEnd(a.doc, ' Typed live.');
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes('Typed live.'), 8000);
    a.destroy();
    // Unloaded once its last client left; the next client gets the stored state back.
    const b = connect(article.id, author.cookie);
    expect(await b.ready).toBe(true);
    expect(JSON.stringify(bodyFromDoc(b.doc))).toContain('Kept. Typed live.');
  });

  it('refuses every update from a contributor who may only read (sent straight to the server)', async () => {
    const contributor = await staff('contributor');
    const editor = await staff('editor');
    const article = await draftBy(contributor, 'Only editors now.');
    const db = await getDb();
    // Published: a contributor loses the pen but may still read it.
    await db.update(articles).set({ status: 'published' }).where(eq(articles.id, article.id));
    const watcher = connect(article.id, editor.cookie);
    const reader = connect(article.id, contributor.cookie);
    expect(await watcher.ready).toBe(true);
    expect(await reader.ready).toBe(true);
    // The client library sends these as Yjs updates; the server must drop them.
    typeAtEnd(reader.doc, ' Sneaky.');
    fieldsMap(reader.doc).set('headline', 'Changed by a reader');
    const raw = new Y.Doc();
    Y.applyUpdate(raw, Y.encodeStateAsUpdate(reader.doc));
    reader.provider.sendStateless('not an update');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(JSON.stringify(bodyFromDoc(watcher.doc))).not.toContain('Sneaky');
    expect(fieldsMap(watcher.doc).get('headline')).toBe('Council meets tonight');
    await flushArticleDoc(article.id);
    expect(JSON.stringify((await storedRow(article.id)).body)).not.toContain('Sneaky');
  });

  it('stores over a version made meanwhile outside the document as the next version, with no retry', async () => {
    const author = await staff('author');
    const article = await draftBy(author, 'Before.');
    const a = connect(article.id, author.cookie);
    expect(await a.ready).toBe(true);
    typeAtEnd(a.doc, ' First store.');
    await flushArticleDoc(article.id);
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes('First store.'));
    const first = (await storedRow(article.id)).version;
    // A save that did not go through the document (the document did not see its version).
    const outside = await saveArticle(author, { id: article.id, mode: 'manual', fields: fieldsFor([author.id], { headline: 'Council meets tonight', body: paragraphs('Before. First store.'), dek: 'Saved outside.' }) });
    expect(outside.ok && outside.article.version).toBe(first + 1);
    typeAtEnd(a.doc, ' Second store.');
    await flushArticleDoc(article.id);
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes('Second store.'));
    expect((await storedRow(article.id)).version).toBe(first + 2);
  });

  it('puts back bylines changed by someone who may not change them', async () => {
    const author = await staff('author');
    const other = await makeUser('author');
    const article = await draftBy(author);
    const a = connect(article.id, author.cookie);
    expect(await a.ready).toBe(true);
    fieldsMap(a.doc).set('authorIds', [other.id]);
    await flushArticleDoc(article.id);
    await eventually(() => JSON.stringify(fieldsMap(a.doc).get('authorIds')) === JSON.stringify([author.id]));
    const reread = await getArticleForEditing(author, article.id);
    expect(reread!.fields.authorIds).toEqual([author.id]);
  });

  it('writes a restored revision into the open document as a change everyone sees', async () => {
    const editor = await staff('editor');
    const article = await draftBy(editor, 'Version one.');
    const a = connect(article.id, editor.cookie);
    expect(await a.ready).toBe(true);
    typeAtEnd(a.doc, ' Then more.');
    await flushArticleDoc(article.id);
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes('Then more.'));
    const db = await getDb();
    const [first] = await db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(revisions.version).limit(1);
    const current = await storedRow(article.id);
    const restored = await restoreRevision(editor, { articleId: article.id, revisionId: first!.id, seenVersion: current.version });
    expect(restored.ok).toBe(true);
    await pushArticleIntoLiveDoc(editor, article.id);
    await eventually(() => !JSON.stringify(bodyFromDoc(a.doc)).includes('Then more.'));
    expect(JSON.stringify(bodyFromDoc(a.doc))).toContain('Version one.');
  });
});

describe('changes made outside the document', () => {
  it('merges a revision restored while nobody had the article open, on the next open', async () => {
    const editor = await staff('editor');
    const article = await draftBy(editor, 'Original words.');
    const first = connect(article.id, editor.cookie);
    expect(await first.ready).toBe(true);
    typeAtEnd(first.doc, ' Later words.');
    await flushArticleDoc(article.id);
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes('Later words.'));
    first.destroy();
    const db = await getDb();
    await eventually(async () => {
      const [row] = await db.select().from(articleCollabStates).where(eq(articleCollabStates.articleId, article.id));
      const doc = new Y.Doc();
      Y.applyUpdate(doc, row!.state);
      return JSON.stringify(bodyFromDoc(doc)).includes('Later words.');
    });
    const [original] = await db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(revisions.version).limit(1);
    const restored = await restoreRevision(editor, { articleId: article.id, revisionId: original!.id, seenVersion: (await storedRow(article.id)).version });
    expect(restored.ok).toBe(true);
    const again = connect(article.id, editor.cookie);
    expect(await again.ready).toBe(true);
    expect(JSON.stringify(bodyFromDoc(again.doc))).toContain('Original words.');
    expect(JSON.stringify(bodyFromDoc(again.doc))).not.toContain('Later words.');
  });

  /** An article open here with typing stored, and its first revision restored as another instance would (no local merge). */
  async function restoredElsewhere(original: string, later: string) {
    const editor = await staff('editor');
    const article = await draftBy(editor, original);
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    typeAtEnd(client.doc, later);
    await flushArticleDoc(article.id);
    await eventually(async () => JSON.stringify((await storedRow(article.id)).body).includes(later.trim()));
    const db = await getDb();
    const [first] = await db.select().from(revisions).where(eq(revisions.articleId, article.id)).orderBy(revisions.version).limit(1);
    const restored = await restoreRevision(editor, { articleId: article.id, revisionId: first!.id, seenVersion: (await storedRow(article.id)).version });
    expect(restored.ok).toBe(true);
    return { editor, article, client };
  }

  it('merges a revision restored on another instance into the document open on this one, once', async () => {
    const { article, client } = await restoredElsewhere('Words before.', ' Words after.');
    // What the restoring instance sends when it does not have the document open; heard twice, merged once.
    announceAccessChange({ articleId: article.id, fieldsChanged: true });
    announceAccessChange({ articleId: article.id, fieldsChanged: true });
    await eventually(() => !JSON.stringify(bodyFromDoc(client.doc)).includes('Words after.'));
    await flushArticleDoc(article.id);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const body = JSON.stringify(bodyFromDoc(client.doc));
    expect(body.split('Words before.').length - 1).toBe(1);
    expect(JSON.stringify((await storedRow(article.id)).body)).not.toContain('Words after.');
  });

  it('merges a restore before storing the open document, so a store before the announcement does not save the old text over it', async () => {
    const { article, client } = await restoredElsewhere('Kept words.', ' Dropped words.');
    const restoredVersion = (await storedRow(article.id)).version;
    // The announcement has not arrived: typing makes this instance store its (pre-restore) document.
    typeAtEnd(client.doc, ' More.');
    await flushArticleDoc(article.id);
    await eventually(() => !JSON.stringify(bodyFromDoc(client.doc)).includes('Dropped words.'));
    await flushArticleDoc(article.id);
    const row = await storedRow(article.id);
    expect(row.version).toBeGreaterThanOrEqual(restoredVersion);
    expect(JSON.stringify(row.body)).toContain('Kept words.');
    expect(JSON.stringify(row.body)).not.toContain('Dropped words.');
  });
});

describe('hostile documents', () => {
  it('refuses a body nested thousands deep with the depth message before any other editor receives it, stores nothing of it and keeps serving', async () => {
    const editor = await staff('editor');
    const article = await draftBy(editor, 'Safe text.');
    const other = connect(article.id, editor.cookie);
    expect(await other.ready).toBe(true);
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    const messages: string[] = [];
    client.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(payload));
    client.doc.transact(() => {
      let parent: Y.XmlFragment | Y.XmlElement = client.doc.getXmlFragment('body');
      for (let i = 0; i < 5000; i++) {
        const quote: Y.XmlElement = new Y.XmlElement('blockquote');
        parent.insert(parent.length, [quote]);
        parent = quote;
      }
    });
    await eventually(() => messages.some((m) => m.includes('nested too deeply')));
    // Typing in the same article still reaches the other editor; the nesting never did.
    const third = connect(article.id, editor.cookie);
    expect(await third.ready).toBe(true);
    typeAtEnd(third.doc, ' Still here.');
    await eventually(() => JSON.stringify(bodyFromDoc(other.doc)).includes('Still here.'));
    expect(other.doc.getXmlFragment('body').toArray().some((node) => node instanceof Y.XmlElement && node.nodeName === 'blockquote')).toBe(false);
    await flushArticleDoc(article.id);
    expect(JSON.stringify((await storedRow(article.id)).body)).toContain('Safe text.');
  });

  for (const [what, src, change] of [
    ['a javascript: figure', 'javascript:alert(1)', false],
    ['an off-site figure', 'https://evil.example/x.png', false],
    ['an existing figure whose src is changed to off-site', 'https://evil.example/x.png', true],
  ] as const) {
    it(`refuses ${what} before any other editor receives it, and tells the sender`, async () => {
      const editor = await staff('editor');
      const article = await draftBy(editor, 'Safe text.');
      const other = connect(article.id, editor.cookie);
      const client = connect(article.id, editor.cookie);
      expect(await other.ready).toBe(true);
      expect(await client.ready).toBe(true);
      const messages: string[] = [];
      client.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(payload));
      const figure = new Y.XmlElement('figure');
      figure.setAttribute('mediaId', '00000000-0000-4000-8000-000000000000');
      figure.setAttribute('src', change ? '/media/ok.png' : src);
      client.doc.getXmlFragment('body').insert(1, [figure]);
      if (change) {
        await eventually(() => other.doc.getXmlFragment('body').length === 2);
        figure.setAttribute('src', src);
      }
      await eventually(() => messages.some((m) => m.includes('Images must come from the media library')));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(JSON.stringify(other.doc.getXmlFragment('body').toJSON())).not.toContain(src);
      const before = (await storedRow(article.id)).body;
      await flushArticleDoc(article.id);
      expect(JSON.stringify((await storedRow(article.id)).body)).not.toContain(src);
      expect(JSON.stringify((await storedRow(article.id)).body)).toBe(JSON.stringify(before));
    });
  }

  it('refuses field values the save path refuses (a malformed slug) and says which field', async () => {
    const editor = await staff('editor');
    const article = await draftBy(editor);
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    const messages: string[] = [];
    client.provider.on('stateless', ({ payload }: { payload: string }) => messages.push(payload));
    fieldsMap(client.doc).set('slug', 'Not A Slug!');
    await flushArticleDoc(article.id);
    await eventually(() => messages.some((m) => m.includes('"not-saved"') && m.includes('"slug"')));
    expect((await storedRow(article.id)).slug).not.toBe('Not A Slug!');
  });
});

describe('losing access', () => {
  it('disconnects a person whose account is disabled, and lets nobody back in with that session', async () => {
    const admin = await staff('admin');
    const editor = await staff('editor');
    const article = await draftBy(admin);
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    const result = await setStaffDisabled(admin, { userId: editor.id, disabled: true });
    expect(result.ok).toBe(true);
    expect(await client.closed).toBe(ACCESS_CHANGED.code);
    expect(await connect(article.id, editor.cookie).ready).toBe(false);
  });

  it('disconnects on a role change and on trashing the article', async () => {
    const admin = await staff('admin');
    const editor = await staff('editor');
    const article = await draftBy(admin);
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    expect((await changeStaffRole(admin, { userId: editor.id, role: 'author' })).ok).toBe(true);
    expect(await client.closed).toBe(ACCESS_CHANGED.code);

    const author = await staff('author');
    const own = await draftBy(author);
    const again = connect(own.id, author.cookie);
    expect(await again.ready).toBe(true);
    const trashed = await trashArticle(admin, { id: own.id });
    expect(trashed.ok).toBe(true);
    expect(await again.closed).toBe(ACCESS_CHANGED.code);
  });
});

describe('stopping', () => {
  it('stores what was typed and closes the sockets, so the process can exit on SIGTERM', async () => {
    const editor = await staff('editor');
    const article = await draftBy(editor, 'Before the stop.');
    const client = connect(article.id, editor.cookie);
    expect(await client.ready).toBe(true);
    typeAtEnd(client.doc, ' Typed just before.');
    await eventually(() => !client.provider.hasUnsyncedChanges);
    await shutDownCollab();
    expect(await client.closed).toBe(1012);
    expect(JSON.stringify((await storedRow(article.id)).body)).toContain('Typed just before.');
  });
});
