// Sends anonymous visitors of the dashboard and previews to /login. A convenience, not security:
// every page, action and lib write checks the signed-in user itself (CVE-2025-29927 is why).
import NextAuth from 'next-auth';
import { NextResponse } from 'next/server';
import { authConfig } from '@/lib/auth/auth.config';
import { requestPathHeader } from '@/lib/auth/request-path';
import { getConfig } from '@/lib/config/env';

// The edge-safe config only: the token is decoded, the database is not consulted here. (An object, not
// the lazy function form: with a function, auth(handler) returns a promise, which Next cannot mount.)
const { auth } = NextAuth({ ...authConfig, secret: getConfig().authSecret });

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (!request.auth?.user) {
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
});

export const config = { matcher: ['/dashboard/:path*', '/preview/:path*'] };
