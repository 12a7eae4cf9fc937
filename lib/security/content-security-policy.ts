// The Content-Security-Policy of every HTML page: a strict nonce policy for dynamic pages (dashboard,
// preview, sign-in, search), a static one for cached public pages. Used by proxy.ts and next.config.ts.
//
// Why two: a nonce must be new on every response, so it forces a page to render per request; the public
// pages are served from Next's cache (ISR) and must stay so. Next's inline bootstrap scripts
// (`self.__next_f.push(...)`, carrying the page's RSC payload) differ per page and per revalidation, so
// neither a fixed list of hashes nor `experimental.sri` (integrity for external chunks only) can allow
// them without also allowing inline script in general. Hence, precisely:
//
// Cached public pages (static policy) block: scripts from any other origin (`<script src=//evil>`),
//   eval / new Function / string timers (no 'unsafe-eval'), plugins (`object-src 'none'`), <base>
//   hijacking, forms posting elsewhere, framing by other sites, and loading images, fonts, media or
//   fetch/XHR/WebSocket from other origins (what injected markup would use to leak data).
//   They do NOT block an inline <script> or an on*="" handler or a javascript: URL that reached the
//   HTML: on these pages that is prevented by escaping (React, our feed/JSON-LD encoders), and the
//   hostile-input tests (e2e/xss-corpus.spec.ts) check it.
// Dynamic pages (nonce policy, `'strict-dynamic'`) block all of the above AND any inline script,
//   event-handler attribute or javascript: URL without this response's nonce: only Next's own scripts
//   (which it gives the nonce it finds in the request's policy) and what they load may run.
// Styles allow 'unsafe-inline' on both (React style attributes, Tiptap's injected editor CSS).

// Relative: next.config.ts loads this file, outside the `@/` alias.
import { PER_REQUEST_SEGMENTS } from '../core/route-manifest';

export type PolicyOptions = { nonce?: string; dev?: boolean };

export function contentSecurityPolicy({ nonce, dev = false }: PolicyOptions = {}): string {
  // React's development build needs eval for its debugging aids; production never does.
  const evalSource = dev ? " 'unsafe-eval'" : '';
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'${evalSource}` : `'self' 'unsafe-inline'${evalSource}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Paths whose pages render per request and get the nonce policy from proxy.ts: the manifest's per-request routes. */
export const NONCE_POLICY_PATHS: readonly string[] = PER_REQUEST_SEGMENTS;
