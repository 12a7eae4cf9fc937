// Compression in front of a handler, on a real HTTP server: whole bodies gzip once per distinct body,
// streams compress as they stream, and what must not be compressed is left alone.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyCache, withCompressedResponses } from './compressed-responses';
import { rawRequest } from './testing';

const page = (n: number) => `<!doctype html><p>${`Story number ${n}. `.repeat(200)}</p>`;
const cache = new BodyCache();
const seenAcceptEncoding: (string | undefined)[] = [];

function app(req: http.IncomingMessage, res: http.ServerResponse) {
  seenAcceptEncoding.push(req.headers['accept-encoding']);
  const url = req.url ?? '/';
  if (url.startsWith('/page/')) {
    // As Next sends a cache hit: headers set, then the whole body in end().
    const body = page(Number(url.slice(6)));
    res.statusCode = 200;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(body));
    res.setHeader('ETag', '"abc"');
    return res.end(body);
  }
  if (url.startsWith('/same-etag/')) {
    // Two different bodies that claim the same ETag: each reader still gets its own page.
    const body = page(100 + Number(url.slice(11)));
    res.setHeader('Content-Type', 'text/html');
    res.setHeader('ETag', '"same"');
    return res.end(body);
  }
  if (url === '/stream') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write('<!doctype html><p>first part</p>');
    (res as http.ServerResponse & { flush?: () => void }).flush?.();
    setTimeout(() => res.end(`<p>${'second part '.repeat(300)}</p>`), 20);
    return;
  }
  if (url === '/small') return res.writeHead(200, { 'content-type': 'text/plain' }).end('tiny');
  if (url === '/image') return res.writeHead(200, { 'content-type': 'image/webp' }).end(Buffer.alloc(5000, 7));
  if (url === '/encoded') return res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(Buffer.alloc(5000, 1));
  if (url === '/partial') return res.writeHead(206, { 'content-type': 'text/plain', 'content-range': 'bytes 0-4999/9000' }).end(Buffer.alloc(5000, 97));
  if (url === '/not-modified') return res.writeHead(304, { etag: '"abc"' }).end();
  res.writeHead(404, { 'content-type': 'text/plain' }).end('missing');
}

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer(withCompressedResponses(app, cache));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
const get = (path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET') => rawRequest(port, path, headers, method);

describe('compressed responses', () => {
  it('gzips a whole body once and reuses it for the same bytes, with a correct length', async () => {
    const first = await get('/page/1');
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(first.headers['content-length'])).toBe(first.body.length);
    expect(zlib.gunzipSync(first.body).toString()).toBe(page(1));
    expect(first.headers.etag).toBe('"abc"');
    // The app never sees the client's Accept-Encoding (so it does not compress too).
    expect(seenAcceptEncoding.at(-1)).toBeUndefined();

    const hitsBefore = cache.hits;
    const second = await get('/page/1');
    expect(cache.hits).toBe(hitsBefore + 1);
    expect(second.body.equals(first.body)).toBe(true);
    // Another body is never answered from the first one's entry.
    const other = await get('/page/2');
    expect(zlib.gunzipSync(other.body).toString()).toBe(page(2));
  });

  it('sends each body its own gzip even when two bodies share an ETag', async () => {
    for (const n of [1, 2, 1, 2]) expect(zlib.gunzipSync((await get(`/same-etag/${n}`)).body).toString()).toBe(page(100 + n));
  });

  it('compresses a streamed response as it streams', async () => {
    const streamed = await get('/stream');
    expect(streamed.headers['content-encoding']).toBe('gzip');
    expect(streamed.headers['content-length']).toBeUndefined();
    expect(zlib.gunzipSync(streamed.body).toString()).toBe(`<!doctype html><p>first part</p><p>${'second part '.repeat(300)}</p>`);
  });

  it('leaves alone small bodies, images, encoded bodies, byte ranges, 304s, HEAD and clients without gzip', async () => {
    expect((await get('/small')).headers['content-encoding']).toBeUndefined();
    expect((await get('/small')).body.toString()).toBe('tiny');
    const image = await get('/image');
    expect(image.headers['content-encoding']).toBeUndefined();
    expect(image.body.length).toBe(5000);
    expect((await get('/encoded')).headers['content-encoding']).toBe('br');
    expect((await get('/not-modified')).status).toBe(304);
    expect((await get('/partial')).headers['content-encoding']).toBeUndefined();
    const plain = await get('/page/3', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page(3));
    const refused = await get('/page/3', { 'accept-encoding': 'gzip;q=0, identity' });
    expect(refused.headers['content-encoding']).toBeUndefined();
    const head = await get('/page/3', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(seenAcceptEncoding.at(-1)).toBe('gzip');
  });

  it('keeps the cache within its size, dropping the least recently used first', () => {
    const small = new BodyCache(4000);
    const body = (n: number) => Buffer.alloc(450, n);
    for (const n of [1, 2]) small.set(String(n), body(n), Buffer.alloc(450));
    small.get('1', body(1));
    for (const n of [3, 4, 5]) small.set(String(n), body(n), Buffer.alloc(450));
    expect(small.get('2', body(2))).toBeUndefined();
    expect(small.get('1', body(1))).toBeDefined();
    expect(small.size).toBe(4);
  });

  it('never answers with an entry made from other bytes, even under the same key', () => {
    const kept = new BodyCache();
    kept.set('same-etag', Buffer.from('first page'), Buffer.from('gzip of the first'));
    expect(kept.get('same-etag', Buffer.from('other page'))).toBeUndefined();
    expect(kept.get('same-etag', Buffer.from('first page'))?.toString()).toBe('gzip of the first');
  });
});
