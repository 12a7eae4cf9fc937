// Integration tests: what the server refuses in a save (each with a message on its field) stores nothing.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, publishedArticles, redirects, revisions } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { createDraft } from './editorial';
import type { EditableArticle } from './editorial-types';
import { saveArticle } from './save';
import { fieldsFor, figureNode, makeMedia, makeStaff, paragraphs } from './testing';
import { publishNow } from './workflow';

let editor: Actor;
let article: EditableArticle;

beforeAll(async () => {
  editor = await makeStaff('editor');
  const created = await createDraft(editor, fieldsFor([editor.id], { headline: 'Budget talks resume', slug: 'budget-talks-resume' }));
  if (!created.ok) throw new Error(created.error);
  article = created.article;
});

async function stored() {
  const db = await getDb();
  const [row] = await db.select().from(articles).where(eq(articles.id, article.id));
  const revs = await db.select().from(revisions).where(eq(revisions.articleId, article.id));
  return { row: row!, revisionCount: revs.length };
}

async function refusedSave(overrides: Record<string, unknown>, field: string) {
  const before = await stored();
  const result = await saveArticle(editor, {
    id: article.id,
    mode: 'manual',
    fields: { ...fieldsFor([editor.id], { headline: 'Budget talks resume', slug: 'budget-talks-resume' }), ...overrides },
  });
  expect(result.ok).toBe(false);
  if (result.ok) return '';
  expect(result.code).toBe('invalid');
  const message = result.fieldErrors?.[field as keyof typeof result.fieldErrors];
  expect(message, `a message on ${field}`).toBeTruthy();
  const after = await stored();
  expect(after.row).toEqual(before.row);
  expect(after.revisionCount).toBe(before.revisionCount);
  return message!;
}

describe('saving an article refuses bad input and stores nothing', () => {
  it('accepts a valid save', async () => {
    const image = await makeMedia();
    const body = { type: 'doc' as const, content: [...paragraphs('Fine text.').content!, figureNode(image)] };
    const result = await saveArticle(editor, { id: article.id, mode: 'manual', fields: fieldsFor([editor.id], { body, slug: 'budget-talks-resume' }) });
    expect(result.ok).toBe(true);
  });

  it('refuses an unknown node', async () => {
    const body = { type: 'doc', content: [{ type: 'codeBlock', content: [{ type: 'text', text: 'x' }] }] };
    expect(await refusedSave({ body }, 'body')).toMatch(/does not support/);
  });

  it('refuses an unknown mark', async () => {
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'underline' }] }] }] };
    expect(await refusedSave({ body }, 'body')).toMatch(/does not support/);
  });

  it('refuses a javascript: link', async () => {
    const body = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }],
    };
    expect(await refusedSave({ body }, 'body')).toMatch(/not allowed/);
  });

  it('refuses an image that is not from the media library', async () => {
    const outside = { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: crypto.randomUUID(), src: 'https://evil.example/x.png', alt: '' } }] };
    expect(await refusedSave({ body: outside }, 'body')).toMatch(/media library/);
    const unknownId = { type: 'doc', content: [{ type: 'figure', attrs: { mediaId: crypto.randomUUID(), src: '/media/2026-11/nope/original.png', alt: '' } }] };
    expect(await refusedSave({ body: unknownId }, 'body')).toMatch(/media library/);
    const image = await makeMedia();
    const wrongSrc = { type: 'doc', content: [{ ...figureNode(image), attrs: { ...figureNode(image).attrs, src: '/media/other/file.png' } }] };
    expect(await refusedSave({ body: wrongSrc }, 'body')).toMatch(/media library/);
  });

  it('refuses a featured image that does not exist', async () => {
    expect(await refusedSave({ featuredImageId: crypto.randomUUID() }, 'featuredImageId')).toMatch(/media library/);
  });

  it('refuses a bad slug', async () => {
    for (const slug of ['Has Spaces', 'UPPER', 'double--hyphen', '-leading', 'ünïcode', 'a/b']) {
      expect(await refusedSave({ slug }, 'slug')).toMatch(/lower-case/);
    }
  });

  it('refuses a slug another article holds: working slug, public slug or redirect', async () => {
    const other = await createDraft(editor, fieldsFor([editor.id], { headline: 'Other story', slug: 'other-story' }));
    if (!other.ok) throw new Error(other.error);
    expect(await refusedSave({ slug: 'other-story' }, 'slug')).toMatch(/Another article/);

    // Published as "other-story", then its working slug moves on: the public slug stays taken.
    expect((await publishNow(editor, { id: other.article.id })).ok).toBe(true);
    const moved = await saveArticle(editor, {
      id: other.article.id,
      mode: 'manual',
      fields: fieldsFor([editor.id], { headline: 'Other story', slug: 'other-story-renamed' }),
    });
    expect(moved.ok).toBe(true);
    expect(await refusedSave({ slug: 'other-story' }, 'slug')).toMatch(/published article/);

    const db = await getDb();
    await db.insert(redirects).values({ fromPath: '/news/an-old-address', source: 'slug-change', articleId: other.article.id });
    expect(await refusedSave({ slug: 'an-old-address' }, 'slug')).toMatch(/redirects/);
    expect(await db.select().from(publishedArticles).where(eq(publishedArticles.slug, 'other-story'))).toHaveLength(1);
  });

  it('refuses over-long fields and empty bylines', async () => {
    expect(await refusedSave({ headline: 'x'.repeat(201) }, 'headline')).toMatch(/200/);
    expect(await refusedSave({ authorIds: [] }, 'authorIds')).toMatch(/byline/);
    expect(await refusedSave({ tagIds: [crypto.randomUUID()] }, 'tagIds')).toMatch(/tag/);
  });
});
