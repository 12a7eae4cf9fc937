// `npm run bench -- --edge`: Byline behind a real Varnish (deploy/varnish/byline.vcl) beside nginx
// sending the same page's bytes, then the edge's freshness and reliability runs. Every run is bounded.
import { startNginx, type RunningNginx } from './nginx';
import { backgroundReaders, fetchOnce, measureLoad, type LoadResult } from './load';
import { measurePublishToVisible, measureUnpublishToGone, openArticle, openEditor, pressWorkflowButton, timeUntil, type PublishTiming, type UnpublishTiming } from './publish';
import type { BenchServer } from './server';
import type { RunningVarnish } from '../scripts/varnish';

const gzip = { 'accept-encoding': 'gzip' };
const log = (msg: string) => console.log(`[bench:edge] ${msg}`);

export type EdgeContext = {
  app: BenchServer;
  varnish: RunningVarnish;
  nginxPort: number;
  seconds: number;
  articlePath: string;
  tagPath: string;
  /** Drafts the runs may publish and unpublish: id and slug. */
  drafts: { id: string; slug: string }[];
  /** Restarts the app on the same data (for the app-down run). */
  restartApp: () => Promise<BenchServer>;
  /** On PostgreSQL: a second instance behind the same edge. */
  second?: { app: BenchServer };
  /** On PostgreSQL (read beside the servers): purges ever queued, and those not yet delivered. */
  outbox?: { queued: () => Promise<number>; undelivered: () => Promise<number> };
};

export type EdgeResults = {
  loads: Record<string, { c1: LoadResult; c32: LoadResult }>;
  publish: PublishTiming;
  unpublish: UnpublishTiming;
  churn: { changes: number; log: { change: string; ms: number }[]; slowestMs: number; p50Ms: number; readerRequests: number; readerErrors: number };
  appDown: { downSeconds: number; readerRequests: number; readerErrors: number; purgesDueAtStop?: number; dueDeliveredAfterRestartMs?: number; goneAfterRestartMs: number };
  twoInstances?: { publishedOn: string; visibleThroughEdgeMs: number; purgesQueued: number; bothServeIt: boolean }[];
};

/** Two instances on one PostgreSQL behind one edge: a publish on either purges once, and both serve it. */
async function twoInstances(ctx: EdgeContext, drafts: { id: string; slug: string }[]): Promise<NonNullable<EdgeResults['twoInstances']>> {
  const out: NonNullable<EdgeResults['twoInstances']> = [];
  const apps = [ctx.app, ctx.second!.app];
  for (const [i, app] of apps.entries()) {
    const draft = drafts[i]!;
    const before = await ctx.outbox!.queued();
    const timing = await measurePublishToVisible(app.url, draft.id, draft.slug, { readerUrl: ctx.varnish.url });
    // Let the second round go out too, then count what was queued for this publish.
    await new Promise((r) => setTimeout(r, 500));
    const purgesQueued = (await ctx.outbox!.queued()) - before;
    const served = await Promise.all(apps.map(async (a) => (await fetchOnce(`${a.url}/news/${draft.slug}`)).status === 200));
    out.push({ publishedOn: `instance ${i + 1}`, visibleThroughEdgeMs: timing.allMs, purgesQueued, bothServeIt: served.every(Boolean) });
  }
  return out;
}

