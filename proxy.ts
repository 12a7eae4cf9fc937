// Sends anonymous visitors of the dashboard and previews to /login. A convenience, not security:
// every page, action and lib write checks the signed-in user itself (CVE-2025-29927 is why).
// Also hands WordPress's query-string addresses on the home page (`/?p=ID`, `/?page_id=ID`, …) to the
// old-address route; the matcher limits this to those queries, so other requests never run it.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';
import { requestPathHeader } from '@/lib/auth/request-path';
import { getConfig } from '@/lib/config/env';
import { oldAddressHeader } from '@/lib/redirects/old-address-header';

/**
 * Only decodes the session cookie (no database) and never writes cookies: Auth.js's own proxy wrapper
 * re-issues the session cookie on every request, and on a server action that signs out or re-signs in
 * that stale copy could land after (and undo) the action's own cookie.
 */
export async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname === '/') {
    // The route reads the old address from a header: a rewrite's own query does not reach it.
    const lookup = request.nextUrl.clone();
    lookup.pathname = OLD_ADDRESS_ROUTE;
    lookup.search = '';
    const headers = new Headers(request.headers);
    headers.set(oldAddressHeader, `/${request.nextUrl.search}`);
    return NextResponse.rewrite(lookup, { request: { headers } });
  }
  const token = await getToken({ req: request, secret: getConfig().authSecret, secureCookie: authConfig.useSecureCookies });
  const { pathname, search } = request.nextUrl;
  if (!token?.sub) {
    const login = request.nextUrl.clone();
    login.pathname = '/login';
    login.search = '';
    login.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(login);
  }
  // Tell the page where the visitor was going, in case its own check sends them to sign in again.
  const headers = new Headers(request.headers);
  headers.set(requestPathHeader, `${pathname}${search}`);
  return NextResponse.next({ request: { headers } });
}

const OLD_ADDRESS_ROUTE = '/old-address';

export const config = {
  matcher: [
    '/dashboard/:path*',
    '/preview/:path*',
    // WordPress's query-string permalinks, only when such a query is present (listed literally: Next
    // reads the matcher at build time).
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    { source: '/', has: [{ type: 'query', key: 'attachment_id' }] },
    { source: '/', has: [{ type: 'query', key: 'cat' }] },
    { source: '/', has: [{ type: 'query', key: 'tag' }] },
    { source: '/', has: [{ type: 'query', key: 'author' }] },
    { source: '/', has: [{ type: 'query', key: 'feed' }] },
  ],
};
