// One log line per HTTP request the server answers, with a request id (the caller's X-Request-Id when it
// is sane, else a new one) that is also sent back in the response. Uses Node's own diagnostics channels
// for the HTTP server, so Next's server is observed without being wrapped or patched.
import 'server-only';
import crypto from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { logger } from '@/lib/core/log';
import { setPasswordPath } from '@/lib/core/routes';

const REQUEST_ID = /^[\w.:-]{1,100}$/;

type Started = { id: string; at: number };

/** A request's path for the log, without secrets: set-password links carry their token in the path. */
export function loggedUrl(url: string | undefined): string {
  return (url ?? '').replace(/^\/set-password\/[^/?#]+/, setPasswordPath('[token]'));
}

export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}

let started = false;

export function startRequestLog() {
  if (started) return;
  started = true;
  const log = logger({ module: 'http' });
  const open = new WeakMap<IncomingMessage, Started>();
  diagnostics.subscribe('http.server.request.start', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const id = requestIdFrom(request.headers['x-request-id']);
    open.set(request, { id, at: performance.now() });
    if (!response.headersSent) response.setHeader('x-request-id', id);
  });
  diagnostics.subscribe('http.server.response.finish', (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    const start = open.get(request);
    if (!start) return;
    open.delete(request);
    log.info(
      { reqId: start.id, method: request.method, url: loggedUrl(request.url), status: response.statusCode, ms: Math.round(performance.now() - start.at) },
      'request',
    );
  });
}
