// Test helpers for sessions: staff who sign in (a session row, as the Auth.js jwt callback opens one)
// and the actor a request from that session would carry.
import crypto from 'node:crypto';
import { getDb } from '@/db/client';
import { users, type Role } from '@/db/schema';
import type { Actor } from '@/lib/permissions/can';
import { startSession } from './lifecycle';

export const chromeOnLinux = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const firefoxOnMac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:132.0) Gecko/20100101 Firefox/132.0';

export async function makeUser(role: Role) {
  const db = await getDb();
  const id = crypto.randomBytes(4).toString('hex');
  const [row] = await db.insert(users).values({ email: `${role}-${id}@sessions.test`, name: `${role} ${id}`, slug: `${role}-${id}`, role }).returning();
  return row!;
}

/** Signs `user` in from a browser and returns the actor its requests carry. */
export async function signedIn(user: { id: string; role: Role }, userAgent = chromeOnLinux, ip = '203.0.113.7'): Promise<Actor & { sessionId: string }> {
  const origin = { ip, userAgent };
  const sessionId = await startSession({ userId: user.id, method: 'credentials', origin });
  return { id: user.id, role: user.role, sessionId, origin };
}
