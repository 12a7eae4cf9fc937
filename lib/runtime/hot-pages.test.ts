// Public pages kept in memory, through the real request hook on a real HTTP server standing in for
// Next's handler: what is kept, that the next reader gets the same bytes without the handler, and that
// an expiry of any of the page's edge keys (a write here or on a peer) sends readers back to it.
import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { noteExpiredTags } from '@/lib/cache/render-race';
import { cacheTags } from '@/lib/cache/tags';
import { forgetHotPages, hotPageStats } from './hot-pages';
import { installRequestHook } from './request-hook';

const LONG = 'max-age=31536000, stale-while-revalidate=60, stale-if-error=86400';
let base: string;
let server: http.Server;
const rendered: string[] = [];
let version = 1;

/** Answers like Next's cache-hit path; the path says which rule to break. */
function handler(req: http.IncomingMessage, res: http.ServerResponse) {
  rendered.push(req.url!);
  const slug = req.url!.split('?')[0]!.split('/').pop()!;
  res.setHeader('xkey', `article-slug:${slug} settings`);
  res.setHeader('Surrogate-Control', req.url!.includes('short') ? 'max-age=1' : LONG);
  res.setHeader('Cache-Control', 's-maxage=3600, stale-while-revalidate=31532400');
  res.setHeader('Vary', req.url!.includes('vary-cookie') ? 'Cookie' : 'rsc, next-router-state-tree, Accept-Encoding');
  res.setHeader('x-nextjs-cache', req.url!.includes('miss') ? 'MISS' : 'HIT');
  res.setHeader('content-type', 'text/html; charset=utf-8');
  if (req.url!.includes('cookie-set')) res.setHeader('set-cookie', 'a=b; Path=/');
  if (req.url!.includes('private')) res.setHeader('Cache-Control', 'private, no-store');
  res.statusCode = req.url!.includes('gone') ? 404 : 200;
  // Streamed in two parts, as Next streams a page.
  res.write(`<main><h1>${slug} v${version}</h1>`);
  setTimeout(() => res.end(`<p>${'The quay wall repairs continue. '.repeat(60)}</p></main>`), 2);
}

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

/** One raw response (no client-side decoding), its body decoded as its own Content-Encoding says. */
function getRaw(path: string, acceptEncoding?: string) {
  return new Promise<{ encoding: string; text: string }>((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    http.get(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const bytes = Buffer.concat(chunks);
        try {
          resolve({ encoding, text: encoding === 'gzip' ? zlib.gunzipSync(bytes).toString() : bytes.toString() });
        } catch (error) {
          reject(new Error(`${path} (Accept-Encoding ${acceptEncoding}): body is not ${encoding}: ${String(error)}`));
        }
      });
    }).on('error', reject);
  });
}

const env = process.env as Record<string, string | undefined>;
const nodeEnv = env.NODE_ENV;
beforeAll(async () => {
  // Kept in production servers only.
  env.NODE_ENV = 'production';
  installRequestHook();
  server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  env.NODE_ENV = nodeEnv;
  server.close();
});
beforeEach(() => {
  forgetHotPages();
  rendered.length = 0;
});

