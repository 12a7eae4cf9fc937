// Runs small checks on every HTTP request in the server process before Next.js handles it: the things
// Next gives an app no earlier (or no other) place for. Installed once from instrumentation.ts.
//
// - stamps the socket address for the sign-in limit (lib/auth/peer-address.ts: Next exposes none);
// - answers a path with invalid percent-encoding ("/news/%C3%28") or one that decodes to a NUL or other
//   control character ("/news/%00") with a quiet 400 itself: Next's router fails to decode the first
//   before any proxy, page or error boundary runs (a 500), and for the second Next's ISR cache tries to
//   write a file whose name holds the NUL and logs an error per request, even when the page says 404;
//   paths with a segment longer than any slug get the same answer (Next's cache cannot name their file);
// - compresses GET responses itself (compressed-responses.ts) instead of Next, reusing the gzip of a body
//   it sent before: a cached page is compressed once, not on every hit;
// - answers public pages Next served from its page cache from memory (hot-pages.ts);
// - sends reader pages without Next's scripts (reader-scripts.ts: nothing on them needs the framework);
// - shortens the edge lifetime of a public page rendered across a write that expired it (markRacedRenders);
// - keeps a redirect's Location single (Next repeats it on a freshly cached redirect: appendHeaderOnce);
// - sends Strict-Transport-Security when SITE_URL is https, from the runtime config (headers in
//   next.config.ts are fixed at build time, and every response should carry it, cached pages too).
// - hands WebSocket upgrades for the live-editing path to lib/collab (same port, no second server);
//   every other upgrade (dev HMR) goes on to Next.
import http from 'node:http';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import { stampPeerAddress } from '@/lib/auth/peer-address';
import { getConfig } from '@/lib/config/env';
import { isStorableText } from '@/lib/core/text-rule';
import { expiredSince, RACED_SURROGATE_CONTROL } from '@/lib/cache/render-race';
import { handleCollabUpgrade } from '@/lib/collab/upgrade';
import { compressResponse } from './compressed-responses';
import { recordHotPage, serveHotPage } from './hot-pages';
import { stripReaderScripts } from './reader-scripts';

type Hooks = { installed?: boolean };
const hooks = ((globalThis as { [key: symbol]: Hooks })[Symbol.for('byline.request-hook')] ??= {});

/** The Strict-Transport-Security value for this config, or null when it must not be sent. */
export function hstsHeaderValue(config: { siteUrl: string; hstsMaxAge: number }): string | null {
  if (!config.siteUrl.startsWith('https://') || config.hstsMaxAge <= 0) return null;
  // No includeSubDomains: other hosts under the same domain may not serve https; operators add it at their proxy.
  return `max-age=${config.hstsMaxAge}`;
}

/**
 * No slug, tag or file name here is longer than 200 characters; a longer segment would make Next's ISR
 * cache try a file name the file system refuses (ENAMETOOLONG, logged per request).
 */
const MAX_SEGMENT = 200;

/** True when the path (not the query) percent-decodes as UTF-8 to text the text rule allows, in short segments. */
export function isAcceptablePath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  if (path.split('/').some((segment) => segment.length > MAX_SEGMENT)) return false;
  try {
    return isStorableText(decodeURIComponent(path));
  } catch {
    return false;
  }
}

/** Returns true when the request has been answered here. */
export function handleEarly(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  stampPeerAddress(request);
  const hsts = hstsHeaderValue(getConfig());
  if (hsts) response.setHeader('Strict-Transport-Security', hsts);
  if (!isAcceptablePath(request.url)) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end('Bad request: the address is not valid.');
    return true;
  }
  return false;
}

const appendHeader = http.ServerResponse.prototype.appendHeader;
/**
 * Next 16 sends a redirect it has just rendered into its page cache with `Location` twice: the render
 * sets it on the response, then the fresh cache entry's headers are appended to the same response.
 * An edge stores that response as it is; an identical second value is dropped here.
 */
function appendHeaderOnce(this: http.ServerResponse, name: string, value: string | readonly string[]) {
  if (name.toLowerCase() === 'location' && String(this.getHeader('location') ?? '') === String(value)) return this;
  return appendHeader.call(this, name, value);
}

/**
 * Gives a public response a one-second edge lifetime when one of its edge keys was expired while it
 * was being rendered (lib/cache/render-race.ts says why).
 */
export function markRacedRenders(request: http.IncomingMessage, response: http.ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const startedAt = Date.now();
  const writeHead = response.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  response.writeHead = function writeHeadMarkingRaces(this: http.ServerResponse, ...args: unknown[]) {
    const keys = this.getHeader('xkey');
    if (typeof keys === 'string' && this.getHeader('surrogate-control') && expiredSince(keys, startedAt)) {
      this.setHeader('Surrogate-Control', RACED_SURROGATE_CONTROL);
    }
    return writeHead.apply(this, args);
  } as typeof response.writeHead;
}

/** Wraps the 'request' event of every HTTP(S) server in this process (idempotent). */
export function installRequestHook(): void {
  if (hooks.installed) return;
  hooks.installed = true;
  http.ServerResponse.prototype.appendHeader = appendHeaderOnce;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
    Server.prototype.emit = function emitWithHook(this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') {
        const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
        if (handleEarly(request, response)) return true;
        if (serveHotPage(request, response)) return true;
        // Before compression: its writeHead, write and end end up calling these.
        markRacedRenders(request, response);
        recordHotPage(request, response);
        compressResponse(request, response);
        // After compression: reader pages reach the compressor (and so the hot-page store) without Next's scripts.
        stripReaderScripts(request, response);
      }
      if (event === 'upgrade') {
        const [request, socket, head] = args as [http.IncomingMessage, Duplex, Buffer];
        if (handleCollabUpgrade(request, socket, head)) return true;
      }
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
}
