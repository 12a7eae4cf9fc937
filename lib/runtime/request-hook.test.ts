// The request hook on a real HTTP server: malformed paths are answered 400 before the app, HSTS only for https sites.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hstsHeaderValue, installRequestHook, isAcceptablePath } from './request-hook';

async function withServer(run: (base: string, reached: string[]) => Promise<void>) {
  installRequestHook();
  const reached: string[] = [];
  const server = http.createServer((req, res) => {
    reached.push(req.url ?? '');
    res.end('app');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, reached);
  } finally {
    server.close();
  }
}

describe('request hook', () => {
  it('answers paths with invalid percent-encoding or a NUL with a quiet 400, before the app sees them', async () => {
    await withServer(async (base, reached) => {
      for (const path of ['/news/%C3%28', '/media/%C3%28', '/news/%00', '/tag/a%00b', '/author/%00', '/news/%ED%A0%80', `/author/${'x'.repeat(6000)}`]) {
        const response = await fetch(base + path);
        expect(response.status, path).toBe(400);
        expect(await response.text()).toBe('Bad request: the address is not valid.');
      }
      expect(reached).toEqual([]);
      const ok = await fetch(`${base}/news/caf%C3%A9?q=%C3%28`);
      expect(await ok.text()).toBe('app');
      expect(reached).toEqual(['/news/caf%C3%A9?q=%C3%28']);
    });
  });

  it('accepts ordinary paths', () => {
    expect(isAcceptablePath('/')).toBe(true);
    expect(isAcceptablePath('/news/%F0%9F%98%80')).toBe(true);
    expect(isAcceptablePath('/news/a%2500')).toBe(true); // decodes to "a%00": the page's own parser refuses it
  });

  it('sends HSTS only when the site is https and the max-age is positive', () => {
    expect(hstsHeaderValue({ siteUrl: 'https://news.example.com', hstsMaxAge: 31_536_000 })).toBe('max-age=31536000');
    expect(hstsHeaderValue({ siteUrl: 'http://localhost:3000', hstsMaxAge: 31_536_000 })).toBeNull();
    expect(hstsHeaderValue({ siteUrl: 'https://news.example.com', hstsMaxAge: 0 })).toBeNull();
  });

  it('sends a redirect with one Location even when the app appends the same one again', async () => {
    installRequestHook();
    const server = http.createServer((_req, res) => {
      res.statusCode = 308;
      res.setHeader('location', '/news/new');
      res.appendHeader('location', '/news/new');
      res.appendHeader('set-cookie', 'a=1');
      res.appendHeader('set-cookie', 'a=1');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { redirect: 'manual' });
      expect(response.headers.get('location')).toBe('/news/new');
      // Only Location is looked after: other repeated headers are the app's business.
      expect(response.headers.getSetCookie()).toEqual(['a=1', 'a=1']);
    } finally {
      server.close();
    }
  });
});
