// Fills a database with a generated newsroom of N published articles for the benchmark, fast enough
// for 100,000 on PGlite: rows are built in memory in batches and written with multi-row inserts.
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articleAuthors, articleTags, articles, publishedArticles, redirects, tags, users, type DocJSON } from '@/db/schema';
import { articlePath } from '@/lib/core/routes';
import { buildPublishedRow } from '@/lib/articles/publication';

// Topic words (a handful per article) plus a long tail of generated filler words with a Zipf-like
// spread, so a search matches a realistic fraction of the archive rather than nearly all of it.
const TOPICS = (
  'council budget river harbour transit station school library museum festival market weather storm ' +
  'rainfall drought farmers bridge tunnel railway ferry clinic hospital nurses doctors research survey ' +
  'university students teachers election ballot mayor committee report housing rent construction permit ' +
  'energy solar wind grid battery water supply forest wildlife coast tourism visitors theatre orchestra ' +
  'gallery football cycling marathon league season coach injury trade exports factory workers union ' +
  'wages inflation prices shops startup software data privacy network cable satellite climate carbon'
).split(' ');
const SYLLABLES = 'ka lo mi ne ru sa ti vo de ba fe gi ho ja ku le ma no pi re so tu va we xi yo za'.split(' ');
const FILLER = Array.from({ length: 4000 }, (_, i) => {
  let n = i + 1;
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word;
});

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

function sentence(rand: () => number, words: number, topics: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    // One word in four is from the article's topics; the rest from the filler tail, low ranks commonest.
    out.push(rand() < 0.25 ? topics[Math.floor(rand() * topics.length)]! : FILLER[Math.floor(FILLER.length * rand() ** 3)]!);
  }
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function body(rand: () => number, topics: readonly string[]): DocJSON {
  const content: unknown[] = [];
  for (let section = 0; section < 2; section++) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(rand, 5, topics) }] });
    for (let p = 0; p < 2; p++) {
      const text = Array.from({ length: 4 }, () => sentence(rand, 8 + Math.floor(rand() * 10), topics)).join(' ');
      content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    }
  }
  content.push({
    type: 'bulletList',
    content: [1, 2, 3].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(rand, 6, topics) }] }] })),
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
      const topics = Array.from({ length: 4 }, () => TOPICS[Math.floor(rand() * TOPICS.length)]!);
      const headline = `${sentence(rand, 6, topics).slice(0, -1)} ${n}`;
      const publishedAt = new Date(now - (n + 1) * 37 * 60_000 - Math.floor(rand() * 60_000));
      const tagIds = [...new Set([tagRows[n % tagRows.length]!.id, tagRows[Math.floor(rand() * tagRows.length)]!.id])];
      const authorIds = [staff[n % staff.length]!.id];
      const article = {
        id: crypto.randomUUID(),
        status: 'published' as const,
        slug: `generated-story-${n}`,
        headline,
        dek: sentence(rand, 14, topics),
        body: body(rand, topics),
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
      // One story in twenty was renamed after publication and keeps its old URL as a redirect.
      const renamed = rows.filter((_, i) => (start + i) % 20 === 0);
      if (renamed.length) await tx.insert(redirects).values(renamed.map((r) => ({ fromPath: articlePath(`${r.article.slug}-first-draft`), source: 'slug-change' as const, articleId: r.article.id })));
    });
    onProgress?.(start + size);
  }
  // What autovacuum does on a live server: statistics, and the visibility map index-only scans need.
  await db.execute(sql`vacuum analyze`);
}
