// Fills a database with a generated newsroom of N published articles for the benchmark, fast enough
// for 100,000 on PGlite: rows are built in memory in batches and written with multi-row inserts.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articleAuthors, articleTags, articles, publishedArticles, tags, users, type DocJSON } from '@/db/schema';
import { buildPublishedRow } from '@/lib/articles/publication';

const WORDS = (
  'council budget river harbour transit station school library museum festival market weather storm ' +
  'rainfall drought farmers bridge tunnel railway ferry clinic hospital nurses doctors research survey ' +
  'university students teachers election ballot mayor committee report housing rent construction permit ' +
  'energy solar wind grid battery water supply forest wildlife coast tourism visitors theatre orchestra ' +
  'gallery football cycling marathon league season coach injury trade exports factory workers union ' +
  'wages inflation prices shops startup software data privacy network cable satellite climate carbon'
).split(' ');

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function body(rand: () => number): DocJSON {
  const content: unknown[] = [];
  for (let section = 0; section < 2; section++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(rand, 5) }] });
    for (let p = 0; p < 2; p++) {
      const text = Array.from({ length: 4 }, () => sentence(rand, 8 + Math.floor(rand() * 10))).join(' ');
      content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
  }
  content.push({
    type: 'bulletList',
    content: [1, 2, 3].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(rand, 6) }] }] })),
  });
  return { type: 'doc', content };
}

export async function generateArticles(db: Db, count: number, onProgress?: (done: number) => void): Promise<void> {
  const tagRows = await db.select({ id: tags.id }).from(tags);
  const staff = await db.select({ id: users.id }).from(users);
  if (tagRows.length === 0 || staff.length === 0) throw new Error('Seed the demo newsroom first: the generator reuses its tags and staff.');
  const rand = prng(20261125);
  const now = Date.now();
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const size = Math.min(batch, count - start);
    const rows = Array.from({ length: size }, (_, i) => {
      const n = start + i;
      const headline = `${sentence(rand, 6).slice(0, -1)} ${n}`;
      const publishedAt = new Date(now - (n + 1) * 37 * 60_000 - Math.floor(rand() * 60_000));
      const tagIds = [...new Set([tagRows[n % tagRows.length]!.id, tagRows[Math.floor(rand() * tagRows.length)]!.id])];
      const authorIds = [staff[n % staff.length]!.id];
      const article = {
        id: crypto.randomUUID(),
        status: 'published' as const,
        slug: `generated-story-${n}`,
        headline,
        dek: sentence(rand, 14),
        body: body(rand),
        excerpt: '',
        featuredImageId: null,
        featuredImageCaption: '',
        featuredImageCredit: '',
        seoTitle: '',
        seoDescription: '',
        correctionNote: '',
        createdById: authorIds[0]!,
        createdAt: publishedAt,
        updatedAt: publishedAt,
      };
      return { article, tagIds, authorIds, published: buildPublishedRow({ article, tagIds, authorIds, publishedAt, modifiedAt: publishedAt }) };
    });
    await db.transaction(async (tx) => {
      await tx.insert(articles).values(rows.map((r) => r.article));
      await tx.insert(articleTags).values(rows.flatMap((r) => r.tagIds.map((tagId) => ({ articleId: r.article.id, tagId }))));
      await tx.insert(articleAuthors).values(rows.flatMap((r) => r.authorIds.map((userId, position) => ({ articleId: r.article.id, userId, position }))));
      await tx.insert(publishedArticles).values(rows.map((r) => r.published));
    });
    onProgress?.(start + size);
  }
  await db.execute(sql`analyze`);
}
