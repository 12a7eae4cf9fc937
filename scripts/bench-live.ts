// `npm run bench:live [-- --readers 500 --entries 20 --seconds 10]`: live coverage under load. Builds if
// needed, makes a fresh PostgreSQL database (DATABASE_URL names the server; PostgreSQL because the
// entries are posted from this process, as from a second instance, and reach the server through
// LISTEN/NOTIFY), seeds the demo newsroom, serves it in production mode, connects N SSE readers to the
// demo live article, posts entries and measures post-to-seen latency, server memory per reader, and
// requests/s for the live page and its catch-up endpoint while the readers stay connected.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { closeDb, openDb, setDbHandle } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { publishedArticles, users } from '@/db/schema';
import { parseConfig } from '@/lib/config/env';
import { seedDemo } from '@/lib/demo/index';
import { LIVE_ARTICLE } from '@/lib/demo/content-live';
import { openLiveReaders, percentile } from '../bench/live';
import { measureLoad, round } from '../bench/load';
import { buildIfNeeded, createScratchDatabase, loadAverage } from '../bench/scratch';
import { startServer, treeRssBytes } from '../bench/server';

const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '500' },
    entries: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '10' },
    port: { type: 'string', default: '6510' },
  },
});
const readerCount = Number(values.readers);
const entryCount = Number(values.entries);
const seconds = Number(values.seconds);
const port = Number(values.port);
const log = (msg: string) => console.log(`[bench:live] ${msg}`);
const load = loadAverage;

const settings = parseConfig(process.env);
const baseUrl = settings.databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';
await buildIfNeeded(settings.nextDistDir, log);

// A fresh database, named for this run.
const scratch = await createScratchDatabase(baseUrl, 'live_bench');
const dbUrl = scratch.url;
const dataDir = fs.mkdtempSync(`${os.tmpdir()}/byline-live-bench-`);
process.env.DATA_DIR = dataDir;
process.env.DATABASE_URL = dbUrl; // this process posts as another instance would
const handle = await openDb({ kind: 'postgres', url: dbUrl });
await runMigrations(handle);
setDbHandle(handle);
await seedDemo();
const db = handle.db;
const [article] = await db.select({ id: publishedArticles.articleId }).from(publishedArticles).where(eq(publishedArticles.slug, LIVE_ARTICLE.slug));
const [editor] = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, 'editor@example.com'));

const server = await startServer(port, {
  DATA_DIR: dataDir,
  DATABASE_URL: dbUrl,
  SITE_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: 'false',
  AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
  LOG_LEVEL: 'warn',
});
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, loadBefore: load(), readers: readerCount, entries: entryCount };
try {
  const pagePath = `/news/${LIVE_ARTICLE.slug}`;
  // Warm the page and the stream route, then take the baseline memory.
  for (let i = 0; i < 3; i++) await (await fetch(`${server.url}${pagePath}`)).text();
  const warm = await openLiveReaders(`${server.url}${pagePath}/live/stream`, 5);
  warm.close();
  await new Promise((r) => setTimeout(r, 2000));
  const rssBefore = treeRssBytes(server.child.pid!);

  const readers = await openLiveReaders(`${server.url}${pagePath}/live/stream`, readerCount);
  await new Promise((r) => setTimeout(r, 2000));
  const rssAfter = treeRssBytes(server.child.pid!);
  log(`${readers.connected()} readers connected; server memory ${round(rssBefore / 2 ** 20)} MB -> ${round(rssAfter / 2 ** 20)} MB`);
  results.memoryPerReaderKb = round((rssAfter - rssBefore) / readers.connected() / 1024);

  // Post entries one a second and time their arrival at every reader.
  const { postLiveEntry } = await import('@/lib/live/manage');
  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < entryCount; i++) {
    const marker = `bench-marker-${crypto.randomBytes(6).toString('hex')}`;
    const postedAt = Date.now();
    const seen = readers.waitFor(marker, postedAt, 10_000);
    const posted = await postLiveEntry(editor!, {
      articleId: article!.id,
      headline: '',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Benchmark update ${i}: ${marker}` }] }] },
      pinned: false,
      keyEvent: false,
    });
    if (!posted.ok) throw new Error(posted.error);
    const got = await seen;
    missed += readers.connected() - got.length;
    latencies.push(...got);
    await new Promise((r) => setTimeout(r, 1000));
  }
  latencies.sort((a, b) => a - b);
  Object.assign(results, {
    samples: latencies.length,
    missed,
    latencyP50Ms: percentile(latencies, 50),
    latencyP95Ms: percentile(latencies, 95),
    latencyMaxMs: latencies.at(-1),
  });
  log(`post-to-seen over ${latencies.length} deliveries: p50 ${results.latencyP50Ms} ms, p95 ${results.latencyP95Ms} ms, max ${results.latencyMaxMs} ms, missed ${missed}`);

  // Requests/s while the readers stay connected: the live page, and the catch-up endpoint polled by those without SSE.
  const page = await measureLoad(`${server.url}${pagePath}`, 20, seconds);
  const updates = await measureLoad(`${server.url}${pagePath}/live/updates?since=0`, 20, seconds);
  Object.assign(results, { livePage: page, updatesEndpoint: updates, stillConnected: readers.connected(), loadAfter: load() });
  log(`live page: ${page.rps} req/s (p50 ${page.p50Ms} ms); updates endpoint: ${updates.rps} req/s (p50 ${updates.p50Ms} ms); readers still connected: ${readers.connected()}`);
  readers.close();
} finally {
  await server.stop();
  setDbHandle(undefined);
  await closeDb();
  await handle.close();
  await scratch.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
log(`machine: ${results.cpus} cores, load average (1/5/15 min) before ${results.loadBefore}, after ${results.loadAfter}`);
fs.mkdirSync('bench/results', { recursive: true });
const file = `bench/results/${new Date().toISOString().slice(0, 10)}-live-${readerCount}.json`;
fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${file}`);
const p95 = results.latencyP95Ms as number;
log(p95 <= 2000 ? `budget met: p95 ${p95} ms <= 2000 ms` : `BUDGET MISSED: p95 ${p95} ms > 2000 ms`);
process.exit(p95 <= 2000 && results.missed === 0 ? 0 : 1);
