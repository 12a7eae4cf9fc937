// Gzip for every response the server sends, done here instead of by Next, so that a page sent whole
// (a cache hit: the same bytes again and again) is compressed once and its gzip reused. Reuse is by
// content: an entry is found by the body's ETag (Next's hash of the bytes) or a SHA-256 of them, and
// used only when its stored body equals the body being sent byte for byte, so it can never send one
// response's bytes for another and needs no invalidation. Streamed responses compress as they stream.
import crypto from 'node:crypto';
import type http from 'node:http';
import zlib from 'node:zlib';
import { chooseEncoding } from './accept-encoding';

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
type Chunk = string | Buffer | Uint8Array;
type Callback = (error?: Error | null) => void;

/** Smaller bodies go as they are (as nginx's and Next's own gzip do): the header costs more than it saves. */
const MIN_BYTES = 1024;
/** Bodies larger than this are compressed but not kept. */
const MAX_KEPT_BODY = 2 * 1024 * 1024;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript|rss\+xml|atom\+xml|manifest\+json|ld\+json|xhtml\+xml)|image\/svg\+xml|[^;]*\+xml|[^;]*x-component)/i;

type Entry = { body: Buffer; made: Buffer };

/**
 * Bodies sent whole and what was made of each (its gzip here; a reader page without Next's scripts in
 * reader-scripts.ts), least recently used dropped first, bounded in bytes.
 */
export class BodyCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes = 48 * 1024 * 1024) {}

  /** What was made of `body` and kept under `key`, only if it was made from exactly these bytes. */
  get(key: string, body: Buffer): Buffer | undefined {
    const found = this.entries.get(key);
    if (!found || !found.body.equals(body)) return undefined;
    // Most recently used last.
    this.entries.delete(key);
    this.entries.set(key, found);
    return found.made;
  }

  set(key: string, body: Buffer, made: Buffer): void {
    const cost = body.length + made.length;
    if (cost > this.maxBytes / 4) return;
    const replaced = this.entries.get(key);
    if (replaced) {
      this.entries.delete(key);
      this.bytes -= replaced.body.length + replaced.made.length;
    }
    this.entries.set(key, { body, made });
    this.bytes += cost;
    for (const [oldest, value] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= value.body.length + value.made.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

const sharedCache = new BodyCache();

function shouldCompress(response: http.ServerResponse): boolean {
  // 206: a byte range of the plain file was asked for, so it must not be re-encoded.
  if (response.statusCode < 200 || [204, 206, 304].includes(response.statusCode)) return false;
  if (response.getHeader('content-encoding')) return false;
  if (/no-transform/i.test(String(response.getHeader('cache-control') ?? ''))) return false;
  return COMPRESSIBLE.test(String(response.getHeader('content-type') ?? ''));
}

function addVary(response: http.ServerResponse): void {
  const vary = String(response.getHeader('vary') ?? '');
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) response.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * Where a body's gzip is looked for. Next's ETag is already a hash of the bytes (computed for every
 * cached page anyway); a body without one is hashed here. Either way the bytes are compared on use.
 */
export function cacheKey(response: http.ServerResponse, body: Buffer): string {
  const etag = response.getHeader('etag');
  if (typeof etag === 'string' && etag) return `${body.length}:${etag}`;
  return `${body.length}:${crypto.createHash('sha256').update(body).digest('base64')}`;
}

/**
 * What a filter does with writeHead(status, [reason], [headers]) while it holds the head back: the
 * status and headers are set on the response, to be sent once the body is known.
 */
export function holdHead(response: http.ServerResponse, statusCode: number, reason: unknown, headers: unknown): void {
  response.statusCode = statusCode;
  if (typeof reason === 'string') response.statusMessage = reason;
  for (const [name, value] of Object.entries((headers ?? {}) as http.OutgoingHttpHeaders)) if (value !== undefined) response.setHeader(name, value);
}

export const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));

/**
 * Takes over compression for one request: the request's `Accept-Encoding` is removed (so Next sends
 * plain bytes) and the response compressed here. Call before the request reaches Next's handler.
 */
