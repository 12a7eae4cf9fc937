// Who an import from the command line acts as: the administrator named by --as, else the first one.
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';

export async function findImportActor(email?: string): Promise<Actor | null> {
  const db = await getDb();
  const where = and(eq(users.role, 'admin'), eq(users.disabled, false), email ? eq(users.email, email.trim().toLowerCase()) : undefined);
  const [row] = await db.select({ id: users.id, role: users.role }).from(users).where(where).orderBy(asc(users.createdAt)).limit(1);
  return row ?? null;
}
