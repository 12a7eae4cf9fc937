// Screens server-action posts in proxy.ts before Next handles them: a foreign Origin gets 403, an
// unknown action id 404, and a body Next could not decode (or would overflow the stack decoding) 400. Next refuses all of these too, but with
// HTTP 500 and an error and stack trace in the log per request, so anyone could fill the logs.
import fs from 'node:fs';
import path from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import { getConfig } from '@/lib/config/env';

const refuse = (status: 400 | 403 | 404, message: string, extra: Record<string, string> = {}) =>
  new NextResponse(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...extra } });

/** The host a browser's Origin must name: the one it asked for (as Next checks it), or SITE_URL's. */
function allowedHosts(request: NextRequest): Set<string> {
  const hosts = new Set([new URL(getConfig().siteUrl).host]);
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = forwarded || request.headers.get('host');
  if (host) hosts.add(host);
  return hosts;
}

const TOO_DEEP = 'Bad request: the data is nested too deeply (an article body may nest 64 levels).';

let knownActions: Set<string> | null | undefined;

/**
 * The action ids of this build, from Next's server-reference manifest (read once). Null when it cannot
 * be read (development, or a layout this code does not know): then Next's own check is left to answer.
 */
function actionIds(): Set<string> | null {
  if (knownActions !== undefined) return knownActions;
  knownActions = null;
  if (process.env.NODE_ENV !== 'production') return knownActions;
  try {
    const file = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'server', 'server-reference-manifest.json');
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as { node?: Record<string, unknown>; edge?: Record<string, unknown> };
    knownActions = new Set([...Object.keys(manifest.node ?? {}), ...Object.keys(manifest.edge ?? {})]);
  } catch {
    knownActions = null;
  }
  return knownActions;
}

/**
 * Nesting limit for action arguments. React decodes them recursively before any action code runs, so a
 * deep enough body overflows the stack there (a 500). Far above anything real: an article body may
 * nest 64 levels (lib/content/limits.ts), about 140 JSON levels.
 */
export const MAX_ACTION_JSON_DEPTH = 1000;

/** Whether JSON text nests deeper than `max` ([ and { outside strings), counted without parsing. */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

function originAllowed(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  // A missing Origin passes, as in Next: browsers send one on every POST, and a hand-made request
  // without one carries no visitor's cookies.
  if (origin === null) return true;
  try {
    return allowedHosts(request).has(origin === 'null' ? 'null' : new URL(origin).host);
  } catch {
    return false;
  }
}

/**
 * Server actions are POSTs with a `next-action` header (fetch actions) or, without JavaScript, a form
 * body posted to the page. Returns the refusal, or null to let Next handle the request.
 */
export async function refuseBadActionPost(request: NextRequest): Promise<NextResponse | null> {
  if (request.method !== 'POST') return null;
  const action = request.headers.get('next-action');
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const multipart = type.startsWith('multipart/form-data');
  if (!action && !multipart && !type.startsWith('application/x-www-form-urlencoded')) return null;
  if (!originAllowed(request)) return refuse(403, 'Cross-origin request refused.');
  const ids = actionIds();
  // The marker header is Next's own: a tab left open across a deployment is told to reload, as before.
  if (action && ids && !ids.has(action)) return refuse(404, 'Unknown action: reload the page.', { 'x-nextjs-action-not-found': '1' });
  try {
    if (multipart) {
      // Next decodes any multipart post as a possible form action; a fetch action's arguments are
      // rooted at field "0" (React's reply encoding), without which decoding waits and then fails.
      const form = await request.clone().formData();
      if (action) JSON.parse(String(form.get('0') ?? ''));
      for (const value of form.values()) {
        if (typeof value === 'string' && jsonNestsDeeperThan(value, MAX_ACTION_JSON_DEPTH)) return refuse(400, TOO_DEEP);
      }
    } else if (action) {
      if (!type.startsWith('text/plain')) return refuse(400, 'Bad request: unsupported content type.');
      const text = await request.clone().text();
      if (jsonNestsDeeperThan(text, MAX_ACTION_JSON_DEPTH)) return refuse(400, TOO_DEEP);
      JSON.parse(text);
    }
  } catch {
    return refuse(400, 'Bad request: the body could not be read.');
  }
  return null;
}
