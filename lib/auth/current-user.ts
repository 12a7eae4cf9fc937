// Who is signed in, re-checked against the database on every request: the one source of the acting staff member.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { redirect } from 'next/navigation';
import { getConfig } from '@/lib/config/env';
import { authConfig } from './auth.config';
import { loadActiveStaff, type ActiveStaff } from './active-staff';
import type { RequestOrigin } from '@/lib/core/request-origin';
import { loginPath } from '@/lib/core/routes';
import { originFromHeaders } from './request-origin';
import { requestPathHeader, safeCallbackPath } from './request-path';

/**
 * An active staff member as pages and lib writes see them, with the session in use and where this
 * request came from (for the audit log); assignable to `Actor` (lib/permissions/can.ts).
 */
export type StaffUser = ActiveStaff & { origin: RequestOrigin };

/**
 * The signed-in, active staff member, or null (anonymous, signed out, session ended or idle, disabled,
 * or a session older than the person's last role/password/disable change). Read once per request.
 */
export const getCurrentUser: () => Promise<StaffUser | null> = cache(async (): Promise<StaffUser | null> => {
  // The session cookie is read through cookies(), not Auth.js's auth(): auth() reads the raw Cookie
  // header, which Next does not update after a server action signs in again (a password change), so
  // the page rendered in that same response would see the old, now invalid, session.
  const jar = await cookies();
  const cookieHeader = jar
    .getAll()
    .map((c) => `${c.name}=${encodeURIComponent(c.value)}`)
    .join('; ');
  const token = await getToken({
    req: { headers: new Headers({ cookie: cookieHeader }) },
    secret: getConfig().authSecret,
    secureCookie: authConfig.useSecureCookies,
  });
  if (!token?.sub || typeof token.sv !== 'number' || typeof token.sid !== 'string') return null;
  // The same check Auth.js's jwt callback makes (lib/auth/auth.ts), and the same cached query.
  const staff = await loadActiveStaff(token.sub, token.sv, token.sid);
  return staff ? { ...staff, origin: originFromHeaders(await headers()) } : null;
});

/** For dashboard pages and layouts: the signed-in staff member, or a redirect to /login that comes back here. */
export async function requireStaffPage(): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // The proxy recorded the path asked for (a layout cannot see it otherwise).
  const back = safeCallbackPath((await headers()).get(requestPathHeader));
  redirect(loginPath({ callbackUrl: back }));
}
