// Reader pages without Next's scripts, on a real HTTP server with the compressor in front as in the
// request hook: what goes and what stays, lengths and gzip right, staff pages and other types untouched.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyCache, compressResponse } from './compressed-responses';
import { isReaderPath, stripReaderScripts, withoutFrameworkScripts } from './reader-scripts';
import { rawRequest } from './testing';

const story = `<article><h1>River council</h1><p>${'The council met again. '.repeat(80)}</p><a href="/tag/climate">Climate</a></article>`;
const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"a \\u003c/script> b"}</script>';
const island = '<script async="" src="/live-coverage.js" data-byline-island=""></script>';
/** The shape of a Next 16 App Router page: script preloads, chunk scripts, flight data inline. */
const nextPage = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/main-2.js"/>',
  '<link rel="preload" as="script" href="/live-coverage.js"/>',
  '<link rel="preload" as="image" href="/media/a.webp" fetchPriority="high"/>',
  '<script src="/_next/static/chunks/webpack-1.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  `${island}${jsonLd}</head><body>${story}`,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>',
  '<script nonce="n0" id="_R_">self.__next_f.push([1,"x"])</script></body></html>',
].join('');
const expected = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/css/site.css" data-precedence="next"/>',
  '<link rel="preload" as="script" href="/live-coverage.js"/>',
  '<link rel="preload" as="image" href="/media/a.webp" fetchPriority="high"/>',
  `${island}${jsonLd}</head><body>${story}</body></html>`,
].join('');

function app(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = req.url ?? '/';
  if (url === '/streamed' || url === '/dashboard/streamed') {
    // As Next streams a page rendered per request: head first, then the rest.
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(nextPage.slice(0, 400));
    (res as http.ServerResponse & { flush?: () => void }).flush?.();
    setTimeout(() => res.end(nextPage.slice(400)), 10);
    return;
  }
  if (url === '/feed.xml') return res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><script>kept</script></rss>');
  // As Next sends a cached page: headers set, the whole body in end().
  res.statusCode = url.startsWith('/missing') ? 404 : 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(nextPage));
  res.setHeader('ETag', '"next-etag"');
  res.end(nextPage);
}

const cache = new BodyCache();
let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    compressResponse(req, res, new BodyCache());
    stripReaderScripts(req, res, cache);
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(port, path, headers, method);

describe('reader pages without framework scripts', () => {
  it("takes out Next's scripts and script preloads, keeping islands, JSON-LD, styles and the page", () => {
    expect(withoutFrameworkScripts(nextPage)).toBe(expected);
  });

  it('tells reader pages from client apps by their first segment', () => {
    for (const path of ['/', '/news/a-story', '/tag/climate?x=1', '/search?q=river', '/no-such-page', '/about']) expect(isReaderPath(path), path).toBe(true);
    for (const path of ['/dashboard', '/dashboard/articles/1', '/login?callbackUrl=%2F', '/set-password/t', '/preview/1', '/api/auth/signin', '/_next/static/chunks/a.js']) expect(isReaderPath(path), path).toBe(false);
  });

  it('sends a cached page changed, with its length, its ETag and its gzip right, changing each body once', async () => {
    const plain = await get('/news/a-story');
    expect(plain.body.toString()).toBe(expected);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    expect(plain.headers.etag).toBe('"next-etag"');
    const missesBefore = cache.misses;
    const gzipped = await get('/news/a-story', { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(Number(gzipped.headers['content-length'])).toBe(gzipped.body.length);
    expect(zlib.gunzipSync(gzipped.body).toString()).toBe(expected);
    expect(cache.misses).toBe(missesBefore);
    const missing = await get('/missing-page');
    expect([missing.status, missing.body.toString()]).toEqual([404, nextPage]);
  });

  it('gathers a streamed reader page and sends it whole', async () => {
    const streamed = await get('/streamed', { 'accept-encoding': 'gzip' });
    expect(zlib.gunzipSync(streamed.body).toString()).toBe(expected);
    expect(Number(streamed.headers['content-length'])).toBe(streamed.body.length);
  });

  it('leaves staff pages, other types and HEAD bodies alone', async () => {
    expect((await get('/dashboard/streamed')).body.toString()).toBe(nextPage);
    expect((await get('/feed.xml')).body.toString()).toBe('<rss><script>kept</script></rss>');
    const head = await get('/news/a-story', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBeUndefined();
  });
});
