// Who is signed in, re-checked against the database on every request: the one source of the acting staff member.
import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Role } from '@/db/schema';
import { auth } from './auth';
import { loadActiveStaff } from './active-staff';
import { requestPathHeader, safeCallbackPath } from './request-path';

/** An active staff member as pages and lib writes see them; assignable to `Actor` (lib/permissions/can.ts). */
export type StaffUser = { id: string; email: string; name: string; slug: string; role: Role; disabled: false };

/**
 * The signed-in, active staff member, or null (anonymous, disabled, or a session older than the
 * person's last role/password/disable change). Read once per request.
 */
export const getCurrentUser: () => Promise<StaffUser | null> = cache(async (): Promise<StaffUser | null> => {
  const session = await auth();
  if (!session?.user?.id) return null;
  // Shares the session callback's query (same request, same arguments).
  return loadActiveStaff(session.user.id, session.sessionVersion);
});

/** For dashboard pages and layouts: the signed-in staff member, or a redirect to /login that comes back here. */
export async function requireStaffPage(): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (user) return user;
  // The proxy recorded the path asked for (a layout cannot see it otherwise).
  const back = safeCallbackPath((await headers()).get(requestPathHeader));
  redirect(`/login?callbackUrl=${encodeURIComponent(back)}`);
}
