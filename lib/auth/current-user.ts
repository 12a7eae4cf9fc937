// Who is signed in, re-checked against the database on every request: the one source of the acting staff member.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { getConfig } from '@/lib/config/env';
import { authConfig } from './auth.config';
import { loadActiveStaff } from './active-staff';
import { requestPathHeader, safeCallbackPath } from './request-path';

/** An active staff member as pages and lib writes see them; assignable to `Actor` (lib/permissions/can.ts). */
export type StaffUser = { id: string; email: string; name: string; slug: string; role: Role; disabled: false };

/**
 * The signed-in, active staff member, or null (anonymous, disabled, or a session older than the
 * person's last role/password/disable change). Read once per request.
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
  if (!token?.sub || typeof token.sv !== 'number') return null;
  // The same check Auth.js's jwt callback makes (lib/auth/auth.ts), and the same cached query.
  return loadActiveStaff(token.sub, token.sv);
});

/** For dashboard pages and layouts: the signed-in staff member, or a redirect to /login that comes back here. */
export async function requireStaffPage(): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // The proxy recorded the path asked for (a layout cannot see it otherwise).
  const back = safeCallbackPath((await headers()).get(requestPathHeader));
  redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
}
