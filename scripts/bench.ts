// `npm run bench [-- --articles N --seconds S]`: builds, fills a fresh database with a generated
// newsroom, serves it in production mode and measures reader and editor speed. Prints a table,
// writes bench/results/<date>.json and checks the budgets. Every run is bounded in time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { desc, eq } from 'drizzle-orm';
import { closeDb, openDb, setDbHandle, type DbHandle } from '@/db/client';
import { parseConfig } from '@/lib/config/env';
import { runMigrations } from '@/db/migrate';
import { articleAuthors, articleTags, articles, publishedArticles, tags, users } from '@/db/schema';
import { seedDemo } from '@/lib/demo/index';
import { LIVE_ARTICLE } from '@/lib/demo/content-live';
import { generateArticles } from '../bench/generate';
import { explainAll, type CapturedQuery } from '../bench/explain';
import { measurePageWeights, printPageWeights } from '../bench/js-bytes';
import { measureLoad, round, sampleLatencies, type LoadResult } from '../bench/load';
import { measurePublishToVisible } from '../bench/publish';
import { startServer, treeRssBytes } from '../bench/server';
import { runEdgeBench, type EdgeResults } from '../bench/edge';
import { buildIfNeeded, createScratchDatabase } from '../bench/scratch';
import { profileDirectHit } from '../bench/profile-direct';
import { fetchOnce, wrkInstalled } from '../bench/load';
import { NGINX_HINT, findNginx } from '../bench/nginx';
import { INSTALL_HINT, findVarnishd, startVarnish, type RunningVarnish } from './varnish';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    seconds: { type: 'string', default: '5' },
    port: { type: 'string', default: '3400' },
    /** Only fill the database and EXPLAIN the public queries (no server). */
    'explain-only': { type: 'boolean', default: false },
    /** Also measure Byline behind Varnish beside nginx, and the edge's freshness and reliability runs. */
    edge: { type: 'boolean', default: false },
    /** Only serve the filled newsroom and measure each page type's JavaScript and total bytes in Chromium. */
    'page-weight-only': { type: 'boolean', default: false },
    /** Also profile where a direct cache hit's CPU goes (V8 CPU profile under load). */
    profile: { type: 'boolean', default: false },
  },
});
const articleCount = Number(values.articles);
const seconds = Number(values.seconds);
const port = Number(values.port);
if (!Number.isInteger(articleCount) || articleCount < 100) throw new Error('--articles must be a whole number of at least 100');
const log = (msg: string) => console.log(`[bench] ${msg}`);
if (values.edge) {
  const missing = [!findVarnishd() && INSTALL_HINT, !findNginx() && NGINX_HINT, !wrkInstalled && 'wrk is not installed: on Debian or Ubuntu run `sudo apt-get install wrk`.'].filter(Boolean);
  if (missing.length) {
    for (const m of missing) console.error(`npm run bench -- --edge: ${m}`);
    process.exit(1);
  }
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');

// 1. A production build.
// parseConfig, not getConfig: DATA_DIR is pointed at the bench's own folder below, before first use.
const settings = parseConfig(process.env);
const distDir = settings.nextDistDir;
await buildIfNeeded(distDir, log);

// 2. A fresh database: PGlite in bench/tmp, or a new database on the server named by DATABASE_URL.
const baseUrl = settings.databaseUrl;
const dataDir = path.resolve('bench/tmp', `data-${stamp}`);
const scratch = baseUrl ? await createScratchDatabase(baseUrl, 'bench') : null;
const dbUrl = scratch?.url;
const dropDatabase = async () => scratch?.drop();
process.env.DATA_DIR = dataDir; // media files go here on both databases
const captured: CapturedQuery[] = [];
let capturing = false;
const handle: DbHandle = await openDb(dbUrl ? { kind: 'postgres', url: dbUrl } : { kind: 'pglite', dataDir }, {
  logQuery: (query, params) => capturing && captured.push({ query, params }),
});
await runMigrations(handle);
setDbHandle(handle);
const db = handle.db;

const fillStarted = performance.now();
await seedDemo();
await generateArticles(db, articleCount, (done) => done % 10_000 === 0 && log(`generated ${done} articles`));
const fillSeconds = round((performance.now() - fillStarted) / 1000);
log(`filled ${articleCount} articles (+ demo newsroom) in ${fillSeconds} s on ${dbUrl ? 'PostgreSQL' : 'PGlite'}`);

// 3. Every query behind a public page, EXPLAINed at this size.
// A story well down the archive (not one the home page keeps warm), also in a small trial run.
const [sampleArticle] = await db.select({ slug: publishedArticles.slug, tagIds: publishedArticles.tagIds, authorIds: publishedArticles.authorIds }).from(publishedArticles).orderBy(desc(publishedArticles.publishedAt)).offset(Math.min(500, Math.floor(articleCount / 2))).limit(1);
const [sampleTag] = await db.select({ id: tags.id, slug: tags.slug }).from(tags).limit(1);
const [sampleAuthor] = await db.select({ id: users.id, slug: users.slug }).from(users).where(eq(users.email, 'author@example.com'));
let drafts = await db.select({ id: articles.id, slug: articles.slug }).from(articles).where(eq(articles.status, 'draft')).orderBy(articles.createdAt).limit(1);
// The edge runs publish and unpublish several more: copies of the demo draft, tags and bylines included.
if (values.edge && drafts[0]) {
  const [source] = await db.select().from(articles).where(eq(articles.id, drafts[0].id));
  const sourceTags = await db.select().from(articleTags).where(eq(articleTags.articleId, source!.id));
  const sourceAuthors = await db.select().from(articleAuthors).where(eq(articleAuthors.articleId, source!.id));
  for (let n = 1; n <= 6; n++) {
    const fields: Partial<typeof source> = { ...source! };
    delete fields.id;
    const [copy] = await db.insert(articles).values({ ...(fields as typeof articles.$inferInsert), slug: `edge-bench-story-${n}`, headline: `${source!.headline} (edge ${n})` }).returning({ id: articles.id, slug: articles.slug });
    if (sourceTags.length) await db.insert(articleTags).values(sourceTags.map((t) => ({ ...t, articleId: copy!.id })));
    if (sourceAuthors.length) await db.insert(articleAuthors).values(sourceAuthors.map((a) => ({ ...a, articleId: copy!.id })));
    drafts = [...drafts, copy!];
  }
}
const [draft] = drafts;
// The edge run watches the tag page of the draft it publishes.
const [edgeTag] = drafts[1]
  ? await db.select({ slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, drafts[1].id)).limit(1)
  : [];
{
  const pub = await import('@/lib/articles/public');
  const { searchPublishedArticles } = await import('@/lib/articles/public-search');
  const { getFeedData } = await import('@/lib/articles/public-feed');
  const sitemap = await import('@/lib/articles/public-sitemap');
  const { getTagBySlug } = await import('@/lib/tags/public');
  const { getBusyTags } = await import('@/lib/site/busy-tags');
  const { getAuthorProfileBySlug } = await import('@/lib/users/public');
  capturing = true;
  await pub.getLatestArticles({ page: 1 });
  await pub.getLatestArticles({ page: 40 });
  await pub.getArticlePageBySlug(sampleArticle!.slug);
  await pub.getArticlePageBySlug('no-such-article-slug');
  await getTagBySlug(sampleTag!.slug);
  await pub.getArticlesByTag({ tagId: sampleTag!.id, page: 3 });
  await getAuthorProfileBySlug(sampleAuthor!.slug);
  await pub.getArticlesByAuthor({ authorId: sampleAuthor!.id, page: 2 });
  await getBusyTags();
  await searchPublishedArticles({ query: 'council budget' });
  await getFeedData();
  await getFeedData({ tagId: sampleTag!.id });
  await sitemap.getSitemapSize();
  await sitemap.getSitemapEntries(0);
  await sitemap.getNewsSitemapEntries();
  capturing = false;
}
const explains = await explainAll(db, captured);
const seqScanQueries = explains.filter((e) => e.seqScans.length > 0);
log(`EXPLAINed ${explains.length} public queries: ${seqScanQueries.length} with a sequential scan over article tables`);
for (const e of seqScanQueries) log(`  seq scan on ${e.seqScans.join(', ')}: ${e.query}`);
setDbHandle(undefined);
await closeDb();
await handle.close();
if (values['explain-only']) {
  for (const e of explains) log(`  ${e.seqScans.length ? 'SEQ ' : 'ok  '} ${e.query.slice(0, 110)}`);
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(seqScanQueries.length === 0 ? 0 : 1);
}

// Pages a previous run stored in the build's page cache came from another database: start without them.
fs.rmSync(path.join(distDir, 'server', 'route-cache'), { recursive: true, force: true });

// 4. Serve it. Next serves only the public/ files present at start, so a first short run fetches the
// article page to write the static file of the same size (the framework's ceiling) before the real run.
const serverEnv = {
  DATA_DIR: dataDir,
  DATABASE_URL: dbUrl ?? '',
  SITE_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: 'false',
  AUTH_SECRET: crypto.randomBytes(32).toString('base64url'),
};
const articlePath = `/news/${sampleArticle!.slug}`;
/** One page of each public type, the 404 first: its scripts are the baseline every page shares. */
const pageTypes = {
  '404': '/no-such-page-baseline',
  home: '/',
  tag: `/tag/${sampleTag!.slug}`,
  author: `/author/${sampleAuthor!.slug}`,
  article: articlePath,
  'live article': `/news/${LIVE_ARTICLE.slug}`,
  search: '/search?q=council',
};
if (values['page-weight-only']) {
  const server = await startServer(port, serverEnv);
  try {
    const weights = await measurePageWeights(Object.fromEntries(Object.entries(pageTypes).map(([name, p]) => [name, `${server.url}${p}`])));
    printPageWeights(weights);
    fs.mkdirSync('bench/results', { recursive: true });
    const out = path.join('bench/results', `${new Date().toISOString().slice(0, 10)}-${articleCount}-${dbUrl ? 'postgres' : 'pglite'}-page-weight.json`);
    fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), articles: articleCount, pageWeights: weights }, null, 2));
    log(`wrote ${out}`);
  } finally {
    await server.stop();
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(0);
}
const staticName = `bench-static-${stamp}.html`;
const staticFile = path.resolve('public', staticName);
{
  const probe = await startServer(port, serverEnv);
  // A fresh clone has no public/ folder (nothing in it is tracked).
  fs.mkdirSync(path.dirname(staticFile), { recursive: true });
  fs.writeFileSync(staticFile, await (await fetch(`${probe.url}${articlePath}`)).text());
  await probe.stop();
}
// With --edge, a Varnish in front of the server from the start, and the server purging it.
let varnish: RunningVarnish | undefined;
if (values.edge) {
  // On PostgreSQL a second instance (port + 1) shares the database and the edge.
  const backends = [{ host: '127.0.0.1', port }, ...(dbUrl ? [{ host: '127.0.0.1', port: port + 1 }] : [])];
  varnish = await startVarnish({ listen: { host: '127.0.0.1', port: port + 2 }, backends, memoryMb: 256 });
  Object.assign(serverEnv, { EDGE_PURGE_URLS: varnish.url });
}
let server = await startServer(port, serverEnv);
const url = (p: string) => `${server.url}${p}`;
const results: Record<string, unknown> = {};
try {
  // First, uncached renders of articles nobody has asked for yet.
  const cold = await db0Slugs(server.url, 5);
  const firstRender = await sampleLatencies(cold.map((s) => url(`/news/${s}`)));

  const targets: [string, string][] = [
    ['static file (ceiling)', `/${staticName}`],
    ['article', articlePath],
    ['home', '/'],
    ['tag', `/tag/${sampleTag!.slug}`],
    ['search', '/search?q=council'],
    ['feed.xml', '/feed.xml'],
    ['sitemap.xml', '/sitemap.xml'],
  ];
  const loads: Record<string, { c1: LoadResult; c32: LoadResult }> = {};
  try {
    for (const [name, p] of targets) {
      const warm = await fetchOnce(url(p));
      if (!warm.ok) throw new Error(`${p} answered ${warm.status}`);
      await warm.arrayBuffer();
      loads[name] = { c1: await measureLoad(url(p), 1, seconds), c32: await measureLoad(url(p), 32, seconds) };
      log(`${name}: ${loads[name].c1.rps} req/s at 1, ${loads[name].c32.rps} req/s at 32`);
    }
  } finally {
    fs.rmSync(staticFile, { force: true });
  }
  const words = ['council', 'river', 'budget', 'transit', 'school', 'storm', 'harbour', 'energy', 'museum', 'election', 'housing', 'clinic'];
  const searchUrls = Array.from({ length: 200 }, (_, i) => url(`/search?q=${encodeURIComponent(`${words[i % words.length]} ${words[(i * 7 + 3) % words.length]}`)}${i >= 144 ? `&page=${(i % 3) + 1}` : ''}`));
  const search = await sampleLatencies(searchUrls);

  // The edge runs publish drafts 2–4; the direct run keeps the first.
  const publish = draft ? await measurePublishToVisible(server.url, draft.id, draft.slug) : null;
  let edge: EdgeResults | undefined;
  if (varnish) {
    if (drafts.length < 7 || !edgeTag) throw new Error('the edge benchmark needs a demo draft with a tag to copy');
    const ctx = {
      app: server,
      varnish,
      nginxPort: port + 3,
      seconds,
      articlePath,
      tagPath: `/tag/${edgeTag.slug}`,
      drafts: drafts.slice(1),
      restartApp: () => startServer(port, serverEnv),
      second: dbUrl ? { app: await startServer(port + 1, { ...serverEnv, NEXT_DIST_DIR: secondDistDir() }) } : undefined,
      outbox: dbUrl ? { queued: () => countEdgePurges(dbUrl, 'true'), undelivered: () => countEdgePurges(dbUrl, 'delivered_at is null') } : undefined,
    };
    try {
      edge = await runEdgeBench(ctx);
    } finally {
      await ctx.second?.app.stop();
    }
    server = ctx.app;
    results.edge = edge;
  }
  const js = await measurePageWeights(Object.fromEntries(Object.entries(pageTypes).map(([name, p]) => [name, url(p)])));
  const rssBytes = treeRssBytes(server.child.pid!);

  const ceiling = loads['static file (ceiling)']!.c32.rps;
  const baseline = js[0]!;
  Object.assign(results, { firstRender, loads, search, publish, js, rssBytes });

  // 5. Report.
  console.log(`\nByline benchmark: ${articleCount} articles on ${dbUrl ? 'PostgreSQL' : 'PGlite'}, ${seconds} s per load run, ${loads.article!.c1.tool}\n`);
  console.log('| page | req/s @1 | p50/p99 ms @1 | req/s @32 | p50/p99 ms @32 | vs static @32 |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, r] of Object.entries(loads)) {
    console.log(`| ${name} | ${r.c1.rps} | ${r.c1.p50Ms}/${r.c1.p99Ms} | ${r.c32.rps} | ${r.c32.p50Ms}/${r.c32.p99Ms} | ${Math.round((r.c32.rps / ceiling) * 100)}% |`);
  }
  console.log(`\nfirst uncached article render: p50 ${firstRender.p50Ms} ms, max ${firstRender.p99Ms} ms (${firstRender.count} articles)`);
  console.log(`search (200 distinct queries, 1 connection): p50 ${search.p50Ms} ms, p95 ${search.p95Ms} ms, p99 ${search.p99Ms} ms`);
  if (publish) console.log(`publish-to-visible: article ${publish.articleMs} ms, home ${publish.homeMs} ms, feed ${publish.feedMs} ms`);
  printPageWeights(js);
  console.log(`\nserver RSS at the end: ${Math.round(rssBytes / 1024 / 1024)} MB`);

  if (edge) {
    const e = edge.loads;
    const nginxStatic = e['nginx, pre-compressed file']!;
    const nginxGzip = e['nginx, gzip per request']!;
    console.log('\n| article, gzip (same bytes) | req/s @1 | p50/p99 ms @1 | req/s @32 | p50/p99 ms @32 | vs nginx file @32 |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, r] of Object.entries(e)) {
      console.log(`| ${name} | ${r.c1.rps} | ${r.c1.p50Ms}/${r.c1.p99Ms} | ${r.c32.rps} | ${r.c32.p50Ms}/${r.c32.p99Ms} | ${Math.round((r.c32.rps / nginxStatic.c32.rps) * 100)}% |`);
    }
    console.log(`\nthrough the edge: publish-to-visible ${JSON.stringify(edge.publish)}; unpublish-to-gone ${JSON.stringify(edge.unpublish)}`);
    console.log(`changes every 2 s for a minute under 32 readers: ${edge.churn.changes} changes, visible p50 ${edge.churn.p50Ms} ms, slowest ${edge.churn.slowestMs} ms; readers ${edge.churn.readerRequests} requests, ${edge.churn.readerErrors} errors`);
    const down = edge.appDown;
    const due = down.purgesDueAtStop !== undefined ? `; ${down.purgesDueAtStop} purge rounds due at the stop, all delivered ${down.dueDeliveredAfterRestartMs} ms after the restart` : '';
    console.log(`app stopped ${down.downSeconds} s under 32 readers: ${down.readerRequests} requests, ${down.readerErrors} errors${due}; an unpublish after the restart gone in ${down.goneAfterRestartMs} ms`);
    console.log(`churn changes: ${edge.churn.log.map((c) => `${c.change} ${c.ms} ms`).join(', ')}`);
    for (const t of edge.twoInstances ?? []) {
      console.log(`two instances, published on ${t.publishedOn}: visible through the edge in ${t.visibleThroughEdgeMs} ms, ${t.purgesQueued} purge queued, both instances serve it: ${t.bothServeIt}`);
    }
    results.edgeNginxGzipRps = nginxGzip.c32.rps;
  }
  const articleJs = js.find((j) => j.page === 'article')!;
  const budgets = [
    { name: 'cached article ≥ 80% of the static-file ceiling (32 connections)', ok: loads.article!.c32.rps >= 0.8 * ceiling, value: `${Math.round((loads.article!.c32.rps / ceiling) * 100)}%` },
    { name: 'search p95 ≤ 50 ms', ok: search.p95Ms <= 50, value: `${search.p95Ms} ms` },
    { name: 'publish-to-visible ≤ 1 s', ok: publish !== null && publish.allMs <= 1000, value: publish ? `${publish.allMs} ms` : 'not measured' },
    { name: 'no page-specific JavaScript on article pages', ok: articleJs.files.every((f) => baseline.files.includes(f)), value: `${articleJs.files.filter((f) => !baseline.files.includes(f)).length} extra files` },
    { name: 'server RSS ≤ 500 MB', ok: rssBytes <= 500 * 1024 * 1024, value: `${Math.round(rssBytes / 1024 / 1024)} MB` },
    // The planner rightly prefers a sequential scan of a small table; the rule is for 100,000 articles.
    {
      name: 'no sequential scan over article tables in public queries (at 100,000 articles)',
      ok: articleCount < 100_000 || seqScanQueries.length === 0,
      value: `${seqScanQueries.length} of ${explains.length}${articleCount < 100_000 ? ' (not judged below 100,000)' : ''}`,
    },
  ];
  if (edge) {
    const e = edge.loads;
    const edgeArticle = e['Byline through Varnish']!;
    const nginxStatic = e['nginx, pre-compressed file']!;
    const direct = e['Byline direct (next start)']!;
    const nginxGzip = e['nginx, gzip per request']!;
    budgets.push(
      { name: 'edge: article ≥ 80% of nginx pre-compressed (32 connections)', ok: edgeArticle.c32.rps >= 0.8 * nginxStatic.c32.rps, value: `${Math.round((edgeArticle.c32.rps / nginxStatic.c32.rps) * 100)}%` },
      { name: 'edge: article p99 ≤ 10 ms (1 and 32 connections)', ok: Math.max(edgeArticle.c1.p99Ms, edgeArticle.c32.p99Ms) <= 10, value: `${edgeArticle.c1.p99Ms} / ${edgeArticle.c32.p99Ms} ms` },
      { name: 'edge: publish-to-visible ≤ 1 s (article, home, tag, feed)', ok: edge.publish.allMs <= 1000, value: `${edge.publish.allMs} ms` },
      { name: 'edge: unpublish-to-gone ≤ 1 s', ok: edge.unpublish.allMs <= 1000, value: `${edge.unpublish.allMs} ms` },
      { name: 'edge: changes every 2 s under load visible ≤ 1 s, no reader errors', ok: edge.churn.slowestMs <= 1000 && edge.churn.readerErrors === 0, value: `${edge.churn.slowestMs} ms, ${edge.churn.readerErrors} errors` },
      {
        name: 'edge: app down 10 s under load, no reader errors; purges due delivered after the restart',
        ok: edge.appDown.readerErrors === 0 && edge.appDown.goneAfterRestartMs <= 1000 && (edge.appDown.dueDeliveredAfterRestartMs ?? 0) < 30_000,
        value: `${edge.appDown.readerErrors} errors, due purges out in ${edge.appDown.dueDeliveredAfterRestartMs ?? 'n/a (PGlite)'} ms, unpublish gone in ${edge.appDown.goneAfterRestartMs} ms`,
      },
      ...(edge.twoInstances
        ? [
            {
              name: 'edge: two instances, a publish on either purges once and both serve it',
              ok: edge.twoInstances.every((t) => t.purgesQueued === 1 && t.bothServeIt && t.visibleThroughEdgeMs <= 1000),
              value: edge.twoInstances.map((t) => `${t.purgesQueued} purge, ${t.visibleThroughEdgeMs} ms`).join('; '),
            },
          ]
        : []),
      { name: 'direct: cached article ≥ nginx gzip per request (32 connections)', ok: direct.c32.rps >= nginxGzip.c32.rps, value: `${Math.round((direct.c32.rps / nginxGzip.c32.rps) * 100)}%` },
    );
  }
  if (values.profile) {
    // The profiled server needs the database to itself.
    await server.stop();
    const profile = await profileDirectHit(port, serverEnv, articlePath, seconds);
    console.log(`\nwhere a direct cache hit's CPU goes (article, gzip, 32 connections, ${profile.rps} req/s under the profiler):`);
    for (const b of profile.summary) console.log(`  ${String(b.share).padStart(5)}%  ${b.bucket}`);
    console.log('the functions with the most self time:');
    for (const f of profile.top) console.log(`  ${String(f.share).padStart(5)}%  ${f.fn}`);
    results.profile = profile;
  }
  console.log('\nBudgets:');
  for (const b of budgets) console.log(`  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value}`);
  results.budgets = budgets;
} finally {
  fs.rmSync(staticFile, { force: true });
  await server.stop();
  await varnish?.stop();
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(path.join('bench/tmp', `dist-2-${stamp}`), { recursive: true, force: true });
}

