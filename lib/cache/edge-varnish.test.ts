// The shipped Varnish configuration and the purge outbox, against a real varnishd (Debian's varnish +
// varnish-modules) and the real database. The backend here is a small HTTP server answering with the
// headers Byline sends, so each rule is checked in isolation; e2e/edge.spec.ts runs the real app.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { edgePurges } from '@/db/schema';
import { findVarnishd, startVarnish, type RunningVarnish } from '@/scripts/varnish';

const installed = Boolean(findVarnishd());
// The outbox reads its edges from the configuration, parsed once per process: name this file's edge
// before anything asks for it.
const edgePort = 20_000 + (process.pid % 20_000);
process.env.EDGE_PURGE_URLS = `http://127.0.0.1:${edgePort}`;
if (!installed && process.env.CI) throw new Error('CI must install varnish and varnish-modules (see .ci/run)');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** What the backend saw, and a version number that changes what it serves. */
const seen: { url: string; cookie: string | undefined }[] = [];
let version = 1;

function backendHandler(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/';
  if (url === '/api/health') return res.writeHead(200, { 'cache-control': 'no-store' }).end('{"ok":true}');
  seen.push({ url, cookie: req.headers.cookie });
  const page = (keys: string, extra: Record<string, string> = {}) =>
    res
      .writeHead(200, {
        'content-type': 'text/html',
        xkey: keys,
        'surrogate-key': keys,
        'surrogate-control': 'max-age=31536000, stale-while-revalidate=60, stale-if-error=86400',
        'cache-control': 's-maxage=3600, stale-while-revalidate=31532400',
        ...extra,
      })
      .end(`<p>${url} v${version}</p>`);
  if (url.startsWith('/news/one')) return page('article-slug:one articles settings');
  if (url.startsWith('/news/two')) return page('article-slug:two articles settings');
  if (url === '/robots.txt') return page('settings');
  if (url === '/sets-cookie') return page('articles', { 'set-cookie': 'a=b; Path=/' });
  if (url === '/private') return page('articles', { 'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate' });
  if (url.startsWith('/dashboard')) return page('articles');
  res.writeHead(404, { 'cache-control': 'no-store' }).end('missing');
}

