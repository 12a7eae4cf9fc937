// Loads the staff member a session names and decides whether that session still counts.
import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { StaffUser } from './current-user';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The active staff member behind a session, or null when the account is gone, disabled, or its
 * session version moved on (role change, disable, password change, reset). React's cache() makes the
 * session callback and getCurrentUser share one query per request.
 */
export const loadActiveStaff = cache(async (userId: string, sessionVersion: number): Promise<StaffUser | null> => {
  if (!uuidPattern.test(userId)) return null;
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
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || row.disabled || row.sessionVersion !== sessionVersion) return null;
  return { id: row.id, email: row.email, name: row.name, slug: row.slug, role: row.role, disabled: false };
});
