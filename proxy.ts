// Four jobs, all cheap (no database): refuses server-action posts from another origin (403) or with a
// body Next cannot decode (400) before Next turns them into a 500 and an error in the log; hands
// WordPress's query-string addresses on the home page (`/?p=ID`, `/?page_id=ID`, …) to the old-address
// route; sends anonymous visitors of the dashboard and previews to /login (a convenience, not security:
// every page, action and lib write checks the signed-in user itself, CVE-2025-29927 is why); and gives
// every page it matches (all rendered per request) a strict Content-Security-Policy with a fresh nonce,
// which Next applies to its own scripts.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';
import { requestPathHeader } from '@/lib/auth/request-path';
import { getConfig } from '@/lib/config/env';
import { loginPath, oldAddressPath } from '@/lib/core/routes';
import { oldAddressHeader } from '@/lib/redirects/old-address-header';
import { refuseBadActionPost } from '@/lib/security/action-requests';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';

const SIGNED_IN_ONLY = /^\/(dashboard|preview)(\/|$)/;
const WORDPRESS_QUERY_KEYS = ['p', 'page_id', 'attachment_id', 'cat', 'tag', 'author', 'feed'];

/**
 * Only decodes the session cookie (no database) and never writes cookies: Auth.js's own proxy wrapper
 * re-issues the session cookie on every request, and on a server action that signs out or re-signs in
 * that stale copy could land after (and undo) the action's own cookie.
 */
export async function proxy(request: NextRequest) {
  const refusal = await refuseBadActionPost(request);
  if (refusal) return refusal;
  const { pathname, search } = request.nextUrl;
  if (pathname === '/' && request.method === 'GET' && WORDPRESS_QUERY_KEYS.some((key) => request.nextUrl.searchParams.has(key))) {
    // The route reads the old address from a header: a rewrite's own query does not reach it.
    const lookup = request.nextUrl.clone();
    lookup.pathname = oldAddressPath;
    lookup.search = '';
    const headers = new Headers(request.headers);
    headers.set(oldAddressHeader, `/${search}`);
    return NextResponse.rewrite(lookup, { request: { headers } });
  }
  if (pathname === '/') return NextResponse.next();
  const headers = new Headers(request.headers);
  if (SIGNED_IN_ONLY.test(pathname)) {
    const token = await getToken({ req: request, secret: getConfig().authSecret, secureCookie: authConfig.useSecureCookies });
    if (!token?.sub) {
      const login = request.nextUrl.clone();
      login.pathname = loginPath();
      login.search = '';
      login.searchParams.set('callbackUrl', `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
    // Tell the page where the visitor was going, in case its own check sends them to sign in again.
    headers.set(requestPathHeader, `${pathname}${search}`);
  }
  // Next reads the nonce from the request's policy and puts it on the scripts it renders.
  const policy = contentSecurityPolicy({ nonce: crypto.randomUUID().replaceAll('-', ''), dev: process.env.NODE_ENV !== 'production' });
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// The pages here render per request anyway (they read the session or the query), so a nonce costs
// nothing; the route manifest's per-request routes (scripts/route-literals.test.ts checks they are all here). Then WordPress's query-string permalinks on
// the home page, only when such a query is present (listed literally: Next reads the matcher at build
// time), and server-action posts on any page (Next runs actions at the page's own URL).
export const config = {
  matcher: [
    '/dashboard/:path*',
    '/preview/:path*',
    '/login',
    '/set-password/:path*',
    '/search',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'attachment_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
    { source: '/', has: [{ type: 'query', key: 'feed' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: '(multipart/form-data|application/x-www-form-urlencoded).*' }] },
  ],
};
