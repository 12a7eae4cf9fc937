// A response rendered across a write that expired one of its edge keys gets a one-second edge lifetime,
// through the real request hook on a real HTTP server, with and without the hook's own compression.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { installRequestHook } from '@/lib/runtime/request-hook';
import { cacheTags } from './tags';
import { expiredSince, noteAllExpired, noteExpiredTags, RACED_SURROGATE_CONTROL } from './render-race';

const LONG = 'max-age=31536000, stale-while-revalidate=60, stale-if-error=86400';

describe('render race', () => {
  it('knows which edge keys a write expired after a response began', () => {
    const before = Date.now() - 1;
    noteExpiredTags([cacheTags.articleSlug('quay-wall-race'), cacheTags.article('00000000-0000-0000-0000-000000000009')]);
    expect(expiredSince('settings article-slug:quay-wall-race', before)).toBe(true);
    expect(expiredSince('settings article-slug:other-story', before)).toBe(false);
    expect(expiredSince('article-slug:quay-wall-race', Date.now() + 1)).toBe(false);
  });

  it('counts every key as expired when every page was (start-up)', () => {
    const before = Date.now() - 1;
    noteAllExpired(before);
    expect(expiredSince('settings article-slug:never-written', before)).toBe(true);
    expect(expiredSince('settings article-slug:never-written', Date.now() + 1)).toBe(false);
  });

  it('sends a short edge lifetime only on responses whose render a write overtook', async () => {
    installRequestHook();
    const server = http.createServer((req, res) => {
      res.setHeader('xkey', `article-slug:${req.url!.slice(1)} settings`);
      res.setHeader('Surrogate-Control', LONG);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // The write lands while this page is being rendered.
      if (req.url === '/raced-story') noteExpiredTags([cacheTags.articleSlug('raced-story')]);
      setTimeout(() => res.end('<p>' + 'words '.repeat(400) + '</p>'), 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      for (const encoding of ['gzip', 'identity']) {
        const raced = await fetch(`${base}/raced-story`, { headers: { 'accept-encoding': encoding } });
        expect(raced.headers.get('surrogate-control'), encoding).toBe(RACED_SURROGATE_CONTROL);
        expect(await raced.text()).toContain('words');
        // A render that began after the write keeps the route's long lifetime.
        const calm = await fetch(`${base}/calm-story`, { headers: { 'accept-encoding': encoding } });
        expect(calm.headers.get('surrogate-control'), encoding).toBe(LONG);
      }
    } finally {
      server.close();
    }
  });
});
