// An article's or a page's old public addresses through the real workflow: each slug change leaves the
// old address following the article (one hop, whatever it is called since), a slug changed back takes
// its address back (the live page is never shadowed), and another article cannot take an old address.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, redirects } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { resolveOldAddress } from '@/lib/redirects/public';
import { createDraft } from './editorial';
import { findPublishedArticleBySlug } from './public';
import { getPublishedPageBySlug } from './public-pages';
import { saveArticle } from './save';
import { fieldsFor, makeStaff, paragraphs } from './testing';
import { publishNow, updatePublished } from './workflow';
import type { ArticleKind } from '@/db/schema';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

async function published(kind: ArticleKind, slug: string) {
  const created = await createDraft(editor, fieldsFor([editor.id], { headline: `Headline of ${slug}`, slug, body: paragraphs('Text.') }), { kind });
  if (!created.ok) throw new Error(created.error);
  const done = await publishNow(editor, { id: created.article.id });
  if (!done.ok) throw new Error(done.error);
  return created.article.id;
}

/** Saves a new slug and publishes it with "Update", as an editor does. */
async function moveTo(id: string, slug: string) {
  const saved = await saveArticle(editor, { id, mode: 'manual', fields: fieldsFor([editor.id], { headline: `Headline of ${slug}`, slug, body: paragraphs('Text.') }) });
  if (!saved.ok) throw new Error(saved.error);
  const updated = await updatePublished(editor, { id });
  if (!updated.ok) throw new Error(updated.error);
}

async function oldAddressesOf(id: string) {
  const rows = await (await getDb()).select().from(redirects).where(eq(redirects.articleId, id));
  return rows.map((r) => `${r.fromPath} ${r.source}`).sort();
}

describe('old addresses of articles and pages', () => {
  it('follow an article through every rename in one hop', async () => {
    const id = await published('article', 'harbour-wall-cracks');
    await moveTo(id, 'harbour-wall-repaired');
    await moveTo(id, 'harbour-wall-reopens');
    expect(await oldAddressesOf(id)).toEqual(['/news/harbour-wall-cracks slug-change', '/news/harbour-wall-repaired slug-change']);
    expect(await resolveOldAddress('/news/harbour-wall-cracks')).toEqual({ kind: 'article', id });
    expect(await findPublishedArticleBySlug('harbour-wall-cracks')).toEqual({ kind: 'redirect', slug: 'harbour-wall-reopens' });
    expect(await findPublishedArticleBySlug('harbour-wall-repaired')).toEqual({ kind: 'redirect', slug: 'harbour-wall-reopens' });
    expect((await findPublishedArticleBySlug('harbour-wall-reopens')).kind).toBe('found');
  });

  it('give an address back when the slug changes back: the live page answers, not a redirect to itself', async () => {
    const id = await published('article', 'ferry-strike-called');
    await moveTo(id, 'ferry-strike-off');
    await moveTo(id, 'ferry-strike-called');
    expect(await oldAddressesOf(id)).toEqual(['/news/ferry-strike-off slug-change']);
    expect(await resolveOldAddress('/news/ferry-strike-called')).toBeNull();
    const found = await findPublishedArticleBySlug('ferry-strike-called');
    expect(found.kind === 'found' && found.value.id).toBe(id);
    expect(await findPublishedArticleBySlug('ferry-strike-off')).toEqual({ kind: 'redirect', slug: 'ferry-strike-called' });
  });

  it('keep a page’s old address at the top level, and refuse it to any other article or page', async () => {
    const id = await published('page', 'advertise');
    await moveTo(id, 'advertise-with-us');
    expect(await oldAddressesOf(id)).toEqual(['/advertise slug-change']);
    expect(await getPublishedPageBySlug('advertise')).toEqual({ kind: 'redirect', slug: 'advertise-with-us' });
    // Articles and pages share one slug space: neither kind may take the old address.
    for (const kind of ['article', 'page'] as const) {
      const other = await createDraft(editor, fieldsFor([editor.id], { headline: 'Another', slug: 'advertise' }), { kind });
      expect(other).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: expect.stringMatching(/old address of another article/) } });
    }
    // An old page slug is not an article address.
    expect((await findPublishedArticleBySlug('advertise')).kind).toBe('missing');
  });

  it('go with the article when it is deleted', async () => {
    const id = await published('article', 'short-lived-story');
    await moveTo(id, 'short-lived-story-2');
    const db = await getDb();
    await db.delete(articles).where(eq(articles.id, id));
    expect(await resolveOldAddress('/news/short-lived-story')).toBeNull();
  });
});
