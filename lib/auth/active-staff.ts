// Loads the staff member and the session a session cookie names, and decides whether it still counts.
import 'server-only';
import { cache } from 'react';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { staffSessions, users, type Role } from '@/db/schema';
import { sessionIsLive } from '@/lib/sessions/live';
import { isUuid } from '@/lib/core/uuid';

/** An active staff member and the session they are using (lib/auth/current-user.ts adds the request origin). */
export type ActiveStaff = { id: string; email: string; name: string; slug: string; role: Role; disabled: false; sessionId: string };

/**
 * The active staff member behind a session, or null when the session was ended (sign-out, ended from
 * another device or by an admin) or went idle, the account is gone or disabled, or its session version
 * moved on (role change, disable, password change, reset). One query covers user and session; React's
 * cache() makes the Auth.js jwt callback and getCurrentUser share it within a request. "Last seen"
 * moves on at most once a minute, so ordinary requests only read.
 */
export const loadActiveStaff = cache(async (userId: string, sessionVersion: number, sessionId: string): Promise<ActiveStaff | null> => {
  if (!isUuid(userId) || !isUuid(sessionId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      slug: users.slug,
      role: users.role,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      live: sql<boolean>`${sessionIsLive}`.mapWith(Boolean),
      stale: sql<boolean>`${staffSessions.lastSeenAt} < now() - interval '1 minute'`.mapWith(Boolean),
    })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, sessionId), eq(staffSessions.userId, userId)))
    .limit(1);
  if (!row || !row.live || row.disabled || row.sessionVersion !== sessionVersion) return null;
  if (row.stale) {
    // Conditional, so instances racing on the same session write once.
    await db
      .update(staffSessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(staffSessions.id, sessionId), sql`${staffSessions.lastSeenAt} < now() - interval '1 minute'`));
  }
  return { id: row.id, email: row.email, name: row.name, slug: row.slug, role: row.role, disabled: false, sessionId };
});
