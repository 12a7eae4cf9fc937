// Records each request's socket (TCP peer) address in a header the client cannot forge, for the sign-in limit.
//
// Why: Next 16 gives route handlers, server actions and Auth.js's authorize() no socket address
// (`request.ip` is gone), and `next start` keeps a client-sent X-Forwarded-For as it is (it only fills
// the header when missing), so any header a client can send is not an address we may count by. A
// header set by proxy.ts would not help: proxy.ts has no socket address either. So the server process
// stamps every incoming request itself, before Next sees it, with `<per-process secret> <address>`;
// a client copying the header cannot know the secret, and a stamp that does not match is ignored.
import crypto from 'node:crypto';
import type http from 'node:http';

export const PEER_HEADER = 'x-byline-peer';

type PeerGlobals = { secret?: string };
// On globalThis, because instrumentation and the route bundles are separate module graphs in one process.
const globals = ((globalThis as { [key: symbol]: PeerGlobals })[Symbol.for('byline.peer-address')] ??= {});

function secret(): string {
  globals.secret ??= crypto.randomBytes(18).toString('base64url');
  return globals.secret;
}

/** Called for every incoming request before Next sees it (lib/runtime/request-hook.ts). */
export function stampPeerAddress(request: http.IncomingMessage): void {
  // A request this process already stamped keeps its stamp: Next forwards some requests to itself
  // over a local connection (from ::1), copying the headers, and the first hop's address is the
  // client's. Anything else under this name (a client's forgery) is overwritten.
  const current = request.headers[PEER_HEADER];
  if (typeof current === 'string' && peerAddress(new Headers({ [PEER_HEADER]: current }))) return;
  request.headers[PEER_HEADER] = `${secret()} ${request.socket?.remoteAddress ?? ''}`;
}

/** The stamped socket address, or null when the request was not stamped by this process. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(PEER_HEADER);
  if (!value || !globals.secret) return null;
  const space = value.indexOf(' ');
  const given = Buffer.from(value.slice(0, Math.max(space, 0)));
  const expected = Buffer.from(globals.secret);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1) || null;
}
