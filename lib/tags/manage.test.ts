// Integration tests: tag management keeps working and public copies in step, and leaves redirects.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articleTags, publishedArticles, redirects as redirectsTable, tags } from '@/db/schema';
import { createDraft } from '@/lib/articles/editorial';
import { fieldsFor, makeStaff } from '@/lib/articles/testing';
import { publishNow } from '@/lib/articles/workflow';
import type { Actor } from '@/lib/permissions/can';
import { listTagsPage } from './dashboard-list';
import { createTag, deleteTag, mergeTags, updateTag } from './manage';
import { getTagBySlug } from './public';

let editor: Actor;
let contributor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
  contributor = await makeStaff('contributor');
});

async function publishedWith(tagIds: string[]) {
  const created = await createDraft(editor, fieldsFor([editor.id], { headline: `Tagged ${crypto.randomUUID().slice(0, 6)}`, tagIds }));
  if (!created.ok) throw new Error(created.error);
  const published = await publishNow(editor, { id: created.article.id });
  if (!published.ok) throw new Error(published.error);
  return created.article.id;
}

async function publicTags(articleId: string) {
  const db = await getDb();
  const [row] = await db.select({ tagIds: publishedArticles.tagIds }).from(publishedArticles).where(eq(publishedArticles.articleId, articleId));
  return row!.tagIds;
}

describe('tags', () => {
  it('lets any staff create a tag, with a slug from the name; duplicates are refused', async () => {
    const created = await createTag(contributor, { name: 'Rail & Roads' });
    expect(created.ok && created.tag.slug).toBe('rail-and-roads');
    const again = await createTag(editor, { name: 'rail & roads' });
    expect(!again.ok && again.fieldErrors?.name).toMatch(/already exists/);
    const badSlug = await createTag(editor, { name: 'Ports', slug: 'Ports!' });
    expect(!badSlug.ok && badSlug.fieldErrors?.slug).toBeTruthy();
  });

  it('renames with a redirect from the old slug; only editors may', async () => {
    const created = await createTag(editor, { name: 'Council' });
    if (!created.ok) throw new Error(created.error);
    const refused = await updateTag(contributor, { id: created.tag.id, name: 'City council', slug: 'city-council', description: '' });
    expect(!refused.ok && refused.code).toBe('forbidden');
    const renamed = await updateTag(editor, { id: created.tag.id, name: 'City council', slug: 'city-council', description: 'Votes and budgets.' });
    expect(renamed.ok && renamed.tag.slug).toBe('city-council');
    const db = await getDb();
    const redirects = await db.select().from(redirectsTable).where(eq(redirectsTable.tagId, created.tag.id));
    expect(redirects.map((r) => r.fromPath)).toEqual(['/tag/council']);
    // The old slug now belongs to this tag's history: another tag cannot take it.
    const taken = await createTag(editor, { name: 'Council two', slug: 'council' });
    expect(!taken.ok && taken.fieldErrors?.slug).toMatch(/old address/);
  });

  it('follows a tag through renames in one hop, and gives an address back when the slug changes back', async () => {
    const created = await createTag(editor, { name: 'Ferries' });
    if (!created.ok) throw new Error(created.error);
    const id = created.tag.id;
    const rename = (slug: string) => updateTag(editor, { id, name: 'Ferries', slug, description: '' });
    expect((await rename('ferry-services')).ok).toBe(true);
    expect((await rename('boats')).ok).toBe(true);
    expect(await getTagBySlug('ferries')).toEqual({ kind: 'redirect', slug: 'boats' });
    expect(await getTagBySlug('ferry-services')).toEqual({ kind: 'redirect', slug: 'boats' });
    expect((await rename('ferries')).ok).toBe(true);
    const db = await getDb();
    expect((await db.select().from(redirectsTable).where(eq(redirectsTable.tagId, id))).map((r) => r.fromPath).sort()).toEqual(['/tag/boats', '/tag/ferry-services']);
    expect(await getTagBySlug('ferries')).toMatchObject({ kind: 'tag', tag: { id, slug: 'ferries' } });
    expect(await getTagBySlug('boats')).toEqual({ kind: 'redirect', slug: 'ferries' });
  });

  it('merges two tags in working and public copies and redirects the old slug', async () => {
    const from = await createTag(editor, { name: 'Footie' });
    const into = await createTag(editor, { name: 'Football' });
    if (!from.ok || !into.ok) throw new Error('tags');
    const onlyFrom = await publishedWith([from.tag.id]);
    const both = await publishedWith([from.tag.id, into.tag.id]);

    const merged = await mergeTags(editor, { fromId: from.tag.id, intoId: into.tag.id });
    expect(merged.ok).toBe(true);
    expect(await publicTags(onlyFrom)).toEqual([into.tag.id]);
    expect(await publicTags(both)).toEqual([into.tag.id]);
    const db = await getDb();
    expect(await db.select().from(tags).where(eq(tags.id, from.tag.id))).toHaveLength(0);
    expect((await db.select().from(articleTags).where(eq(articleTags.tagId, into.tag.id))).map((l) => l.articleId).sort()).toEqual([onlyFrom, both].sort());
    const [redirect] = await db.select().from(redirectsTable).where(eq(redirectsTable.fromPath, '/tag/footie'));
    expect(redirect!.tagId).toBe(into.tag.id);
    expect(await getTagBySlug('footie')).toEqual({ kind: 'redirect', slug: into.tag.slug });
    const row = (await listTagsPage(editor, { query: 'Football' })).items.find((t) => t.id === into.tag.id);
    expect(row).toMatchObject({ articleCount: 2, publishedCount: 2 });
  });

  it('refuses a merge into itself, into a missing tag or by a contributor, with a clear message and nothing changed', async () => {
    const from = await createTag(editor, { name: 'Weather' });
    const into = await createTag(editor, { name: 'Climate' });
    if (!from.ok || !into.ok) throw new Error('tags');
    const article = await publishedWith([from.tag.id]);
    const itself = await mergeTags(editor, { fromId: from.tag.id, intoId: from.tag.id });
    expect(!itself.ok && itself.fieldErrors?.into).toBe('Choose a different tag to merge into.');
    const missing = await mergeTags(editor, { fromId: from.tag.id, intoId: crypto.randomUUID() });
    expect(!missing.ok && missing.fieldErrors?.into).toMatch(/no longer exists/);
    const notAUuid = await mergeTags(editor, { fromId: from.tag.id, intoId: 'climate' });
    expect(!notAUuid.ok && notAUuid.fieldErrors?.into).toBe('Choose the tag to merge into.');
    const refused = await mergeTags(contributor, { fromId: from.tag.id, intoId: into.tag.id });
    expect(!refused.ok && refused.code).toBe('forbidden');
    const db = await getDb();
    expect(await db.select().from(tags).where(eq(tags.id, from.tag.id))).toHaveLength(1);
    expect(await publicTags(article)).toEqual([from.tag.id]);
    expect(await db.select().from(redirectsTable).where(eq(redirectsTable.fromPath, '/tag/weather'))).toHaveLength(0);
  });

  it('deletes a tag from every article', async () => {
    const keep = await createTag(editor, { name: 'Keep me' });
    const gone = await createTag(editor, { name: 'Delete me' });
    if (!keep.ok || !gone.ok) throw new Error('tags');
    const id = await publishedWith([gone.tag.id, keep.tag.id]);
    expect((await deleteTag(contributor, { id: gone.tag.id })).ok).toBe(false);
    expect((await deleteTag(editor, { id: gone.tag.id })).ok).toBe(true);
    expect(await publicTags(id)).toEqual([keep.tag.id]);
  });
});
