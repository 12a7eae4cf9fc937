// Public pages answered from memory before Next's handler runs: the bytes of a response Next itself
// served from its page cache (`x-nextjs-cache: HIT`), kept under the same edge keys the edge stores it
// under and dropped the moment any of them is expired here (a write on this instance, or one a peer
// announced: render-race.ts keeps that clock). Next's cache-hit path (route matching, cache lookup,
// response assembly) costs several times a plain socket write; a reader without an edge in front, and
// every edge miss, gets the page at the cost of a Map lookup instead.
//
// What is kept is exactly what an edge would keep, never longer: only responses carrying edge keys
// and Surrogate-Control (public routes: next.config.ts), status 200, no cookie set, not private, no
// Vary beyond what the key holds, no query string, for the shorter of Next's s-maxage and the edge lifetime. A page is
// not kept while a write that touched it is still settling (a server action's own cache expiry lands
// only when its response is rendered), nor if its render began before such a write.
import type http from 'node:http';
import { getConfig } from '@/lib/config/env';
import { expiredSince } from '@/lib/cache/render-race';
import { chooseEncoding } from './accept-encoding';

/** Requests that ask for something other than the plain page (Next's client router, ranges, revalidation). */
const BYPASS_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'range', 'if-none-match', 'if-modified-since'];
/** The Vary a kept response may carry: every other request header it names is a bypass header or the key's encoding. */
const KNOWN_VARY = new Set(['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'accept-encoding']);
/** Headers that describe one transmission, not the page. */
const PER_RESPONSE = new Set(['content-length', 'transfer-encoding', 'date', 'connection', 'keep-alive', 'x-request-id']);
/** Bigger responses (pictures) are left to Next and the edge. */
const MAX_ENTRY_BYTES = 512 * 1024;
/** A write's expiry is applied by Next when its server action's response is done: keep nothing rendered this close to one. */
const SETTLING_MS = 5000;

type Entry = { headers: http.OutgoingHttpHeaders; body: Buffer; keys: string; startedAt: number; expiresAt: number };
type Store = { entries: Map<string, Entry>; bytes: number };
const store = ((globalThis as { [key: symbol]: Store })[Symbol.for('byline.hot-pages')] ??= { entries: new Map(), bytes: 0 });

function limitBytes(): number {
  return process.env.NODE_ENV === 'production' ? getConfig().hotPageCacheMb * 1024 * 1024 : 0;
}

/** The entry's name for this request, or null when the request must go to Next. */
function entryKey(request: http.IncomingMessage): string | null {
  // A query string makes no public page different here (pages are path-based), but each distinct one
  // would be kept apart: a reader's tracking parameters, or anyone's, would crowd the real pages out.
  if (request.method !== 'GET' || request.url?.includes('?') || limitBytes() === 0) return null;
  for (const header of BYPASS_HEADERS) if (request.headers[header] !== undefined) return null;
  // The encoding the compressor will send this request (the same parser): the bytes are filed under it.
  return `${chooseEncoding(request.headers['accept-encoding'])} ${request.url}`;
}

function drop(key: string, entry: Entry) {
  store.entries.delete(key);
  store.bytes -= entry.body.length;
}

/** Answers the request from memory when a fresh copy is kept; returns whether it did. */
export function serveHotPage(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const key = entryKey(request);
  const entry = key && store.entries.get(key);
  if (!key || !entry) return false;
  if (Date.now() >= entry.expiresAt || expiredSince(entry.keys, entry.startedAt)) {
    drop(key, entry);
    return false;
  }
  // Most recently used last: the oldest are evicted first.
  store.entries.delete(key);
  store.entries.set(key, entry);
  response.writeHead(200, { ...entry.headers, 'content-length': entry.body.length });
  response.end(entry.body);
  return true;
}

/** Seconds from `name=N` in a header value, or null. */
function seconds(value: unknown, name: string): number | null {
  const match = new RegExp(`(?:^|[,\\s])${name}=(\\d+)`, 'i').exec(String(value ?? ''));
  return match ? Number(match[1]) : null;
}

/** How long the finished response may be kept (ms), or 0 when it may not. */
function keepFor(response: http.ServerResponse, startedAt: number): number {
  if (response.statusCode !== 200 || response.getHeader('x-nextjs-cache') !== 'HIT') return 0;
  const keys = response.getHeader('xkey');
  if (typeof keys !== 'string' || response.getHeader('set-cookie') !== undefined) return 0;
  if (/private|no-store|no-cache/i.test(String(response.getHeader('cache-control') ?? ''))) return 0;
  const vary = String(response.getHeader('vary') ?? '').toLowerCase().split(',').map((v) => v.trim()).filter(Boolean);
  if (vary.some((v) => !KNOWN_VARY.has(v))) return 0;
  const next = seconds(response.getHeader('cache-control'), 's-maxage');
  const edge = seconds(response.getHeader('surrogate-control'), 'max-age');
  if (next === null || edge === null) return 0;
  if (expiredSince(keys, startedAt - SETTLING_MS)) return 0;
  return Math.min(next, edge) * 1000;
}

function keep(key: string, entry: Entry) {
  const limit = limitBytes();
  if (entry.body.length > Math.min(MAX_ENTRY_BYTES, limit)) return;
  const old = store.entries.get(key);
  if (old) drop(key, old);
  store.entries.set(key, entry);
  store.bytes += entry.body.length;
  for (const [oldest, value] of store.entries) {
    if (store.bytes <= limit) break;
    drop(oldest, value);
  }
}

type Chunk = string | Uint8Array;

/**
 * Records the bytes of a response on its way out (after compression: call before compressResponse),
 * and keeps them once it has finished if they may be kept.
 */
export function recordHotPage(request: http.IncomingMessage, response: http.ServerResponse): void {
  const key = entryKey(request);
  if (!key) return;
  const startedAt = Date.now();
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  const collect = (chunk: unknown, encoding: unknown) => {
    if (tooBig || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) return;
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) {
      tooBig = true;
      chunks.length = 0;
      return;
    }
    chunks.push(buffer);
  };
  const write = response.write as (this: http.ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  response.write = function writeRecorded(this: http.ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    return write.apply(this, args);
  } as typeof response.write;
  response.end = function endRecorded(this: http.ServerResponse, ...args: unknown[]) {
    const [first, second] = args as [Chunk | (() => void) | undefined, unknown];
    if (typeof first !== 'function') collect(first, second);
    return end.apply(this, args);
  } as typeof response.end;
  response.once('finish', () => {
    if (tooBig) return;
    const ms = keepFor(response, startedAt);
    if (ms <= 0) return;
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(response.getHeaders())) if (!PER_RESPONSE.has(name) && value !== undefined) headers[name] = value;
    keep(key, { headers, body: Buffer.concat(chunks), keys: String(response.getHeader('xkey')), startedAt, expiresAt: startedAt + ms });
  });
}

/** Forgets every kept page (every public page was expired at once). */
export function forgetHotPages(): void {
  store.entries.clear();
  store.bytes = 0;
}

/** What is kept now (for tests and the benchmark). */
export function hotPageStats(): { entries: number; bytes: number } {
  return { entries: store.entries.size, bytes: store.bytes };
}