export function compressResponse(request: http.IncomingMessage, response: http.ServerResponse, cache: BodyCache = sharedCache): void {
  if (request.method !== 'GET' || chooseEncoding(request.headers['accept-encoding']) !== 'gzip') return;
  delete request.headers['accept-encoding'];

  const originalWriteHead = response.writeHead;
  // Node's overloads, loosened: these are called with the arguments they were given.
  const originalWrite = response.write as (this: http.ServerResponse, ...args: unknown[]) => boolean;
  const originalEnd = response.end as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  let released = false;
  let mode: 'undecided' | 'plain' | 'stream' = 'undecided';
  let gzip: zlib.Gzip | undefined;

  /** From here on the response goes out through Node's own methods (and headers as set). */
  const release = () => {
    released = true;
    response.writeHead = originalWriteHead;
  };

  // Headers given to writeHead are kept on the response until the body's encoding is decided.
  response.writeHead = function writeHead(this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    const reason = rest.find((arg) => typeof arg === 'string');
    if (released || Array.isArray(headers)) {
      release();
      return originalWriteHead.call(this, statusCode, ...(rest as []));
    }
    holdHead(this, statusCode, reason, headers);
    return this;
  } as typeof response.writeHead;

  const decide = (firstChunkIsWholeBody: boolean, body?: Buffer) => {
    if (mode !== 'undecided') return;
    if (response.headersSent || !shouldCompress(response) || (firstChunkIsWholeBody && (body?.length ?? 0) < MIN_BYTES)) {
      mode = 'plain';
      release();
      return;
    }
    addVary(response);
    if (firstChunkIsWholeBody) return; // end() sends it compressed in one piece.
    mode = 'stream';
    response.removeHeader('content-length');
    response.setHeader('Content-Encoding', 'gzip');
    release();
    gzip = zlib.createGzip();
    gzip.on('data', (data: Buffer) => originalWrite.call(response, data));
    // Next flushes after each streamed part of a page; send what was compressed so far.
    (response as http.ServerResponse & { flush?: () => void }).flush = () => gzip!.flush(zlib.constants.Z_SYNC_FLUSH);
  };

  response.write = function write(this: http.ServerResponse, chunk: Chunk, encodingOrCallback?: BufferEncoding | Callback, callback?: Callback) {
    const encoding = typeof encodingOrCallback === 'string' ? encodingOrCallback : undefined;
    const done = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback;
    decide(false);
    if (mode !== 'stream') return originalWrite.call(this, chunk, encoding, done);
    gzip!.write(toBuffer(chunk, encoding), done);
    // Readily accepted: a page's parts are small, and the socket's own buffer takes the compressed bytes.
    return true;
  } as typeof response.write;

  response.end = function end(this: http.ServerResponse, ...args: unknown[]) {
    const chunk = args.find((a) => typeof a === 'string' || Buffer.isBuffer(a) || a instanceof Uint8Array) as Chunk | undefined;
    const encoding = args.find((a, i) => i > 0 && typeof a === 'string') as BufferEncoding | undefined;
    const done = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    const body = chunk === undefined ? undefined : toBuffer(chunk, encoding);
    if (mode === 'undecided') decide(true, body);
    if (mode === 'stream') {
      // Ends the response once the last compressed bytes have been written.
      gzip!.once('end', () => originalEnd.call(this, done));
      gzip!.end(body ?? Buffer.alloc(0));
      return this;
    }
    if (mode === 'plain' || !body) {
      release();
      return originalEnd.apply(this, args);
    }
    // The whole body at once: compress it, or reuse the gzip of the same bytes sent before.
    const key = body.length <= MAX_KEPT_BODY ? cacheKey(response, body) : null;
    const send = (gzipped: Buffer) => {
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Content-Length', gzipped.length);
      release();
      originalEnd.call(response, gzipped, done);
    };
    const kept = key ? cache.get(key, body) : undefined;
    if (kept) {
      cache.hits++;
      send(kept);
      return this;
    }
    cache.misses++;
    zlib.gzip(body, (error, gzipped) => {
      if (error) {
        release();
        originalEnd.call(response, body, done);
        return;
      }
      if (key) cache.set(key, body, gzipped);
      send(gzipped);
    });
    return this;
  } as typeof response.end;
}

/** `handler`, with its responses compressed (and identical whole bodies' gzip reused) by compressResponse. */
export function withCompressedResponses(handler: Handler, cache: BodyCache = sharedCache): Handler {
  return (request, response) => {
    compressResponse(request, response, cache);
    handler(request, response);
  };
}
