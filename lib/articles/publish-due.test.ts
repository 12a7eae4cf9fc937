// Integration test: a due scheduled article goes live exactly once, even when several runs (app
// instances) race; articles not yet due, or no longer publishable, are handled without publishing.
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, media, publishedArticles, revisions } from '@/db/schema';
import { createDraft } from './editorial';
import { fieldsFor, figureNode, makeMedia, makeStaff, makeTag, paragraphs } from './testing';
import { scheduleArticle } from './workflow';
import { cacheTags } from '@/lib/cache/tags';
import type { Actor } from '@/lib/permissions/can';
import { publishDue } from './publish-due';

let editor: Actor;

beforeAll(async () => {
  editor = await makeStaff('editor');
});

async function scheduled(headline: string, extra: Parameters<typeof fieldsFor>[1] = {}): Promise<string> {
  const created = await createDraft(editor, fieldsFor([editor.id], { headline, body: paragraphs('Goes live on its own.'), ...extra }));
  if (!created.ok) throw new Error(created.error);
  const result = await scheduleArticle(editor, { id: created.article.id, scheduledAt: new Date(Date.now() + 60_000).toISOString() });
  if (!result.ok) throw new Error(result.error);
  return created.article.id;
}

/** Moves a schedule into the past, as if its minute had come. */
async function makeDue(id: string) {
  const db = await getDb();
  await db.update(articles).set({ scheduledAt: sql`now() - interval '1 second'` }).where(eq(articles.id, id));
}

describe('publishDue', () => {
  it('publishes a due article exactly once when two runs race', async () => {
    const tag = await makeTag('Weather');
    const id = await scheduled('Storm warning lifted', { tagIds: [tag.id] });
    const notYet = await scheduled('Tomorrow’s story');
    await makeDue(id);

    const [a, b] = await Promise.all([publishDue(), publishDue()]);
    expect([...a.published, ...b.published]).toEqual([id]);

    const db = await getDb();
    expect(await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, id))).toHaveLength(1);
    const publishRevisions = await db.select().from(revisions).where(and(eq(revisions.articleId, id), eq(revisions.kind, 'publish')));
    expect(publishRevisions).toHaveLength(1);
    const [row] = await db.select().from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('published');
    expect(row!.scheduledAt).toBeNull();

    const winner = a.published.length ? a : b;
    expect(winner.tags).toEqual(expect.arrayContaining([cacheTags.article(id), cacheTags.articleLists, cacheTags.tag(tag.id), cacheTags.author(editor.id), cacheTags.articleSlug(row!.slug)]));

    // A later run finds nothing to do; the not-yet-due article is untouched.
    expect((await publishDue()).published).toEqual([]);
    const [later] = await db.select().from(articles).where(eq(articles.id, notYet));
    expect(later!.status).toBe('scheduled');
  });

  it('publishes several due articles once each when four runs race', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await scheduled(`Race story ${i} ${crypto.randomUUID().slice(0, 6)}`));
    for (const id of ids) await makeDue(id);
    const runs = await Promise.all([publishDue({ limit: 2 }), publishDue({ limit: 2 }), publishDue({ limit: 2 }), publishDue({ limit: 2 })]);
    // Whatever the runs left (each takes at most two), a later run finishes.
    const later = await publishDue();
    const published = [...runs.flatMap((r) => r.published), ...later.published];
    expect([...published].sort()).toEqual([...ids].sort());
    const db = await getDb();
    for (const id of ids) {
      expect(await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, id))).toHaveLength(1);
      expect(await db.select().from(revisions).where(and(eq(revisions.articleId, id), eq(revisions.kind, 'publish')))).toHaveLength(1);
    }
  });

  it('sends an article that can no longer be published back to draft instead of retrying forever', async () => {
    const image = await makeMedia();
    const id = await scheduled('Photo story', { body: { type: 'doc', content: [figureNode(image)] } });
    const db = await getDb();
    await db.delete(media).where(eq(media.id, image.id));
    await makeDue(id);
    const result = await publishDue();
    expect(result.published).toEqual([]);
    expect(result.failed.map((f) => f.id)).toEqual([id]);
    const [row] = await db.select().from(articles).where(eq(articles.id, id));
    expect(row!.status).toBe('draft');
    expect(await db.select().from(publishedArticles).where(eq(publishedArticles.articleId, id))).toHaveLength(0);
  });
});