/** Requests/s and latency of the same article: nginx pre-compressed, nginx gzip per request, Varnish, Byline. */
async function measureLoads(ctx: EdgeContext, nginx: RunningNginx) {
  const targets: [string, string][] = [
    ['nginx, pre-compressed file', `${nginx.url}/static/article.html`],
    ['nginx, gzip per request', `${nginx.url}/gzip/article.html`],
    ['Byline through Varnish', `${ctx.varnish.url}${ctx.articlePath}`],
    ['Byline direct (next start)', `${ctx.app.url}${ctx.articlePath}`],
  ];
  for (const [, url] of targets) {
    const warm = await fetchOnce(url, { headers: gzip });
    if (!warm.ok) throw new Error(`${url} answered ${warm.status}`);
    await warm.arrayBuffer();
  }
  // Interleaved rounds, the median round kept per target and connection count: anything else running
  // on the machine then weighs on every target alike instead of on whichever ran at that moment.
  const runs: Record<string, { c1: LoadResult[]; c32: LoadResult[] }> = {};
  for (let round = 0; round < LOAD_ROUNDS; round++) {
    for (const [name, url] of targets) {
      const run = (runs[name] ??= { c1: [], c32: [] });
      run.c1.push(await measureLoad(url, 1, ctx.seconds, gzip));
      run.c32.push(await measureLoad(url, 32, ctx.seconds, gzip));
    }
  }
  const median = (results: LoadResult[]) => [...results].sort((a, b) => a.rps - b.rps)[Math.floor(results.length / 2)]!;
  const loads: EdgeResults['loads'] = {};
  for (const [name] of targets) {
    loads[name] = { c1: median(runs[name]!.c1), c32: median(runs[name]!.c32) };
    const spread = (rs: LoadResult[]) => rs.map((r) => r.rps).join('/');
    log(`${name}: ${loads[name].c1.rps} req/s at 1 (p99 ${loads[name].c1.p99Ms} ms), ${loads[name].c32.rps} req/s at 32 (p99 ${loads[name].c32.p99Ms} ms); rounds ${spread(runs[name]!.c1)} and ${spread(runs[name]!.c32)}`);
  }
  return loads;
}

/** Rounds of the side-by-side load runs (each target's median is reported). */
const LOAD_ROUNDS = 3;

/** 32 readers through the edge on pages every change touches (each a page every 10 ms at most), for `seconds`; counts what failed. */
function readers(edgeUrl: string, paths: string[], seconds: number) {
  return backgroundReaders(edgeUrl, paths, 32, seconds, gzip);
}