describe('hot pages', () => {
  it('answers the next reader of a cached public page from memory, with the same bytes and headers', async () => {
    const first = await get('/news/harbour-crane');
    const second = await get('/news/harbour-crane');
    expect(rendered).toEqual(['/news/harbour-crane']);
    expect(second.body).toBe(first.body);
    expect(second.headers.get('xkey')).toBe('article-slug:harbour-crane settings');
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id') ?? 'none');
    // Compressed and plain copies are kept apart; the compressed one decompresses to the same page.
    // Each response read to its end before the next request: a page is kept once it has been sent whole.
    await (await fetch(`${base}/news/harbour-crane`, { headers: { 'accept-encoding': 'gzip' } })).arrayBuffer();
    const again = await fetch(`${base}/news/harbour-crane`, { headers: { 'accept-encoding': 'gzip' } });
    expect(again.headers.get('content-encoding')).toBe('gzip');
    expect(await again.text()).toBe(first.body);
    expect(rendered).toEqual(['/news/harbour-crane', '/news/harbour-crane']);
    expect(hotPageStats().entries).toBe(2);
  });

  it('sends readers back to the app the moment a write expires one of the page’s keys, and keeps nothing while it settles', async () => {
    await get('/news/ferry-times');
    await get('/news/ferry-times');
    expect(rendered).toHaveLength(1);
    version++;
    noteExpiredTags([cacheTags.articleSlug('ferry-times')]);
    expect((await get('/news/ferry-times')).body).toContain(`v${version}`);
    // Right after a write, the app's own cache may still be catching up: not kept yet.
    await get('/news/ferry-times');
    expect(rendered).toHaveLength(3);
    // A page with other keys is untouched by it.
    await get('/news/other-story');
    await get('/news/other-story');
    expect(rendered).toHaveLength(4);
  });

  it('keeps a page no longer than the edge may (Surrogate-Control max-age)', async () => {
    await get('/news/short-lived');
    await get('/news/short-lived');
    expect(rendered).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await get('/news/short-lived');
    expect(rendered).toHaveLength(2);
  });

  it('never keeps what an edge must not: a render, a cookie, a private or missing page, a Vary it cannot key', async () => {
    for (const path of ['/news/miss-render', '/news/cookie-set', '/news/private-page', '/news/gone-story', '/news/vary-cookie']) {
      await get(path);
      await get(path);
      expect(rendered.filter((p) => p === path), path).toHaveLength(2);
    }
    expect(hotPageStats().entries).toBe(0);
  });

  it('leaves requests of the client router, ranges and revalidations to the app', async () => {
    await get('/news/tide-tables');
    const bypassing: Record<string, string>[] = [{ rsc: '1' }, { 'next-router-prefetch': '1' }, { range: 'bytes=0-10' }, { 'if-none-match': '"x"' }];
    for (const headers of bypassing) {
      await get('/news/tide-tables', headers);
    }
    expect(rendered).toHaveLength(5);
    await get('/news/tide-tables');
    expect(rendered).toHaveLength(5);
    // Addresses with a query string are left to the app (and to the edge, which normalises them).
    await get('/news/tide-tables?utm_source=share');
    await get('/news/tide-tables?utm_source=share');
    expect(rendered).toHaveLength(7);
  });

  it('files each page under the encoding it was sent in, however Accept-Encoding is written', async () => {
    // [header, does the client take gzip]: each sent between two plain requests for the same page, so a
    // copy filed under the wrong encoding would reach the next reader.
    const forms: [string, boolean][] = [
      ['*', true], ['gzip;q=0', false], ['*;q=0', false], ['identity', false], ['identity;q=0', false],
      ['br', false], ['GZIP', true], [' gzip ;  q=0.5 ', true], ['gzip;q=0, *', false], ['*;q=0, gzip', true],
      ['gzip;q=junk', false], [',;=, x', false], ['identity, gzip;q=0.5', false], ['', false],
    ];
    const page = () => `<main><h1>pressed-page v${version}</h1><p>${'The quay wall repairs continue. '.repeat(60)}</p></main>`;
    const check = async (header: string | undefined, takesGzip: boolean) => {
      const { encoding, text } = await getRaw('/news/pressed-page', header);
      expect(text, `Accept-Encoding ${header}`).toBe(page());
      expect(encoding, `Accept-Encoding ${header}`).toBe(takesGzip ? 'gzip' : 'identity');
    };
    for (const [header, takesGzip] of forms) {
      await check(undefined, false);
      await check(header, takesGzip);
      await check(undefined, false);
      await check('gzip', true);
    }
    // Answered from memory after the first of each encoding: the check above ran against kept copies.
    expect(rendered).toHaveLength(2);
  });

  // Last: every page carries the site frame's key, so nothing is kept for a few seconds after this.
  it('sends every reader back when the site frame changes (settings are on every page)', async () => {
    await get('/news/council-vote');
    await get('/news/council-vote');
    expect(rendered).toHaveLength(1);
    noteExpiredTags([cacheTags.settings]);
    await get('/news/council-vote');
    expect(rendered).toHaveLength(2);
  });
});