fs.mkdirSync('bench/results', { recursive: true });
const out = path.join('bench/results', `${new Date().toISOString().slice(0, 10)}-${articleCount}-${dbUrl ? 'postgres' : 'pglite'}${values.edge ? '-edge' : ''}.json`);
fs.writeFileSync(out, JSON.stringify({ date: new Date().toISOString(), articles: articleCount, database: dbUrl ? 'postgresql' : 'pglite', fillSeconds, explains, ...results }, null, 2));
log(`wrote ${out}`);

/**
 * The second instance's own copy of the build, as on a second host: instances on one machine sharing a
 * build folder would also share Next's on-disk page cache, which no deployment of several hosts has.
 */
function secondDistDir(): string {
  const dir = path.join('bench/tmp', `dist-2-${stamp}`);
  fs.cpSync(distDir, dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}route-cache`) && !source.endsWith(`${path.sep}cache`) });
  return dir;
}

/** Rows in the purge outbox matching `where` (PostgreSQL only: the bench reads it beside the servers). */
async function countEdgePurges(url: string, where: 'true' | 'delivered_at is null'): Promise<number> {
  const reader = await openDb({ kind: 'postgres', url });
  try {
    const result = await reader.pool!.query(`select count(*)::int as n from edge_purges where ${where}`);
    return Number(result.rows[0].n);
  } finally {
    await reader.close();
  }
}

/** Slugs of generated articles far down the archive, which no earlier request has rendered. */
async function db0Slugs(_base: string, n: number): Promise<string[]> {
  return Array.from({ length: n }, (_, i) => `generated-story-${Math.floor(articleCount / 2) + i * 97}`);
}
