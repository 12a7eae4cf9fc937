// Standalone pages through the real editorial layer: who may create one, slugs the site already
// answers are refused with a message for the slug field, publishing makes the page public at /<slug>
// (and only there), a new slug leaves the old one redirecting, revisions and the audit log as for articles.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, publishedArticles, revisions } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { checkSlugAvailability, createDraft, listArticlesForDashboard } from './editorial';
import { saveArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';
import { publishNow, unpublishArticle, updatePublished } from './workflow';
import { findPublishedArticleBySlug } from './public';
import { getPublishedPageBySlug } from './public-pages';
import { reservedPageSlugMessage } from '@/lib/core/page-slugs';

let editor: Actor;
let author: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
  author = await makeStaff('author');
});

async function newPage(headline: string) {
  const created = await createDraft(editor, {}, { kind: 'page' });
  if (!created.ok) throw new Error(created.error);
  const saved = await saveArticle(editor, { id: created.article.id, mode: 'manual', fields: fieldsFor([editor.id], { headline, slug: '', body: paragraphs(`${headline} text.`) }) });
  if (!saved.ok) throw new Error(saved.error);
  return saved.article;
}

describe('standalone pages', () => {
  it('only editors and admins create them', async () => {
    const refused = await createDraft(author, {}, { kind: 'page' });
    expect(refused).toMatchObject({ ok: false, code: 'forbidden' });
    const made = await createDraft(editor, {}, { kind: 'page' });
    expect(made.ok && made.article.kind).toBe('page');
  });

  it('refuses a slug the site already answers, next to the slug field, on save and in the live check', async () => {
    const page = await newPage('Search help');
    const saved = await saveArticle(editor, { id: page.id, mode: 'manual', fields: { ...page.fields, slug: 'search' } });
    expect(saved).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: reservedPageSlugMessage('search') } });
    expect(await checkSlugAvailability(editor, { slug: 'corrections', articleId: page.id })).toEqual({ ok: false, error: reservedPageSlugMessage('corrections') });
    // An article may use the word: it lives under /news/.
    const article = await createDraft(editor, fieldsFor([editor.id], { headline: 'A story', slug: 'search' }));
    expect(article.ok).toBe(true);
  });

  it('publishes at /<slug>, not at /news/<slug>; a new slug redirects from the old; unpublishing hides it', async () => {
    const page = await newPage('Ethics policy');
    expect(page.fields.slug).toBe('ethics-policy');
    expect((await getPublishedPageBySlug('ethics-policy')).kind).toBe('missing');
    const published = await publishNow(editor, { id: page.id });
    expect(published.ok).toBe(true);
    const found = await getPublishedPageBySlug('ethics-policy');
    expect(found.kind === 'found' && found.value.headline).toBe('Ethics policy');
    expect((await findPublishedArticleBySlug('ethics-policy')).kind).toBe('missing');

    const db = await getDb();
    const [pub] = await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, page.id));
    expect(pub).toMatchObject({ kind: 'page', authorIds: [], tagIds: [] });

    const current = published.ok ? published.article : page;
    const renamed = await saveArticle(editor, { id: page.id, mode: 'manual', fields: { ...current.fields, slug: 'ethics' } });
    expect(renamed.ok).toBe(true);
    const updated = await updatePublished(editor, { id: page.id });
    expect(updated.ok).toBe(true);
    expect(await getPublishedPageBySlug('ethics-policy')).toEqual({ kind: 'redirect', slug: 'ethics' });

    expect(await db.select().from(revisions).where(and(eq(revisions.articleId, page.id), eq(revisions.kind, 'publish')))).toHaveLength(2);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.objectId, page.id), eq(auditLog.action, 'article.published')))).toHaveLength(1);

    expect((await unpublishArticle(editor, { id: page.id })).ok).toBe(true);
    expect((await getPublishedPageBySlug('ethics')).kind).toBe('missing');
  });

  it('lists pages apart from articles in the dashboard', async () => {
    await newPage('Contact the desk');
    const pages = await listArticlesForDashboard(editor, { kind: 'page' });
    const stories = await listArticlesForDashboard(editor, {});
    expect(pages.items.map((i) => i.headline)).toContain('Contact the desk');
    expect(stories.items.map((i) => i.headline)).not.toContain('Contact the desk');
  });
});
