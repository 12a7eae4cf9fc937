// `npm run bench:export [-- --articles N]`: fills a fresh database with N articles (default 20,000;
// each with a ~400-word body, a published copy and a revision), exports it to bench/tmp, restores that
// archive into a second fresh database, and prints times, archive size and the process's peak RSS.
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { setDbHandle } from '@/db/client';
import { createTestDatabase } from '@/db/testing';
import { articles, publishedArticles, revisions, users, type DocJSON } from '@/db/schema';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '20000' } } });
const total = Number(values.articles);
const dir = path.resolve('bench/tmp/export');
fs.mkdirSync(dir, { recursive: true });
process.env.DATA_DIR = fs.mkdtempSync(path.join(dir, 'data-'));
const file = path.join(dir, 'bench.zip');

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;

const words = 'the harbour council voted on tuesday to extend the ferry timetable through the winter months after residents asked'.split(' ');
const paragraph = (i: number) => Array.from({ length: 80 }, (_, k) => words[(i * 7 + k) % words.length]).join(' ') + '.';
const body = (i: number): DocJSON => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2, id: null }, content: [{ type: 'text', text: `Section ${i}` }] },
    ...Array.from({ length: 5 }, (_, p) => ({ type: 'paragraph', content: [{ type: 'text', text: paragraph(i + p) }] })),
  ],
});

const source = await createTestDatabase();
setDbHandle(source);
let t = Date.now();
const [author] = await source.db.insert(users).values({ email: 'bench@example.org', name: 'Bench Writer', slug: 'bench-writer', role: 'admin' }).returning();
for (let start = 0; start < total; start += 500) {
  const rows = Array.from({ length: Math.min(500, total - start) }, (_, k) => {
    const i = start + k;
    return { id: crypto.randomUUID(), slug: `bench-article-${i}`, headline: `Bench article ${i}`, status: 'published' as const, body: body(i), createdById: author!.id };
  });
  await source.db.insert(articles).values(rows);
  const now = new Date();
  await source.db.insert(publishedArticles).values(rows.map((r) => ({ articleId: r.id, slug: r.slug, headline: r.headline, body: r.body, bodyText: '', publishedAt: now, modifiedAt: now, authorIds: [author!.id] })));
  await source.db.insert(revisions).values(
    rows.map((r) => ({
      articleId: r.id,
      version: 1,
      kind: 'publish' as const,
      authorId: author!.id,
      snapshot: { slug: r.slug, headline: r.headline, dek: '', body: r.body, excerpt: '', featuredImageId: null, featuredImageCaption: '', featuredImageCredit: '', seoTitle: '', seoDescription: '', correctionNote: '', tagIds: [], authorIds: [author!.id] },
    })),
  );
}
console.log(`Filled ${total} articles (with published copies and revisions) in ${((Date.now() - t) / 1000).toFixed(1)} s; RSS ${mb(process.memoryUsage().rss)}.`);

const { exportArchive } = await import('@/lib/backup/export');
const { restoreArchive } = await import('@/lib/backup/restore');
peak = 0;
t = Date.now();
const { stream, finished } = exportArchive('command-line');
await pipeline(stream, fs.createWriteStream(file));
await finished;
console.log(`Export: ${((Date.now() - t) / 1000).toFixed(1)} s, ${(fs.statSync(file).size / 1e6).toFixed(1)} MB archive; peak RSS during export ${mb(peak)}.`);

const target = await createTestDatabase();
setDbHandle(target);
peak = 0;
t = Date.now();
const result = await restoreArchive({ file });
if (!result.ok) throw new Error(result.error);
console.log(`Restore: ${((Date.now() - t) / 1000).toFixed(1)} s (${result.counts.articles} articles); peak RSS during restore ${mb(peak)}.`);
clearInterval(sampler);
await source.close();
await target.close();
fs.rmSync(process.env.DATA_DIR, { recursive: true, force: true });
fs.rmSync(file, { force: true });
