// Reader pages go out without Next's JavaScript. Nothing on them needs it (links are links, search is a
// GET form, the live list is server HTML that a plain script of its own keeps current), yet every App
// Router page carries the framework's chunks (137 KB gzipped) and the page's flight data again as inline
// scripts. Next has no per-page switch for that (docs/architecture.md, "Reader pages without
// framework JavaScript"), so the server takes them out of the HTML of every page that is not a client
// app (the route manifest's `clientApp`: dashboard, preview, sign-in, /api). Kept: scripts marked as
// Byline's own islands (ISLAND_SCRIPT_ATTRIBUTE) and JSON-LD, which is data. The body is changed once
// per distinct body (kept by content, like the gzip), before compression, so the gzip, the hot-page
// store and the edge all hold the changed bytes. Next's ETag is kept: the change is a pure function of
// the bytes it hashed, so it still names exactly one body, and Next's own 304s stay right.
import type http from 'node:http';
import { CLIENT_APP_SEGMENTS } from '@/lib/core/route-manifest';
import { ISLAND_SCRIPT_ATTRIBUTE } from '@/lib/core/routes';
import { BodyCache, cacheKey, holdHead, toBuffer } from './compressed-responses';

type Chunk = string | Buffer | Uint8Array;

/** Attributes of a tag, quoted values taken whole (a `>` inside quotes does not end the tag). */
const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*)`;
/** A script element: the HTML parser ends it at the first `</script`, as this does. */
const SCRIPT = new RegExp(String.raw`<script\b${ATTRS}>[\s\S]*?</script\s*>`, 'gi');
const LINK = new RegExp(String.raw`<link\b${ATTRS}/?>`, 'gi');
const attr = (attrs: string, name: string) => new RegExp(String.raw`(?:^|\s)${name}(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?(?=\s|/|$)`, 'i').exec(attrs);
const attrValue = (attrs: string, name: string) => {
  const match = attr(attrs, name);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
};

/** The page's HTML without Next's scripts and script preloads; islands and JSON-LD stay. */
export function withoutFrameworkScripts(html: string): string {
  return html
    .replace(SCRIPT, (element, attrs: string) => {
      if (attr(attrs, ISLAND_SCRIPT_ATTRIBUTE)) return element;
      if (attrValue(attrs, 'type')?.toLowerCase() === 'application/ld+json') return element;
      return '';
    })
    .replace(LINK, (element, attrs: string) => {
      const rel = attrValue(attrs, 'rel')?.toLowerCase().split(/\s+/) ?? [];
      const href = attrValue(attrs, 'href') ?? '';
      const preloadsScript = rel.includes('modulepreload') || (rel.includes('preload') && attrValue(attrs, 'as')?.toLowerCase() === 'script');
      // An island's own preload (React makes one for an async script) stays with its script.
      return preloadsScript && href.includes('/_next/') ? '' : element;
    });
}

/** True for the path of a reader page: any first segment but a client app's. */
export function isReaderPath(url: string | undefined): boolean {
  const first = (url ?? '/').split('?')[0]!.split('/')[1] ?? '';
  return !first.startsWith('_next') && !CLIENT_APP_SEGMENTS.includes(first);
}

const sharedCache = new BodyCache(8 * 1024 * 1024);

function strip(response: http.ServerResponse, body: Buffer, cache: BodyCache): Buffer {
  const key = cacheKey(response, body);
  const kept = cache.get(key, body);
  if (kept) {
    cache.hits++;
    return kept;
  }
  cache.misses++;
  const stripped = Buffer.from(withoutFrameworkScripts(body.toString('utf8')), 'utf8');
  cache.set(key, body, stripped);
  return stripped;
}

/**
 * Takes Next's scripts out of the HTML of a reader page on its way out. Call after compressResponse
 * (so this sees the plain bytes first and hands the compressor the changed body whole): a streamed
 * page is gathered and sent in one piece, as no reader page streams a part after its shell.
 */
export function stripReaderScripts(request: http.IncomingMessage, response: http.ServerResponse, cache: BodyCache = sharedCache): void {
  if ((request.method !== 'GET' && request.method !== 'HEAD') || !isReaderPath(request.url)) return;
  const writeHead = response.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  const write = response.write as (this: http.ServerResponse, ...args: unknown[]) => boolean;
  const end = response.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  let html: boolean | undefined;
  const chunks: Buffer[] = [];
  const restore = () => {
    response.writeHead = writeHead as typeof response.writeHead;
    response.write = write as typeof response.write;
    response.end = end as typeof response.end;
  };
  const decide = () => {
    // 200 only: Next's 404 page moves its content into place with an inline script (left for now).
    html ??= response.statusCode === 200 && !response.headersSent && /^text\/html/i.test(String(response.getHeader('content-type') ?? ''));
    if (!html) restore();
    return html;
  };

  // Headers are kept on the response until the body is known (its length changes).
  response.writeHead = function writeHeadDeferred(this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    const reason = rest.find((arg) => typeof arg === 'string');
    if (Array.isArray(headers)) {
      restore();
      return writeHead.call(this, statusCode, ...rest);
    }
    holdHead(this, statusCode, reason, headers);
    // Anything but HTML (a picture, a feed, an event stream) goes on at once, untouched.
    return decide() ? this : writeHead.call(this, statusCode);
  } as typeof response.writeHead;

  response.write = function writeGathered(this: http.ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    if (!decide()) return write.call(this, chunk, ...rest);
    chunks.push(toBuffer(chunk, typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : undefined));
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    if (done) process.nextTick(done);
    return true;
  } as typeof response.write;

  response.end = function endStripped(this: http.ServerResponse, ...args: unknown[]) {
    if (!decide()) return end.apply(this, args);
    restore();
    const chunk = args.find((a) => typeof a === 'string' || a instanceof Uint8Array) as Chunk | undefined;
    const encoding = args.find((a, i) => i > 0 && typeof a === 'string') as BufferEncoding | undefined;
    const done = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    if (chunk !== undefined) chunks.push(toBuffer(chunk, encoding));
    // A HEAD has no body to measure: its length would be the unchanged page's.
    if (request.method === 'HEAD') {
      this.removeHeader('content-length');
      return end.call(this, done);
    }
    const body = strip(this, Buffer.concat(chunks), cache);
    this.setHeader('Content-Length', body.length);
    return end.call(this, body, done);
  } as typeof response.end;
}