describe.skipIf(!installed)('the shipped Varnish configuration, and purges through the outbox', () => {
  let backend: http.Server;
  let backendPort: number;
  let varnish: RunningVarnish;

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${varnish.url}${path}`, { headers });
  const cacheState = async (path: string, headers?: Record<string, string>) => {
    const response = await get(path, headers);
    return { status: response.status, cache: response.headers.get('x-cache'), body: await response.text(), response };
  };
  const startBackend = async () => {
    backend = http.createServer(backendHandler);
    await new Promise<void>((resolve) => backend.listen(backendPort, '127.0.0.1', resolve));
  };
  const stopBackend = () => new Promise<void>((resolve) => backend.close(() => resolve()));
  const waitFor = async (check: () => Promise<boolean>, what: string) => {
    for (let i = 0; i < 100; i++) {
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const backendHealthy = () => waitFor(async () => (await fetch(`${varnish.url}/.byline-edge/health`)).status === 200, 'the backend to be healthy');

  beforeAll(async () => {
    backendPort = await freePort();
    await startBackend();
    varnish = await startVarnish({ listen: { host: '127.0.0.1', port: edgePort }, backends: [{ host: '127.0.0.1', port: backendPort }], memoryMb: 32, threads: 10 });
    await backendHealthy();
  }, 60_000);

  afterAll(async () => {
    await varnish?.stop();
    await stopBackend().catch(() => {});
  });

  beforeEach(async () => {
    // Start every test from an empty cache.
    await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'articles settings' } });
    seen.length = 0;
  });

  it('serves the second request for a page from the cache', async () => {
    expect((await cacheState('/news/one')).cache).toBe('MISS');
    const second = await cacheState('/news/one');
    expect(second).toMatchObject({ status: 200, cache: 'HIT' });
    expect(seen.filter((s) => s.url === '/news/one')).toHaveLength(1);
    // Keys are for the edge only.
    expect(second.response.headers.get('xkey')).toBeNull();
    expect(second.response.headers.get('surrogate-key')).toBeNull();
  });

  it('purges exactly the pages that carry a key', async () => {
    for (const path of ['/news/one', '/news/two', '/robots.txt']) await get(path);
    const purge = await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'article-slug:one' } });
    expect(purge.status).toBe(200);
    expect((await cacheState('/news/one')).cache).toBe('MISS');
    expect((await cacheState('/news/two')).cache).toBe('HIT');
    expect((await cacheState('/robots.txt')).cache).toBe('HIT');
  });

  it('never serves a purged copy while the app answers', async () => {
    version = 1;
    expect((await cacheState('/news/one')).body).toContain('v1');
    version = 2;
    await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'article-slug:one' } });
    expect((await cacheState('/news/one')).body).toContain('v2');
  });

  it('keeps one cache entry per page whatever the tracking parameters, and sends no cookies to the app', async () => {
    await get('/news/one?utm_source=x&fbclid=abc', { cookie: 'authjs.session-token=secret' });
    const again = await cacheState('/news/one?gclid=1&utm_medium=social');
    expect(again.cache).toBe('HIT');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toEqual({ url: '/news/one', cookie: undefined });
    // Other parameters still make their own page.
    expect((await cacheState('/news/one?page=2')).cache).toBe('MISS');
  });

  it('never stores a response that sets a cookie or says private, nor any staff page', async () => {
    for (const path of ['/sets-cookie', '/private', '/dashboard/articles']) {
      await get(path, { cookie: 'authjs.session-token=secret' });
      const second = await cacheState(path, { cookie: 'authjs.session-token=secret' });
      expect(second.cache, path).toBe('MISS');
    }
    // Staff pages keep the session cookie; public ones lose it.
    expect(seen.find((s) => s.url === '/dashboard/articles')?.cookie).toBe('authjs.session-token=secret');
    expect(seen.filter((s) => s.url === '/sets-cookie')).toHaveLength(2);
    expect(seen.filter((s) => s.url === '/private')).toHaveLength(2);
  });

  it('answers POSTs (server actions) from the app, never from the cache', async () => {
    await get('/news/one');
    const post = await fetch(`${varnish.url}/news/one`, { method: 'POST', body: 'x' });
    expect(post.headers.get('x-cache')).toBe('MISS');
    expect(seen.filter((s) => s.url === '/news/one')).toHaveLength(2);
  });

  it('refuses a purge without keys, or from an address not allowed to purge', async () => {
    expect((await fetch(varnish.url, { method: 'PURGE' })).status).toBe(400);
    const strict = await startVarnish({
      listen: { host: '127.0.0.1', port: await freePort() },
      backends: [{ host: '127.0.0.1', port: backendPort }],
      memoryMb: 16,
      threads: 10,
      purgers: ['192.0.2.1'],
    });
    try {
      await get('/news/one');
      const refused = await fetch(strict.url, { method: 'PURGE', headers: { 'xkey-purge': 'articles' } });
      expect(refused.status).toBe(403);
      expect((await fetch(`${strict.url}/.byline-edge/health`)).headers.get('x-cache')).toBe('MISS');
    } finally {
      await strict.stop();
    }
  }, 30_000);

  it('delivers a queued purge and records it, and retries while the edge is down', async () => {
    const { deliverEdgePurges, queueEdgePurge, setPageCacheRefresh, FOLLOW_UP_ROUNDS_MS } = await import('./edge-purge');
    // Before each follow-up round, every instance expires the keys in its own page cache again.
    const refreshed: string[][] = [];
    setPageCacheRefresh(async (keys) => void refreshed.push(keys));
    const db = await getDb();
    await get('/news/one');
    await get('/news/two');
    expect(await queueEdgePurge(db, ['article:00000000-0000-0000-0000-000000000001', 'article-slug:one'])).toBe(true);
    const [queued] = await db.select().from(edgePurges);
    expect(queued).toMatchObject({ keys: ['article-slug:one'], pendingEdges: [varnish.url], deliveredAt: null });
    // The first round waits a moment after the commit (settleMs).
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(await deliverEdgePurges()).toEqual({ delivered: 1, retrying: 0 });
    expect(refreshed).toEqual([]);
    expect((await cacheState('/news/one')).cache).toBe('MISS');
    expect((await cacheState('/news/two')).cache).toBe('HIT');
    // Follow-up rounds come later (under a second, then a few seconds), for copies that were in flight during the first.
    for (const [i, delayMs] of FOLLOW_UP_ROUNDS_MS.entries()) {
      const [waiting] = await db.select().from(edgePurges).where(eq(edgePurges.id, queued!.id));
      expect(waiting).toMatchObject({ round: i + 2, deliveredAt: null, pendingEdges: [varnish.url] });
      expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + delayMs - 500);
      expect(await deliverEdgePurges()).toEqual({ delivered: 0, retrying: 0 });
      await get('/news/one');
      await db.update(edgePurges).set({ nextAttemptAt: new Date(0) }).where(eq(edgePurges.id, queued!.id));
      // Not counted as a newly visible change: the first round was.
      expect(await deliverEdgePurges()).toEqual({ delivered: 0, retrying: 0 });
      expect((await cacheState('/news/one')).cache).toBe('MISS');
      expect(refreshed).toHaveLength(i + 1);
    }
    expect(refreshed.at(-1)).toEqual(['article-slug:one']);
    const [delivered] = await db.select().from(edgePurges).where(eq(edgePurges.id, queued!.id));
    expect(delivered!.deliveredAt).not.toBeNull();

    // The edge is down: the purge waits in the outbox with the reason, and goes out once it is back.
    await varnish.stop();
    await queueEdgePurge(db, ['article-slug:two']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await deliverEdgePurges()).toEqual({ delivered: 0, retrying: 1 });
    const [waiting] = await db.select().from(edgePurges).where(eq(edgePurges.keys, ['article-slug:two']));
    expect(waiting!.deliveredAt).toBeNull();
    expect(waiting!.lastError).toContain(varnish.url);
    varnish = await startVarnish({ listen: { host: '127.0.0.1', port: edgePort }, backends: [{ host: '127.0.0.1', port: backendPort }], memoryMb: 32, threads: 10 });
    await backendHealthy();
    await db.update(edgePurges).set({ nextAttemptAt: new Date(0) }).where(eq(edgePurges.id, waiting!.id));
    expect(await deliverEdgePurges()).toEqual({ delivered: 1, retrying: 0 });
  }, 60_000);

  it('serves stored pages while the app is down (stale-if-error), even ones purged meanwhile', async () => {
    version = 3;
    await get('/news/one');
    // Purged just before the app goes away: the expired copy is still served rather than an error.
    await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'article-slug:one' } });
    await stopBackend();
    expect((await cacheState('/news/one')).body).toContain('v3');
    try {
      await waitFor(async () => (await fetch(`${varnish.url}/.byline-edge/health`)).status === 503, 'the edge to see the app down');
      expect((await cacheState('/news/one')).body).toContain('v3');
      // A purge while no instance answers keeps the copy to serve stale.
      const purgedWhileDown = await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'article-slug:one' } });
      expect(purgedWhileDown.status).toBe(200);
      const stale = await cacheState('/news/one');
      expect(stale).toMatchObject({ status: 200, cache: 'HIT' });
      expect(stale.body).toContain('v3');
      // A page never stored has nothing to fall back on.
      expect((await cacheState('/news/never-seen')).status).toBe(503);
    } finally {
      await startBackend();
    }
    // Back up: the page is fetched fresh again.
    version = 4;
    await waitFor(async () => (await fetch(`${varnish.url}/.byline-edge/health`)).status === 200, 'the edge to see the app back');
    await fetch(varnish.url, { method: 'PURGE', headers: { 'xkey-purge': 'article-slug:one' } });
    expect((await cacheState('/news/one')).body).toContain('v4');
  }, 60_000);
});