/** An editor publishes, updates and unpublishes every two seconds for `seconds` while readers load pages. */
async function churn(ctx: EdgeContext, seconds: number): Promise<EdgeResults['churn']> {
  const editor = await openEditor(ctx.app.url);
  const load = readers(ctx.varnish.url, ['/', ctx.articlePath, ctx.tagPath, '/feed.xml'], seconds + 2);
  const log: { change: string; ms: number }[] = [];
  const until = performance.now() + seconds * 1000;
  try {
    for (let i = 0; performance.now() < until; i++) {
      const slot = performance.now() + 2000;
      const draft = ctx.drafts[i % ctx.drafts.length]!;
      const phase = Math.floor(i / ctx.drafts.length) % 3;
      const path = `/news/${draft.slug}`;
      if (phase === 0) {
        const sent = await pressWorkflowButton(editor.page, draft.id, 'Publish now');
        const [at] = await timeUntil(ctx.varnish.url, [{ path, probe: (_b, s) => s === 200 }]);
        log.push({ change: `publish ${draft.slug}`, ms: Math.round(at! - sent()) });
      } else if (phase === 1) {
        // An update to the public copy: a new dek, saved, then "Update".
        // Typed after hydration, or the editor never hears of it; "Update" saves it before publishing.
        await openArticle(editor.page, draft.id);
        const dek = `Updated at ${Date.now()}`;
        await editor.page.getByLabel('Dek').fill(dek);
        const sent = await pressWorkflowButton(editor.page, draft.id, 'Update');
        const [at] = await timeUntil(ctx.varnish.url, [{ path, probe: (b) => b.includes(dek) }]);
        log.push({ change: `update ${draft.slug}`, ms: Math.round(at! - sent()) });
      } else {
        const sent = await pressWorkflowButton(editor.page, draft.id, 'Unpublish');
        const [at] = await timeUntil(ctx.varnish.url, [{ path, probe: (_b, s) => s === 404 }]);
        log.push({ change: `unpublish ${draft.slug}`, ms: Math.round(at! - sent()) });
      }
      const wait = slot - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  } finally {
    await editor.close();
  }
  const reader = await load;
  const sorted = log.map((c) => c.ms).sort((a, b) => a - b);
  return {
    changes: log.length,
    log,
    slowestMs: Math.round(sorted.at(-1) ?? NaN),
    p50Ms: Math.round(sorted[Math.floor(sorted.length / 2)] ?? NaN),
    readerRequests: reader.requests,
    readerErrors: reader.errors,
  };
}

/**
 * The app stops for ten seconds under load, right after a publish (its second purge round still due);
 * readers should not notice. After the restart, the purges that were due go out (counted in the
 * outbox on PostgreSQL), and an unpublish shows through the edge.
 */
async function appDown(ctx: EdgeContext): Promise<EdgeResults['appDown']> {
  const downSeconds = 10;
  const draft = ctx.drafts.at(-1)!;
  const publish = await measurePublishToVisible(ctx.app.url, draft.id, draft.slug, { readerUrl: ctx.varnish.url });
  const load = readers(ctx.varnish.url, ['/', ctx.articlePath, ctx.tagPath, '/feed.xml', `/news/${draft.slug}`], downSeconds + 6);
  await ctx.app.stop();
  log(`app stopped ${publish.allMs} ms after its publish showed`);
  const dueAtStop = ctx.outbox ? await ctx.outbox.undelivered() : undefined;
  await new Promise((r) => setTimeout(r, downSeconds * 1000));
  ctx.app = await ctx.restartApp();
  const back = performance.now();
  log('app back');
  let dueDeliveredMs: number | undefined;
  if (ctx.outbox) {
    while ((await ctx.outbox.undelivered()) > 0 && performance.now() - back < 30_000) await new Promise((r) => setTimeout(r, 50));
    dueDeliveredMs = Math.round(performance.now() - back);
  }
  const reader = await load;
  const unpublish = await measureUnpublishToGone(ctx.app.url, draft.id, draft.slug, { readerUrl: ctx.varnish.url });
  return {
    downSeconds,
    readerRequests: reader.requests,
    readerErrors: reader.errors,
    ...(dueAtStop !== undefined ? { purgesDueAtStop: dueAtStop, dueDeliveredAfterRestartMs: dueDeliveredMs } : {}),
    goneAfterRestartMs: unpublish.allMs,
  };
}

export async function runEdgeBench(ctx: EdgeContext): Promise<EdgeResults> {
  const html = await (await fetchOnce(`${ctx.app.url}${ctx.articlePath}`)).text();
  const nginx = await startNginx(ctx.nginxPort, html);
  let loads: EdgeResults['loads'];
  try {
    loads = await measureLoads(ctx, nginx);
  } finally {
    await nginx.stop();
  }
  // Six drafts: one for publish/unpublish, two for the churn, two for the two-instance run, one after the restart.
  const [first, second, third, fourth, fifth] = ctx.drafts;
  const publish = await measurePublishToVisible(ctx.app.url, first!.id, first!.slug, { readerUrl: ctx.varnish.url, tagPath: ctx.tagPath });
  log(`publish-to-visible through the edge: ${JSON.stringify(publish)}`);
  const unpublish = await measureUnpublishToGone(ctx.app.url, first!.id, first!.slug, { readerUrl: ctx.varnish.url });
  log(`unpublish-to-gone through the edge: ${JSON.stringify(unpublish)}`);
  const churnResult = await churn({ ...ctx, drafts: [second!, third!] }, 60);
  log(`publish/update/unpublish every 2 s for a minute: ${JSON.stringify(churnResult)}`);
  let two: EdgeResults['twoInstances'];
  if (ctx.second) {
    two = await twoInstances(ctx, [fourth!, fifth!]);
    log(`two instances: ${JSON.stringify(two)}`);
    // The app-down run is about the one instance: the other would keep serving (and purging).
    await ctx.second.app.stop();
  }
  const down = await appDown(ctx);
  log(`app down for ${down.downSeconds} s under load: ${JSON.stringify(down)}`);
  return { loads, publish, unpublish, churn: churnResult, appDown: down, ...(two ? { twoInstances: two } : {}) };
}
