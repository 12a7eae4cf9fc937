// Where staff sessions begin and end: sign-in creates the row the session cookie names; sign-out,
// "end this session", and account changes (password, role, disable, reset) end rows. lib/sessions/manage.ts
// holds what staff and admins do with sessions from the dashboard.
import 'server-only';
import crypto from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { staffSessions } from '@/db/schema';
import { sessionIsLive } from './live';
import { SESSION_MAX_AGE_SECONDS } from './lifetime';
import type { RequestOrigin } from '@/lib/core/request-origin';
import { recordAudit } from '@/lib/audit/record';
import { describeDevice } from './device';

export type SessionEndReason =
  | 'signed_out'
  | 'ended_by_user'
  | 'ended_by_admin'
  | 'password_changed'
  | 'password_reset'
  | 'role_changed'
  | 'disabled';

/** Sign-in methods as Auth.js names its providers, in words for the audit log. */
function methodWords(method: string): string {
  if (method === 'credentials') return 'with a password';
  return `with ${method}`;
}

/**
 * Opens a session for someone the sign-in provider has just accepted, and records the sign-in in the
 * same transaction. Called from the Auth.js jwt callback, so every provider gets a session row.
 */
export async function startSession(input: { userId: string; method: string; origin: RequestOrigin }): Promise<string> {
  const id = crypto.randomUUID();
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(staffSessions).values({
      id,
      userId: input.userId,
      ip: input.origin.ip,
      userAgent: input.origin.userAgent ?? '',
      method: input.method.slice(0, 40),
    });
    await recordAudit(tx, {
      actor: { id: input.userId, sessionId: id, origin: input.origin },
      action: 'auth.signed_in',
      objectType: 'session',
      objectId: id,
      summary: `Signed in ${methodWords(input.method)} (${describeDevice(input.origin.userAgent)})`,
      details: { method: input.method },
    });
  });
  return id;
}

/**
 * Ends every live session of a person (optionally all but one) inside the caller's transaction;
 * the caller records the change that caused it. Returns how many ended.
 */
export async function endSessionsOfUser(tx: Tx, userId: string, reason: SessionEndReason, options: { except?: string | null } = {}): Promise<number> {
  const ended = await tx
    .update(staffSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(staffSessions.userId, userId), sessionIsLive, options.except ? ne(staffSessions.id, options.except) : undefined))
    .returning({ id: staffSessions.id });
  return ended.length;
}

/** Ends the given live sessions (inside the caller's transaction); returns the ids that were live. */
export async function endSessionRows(tx: Tx, ids: string[], reason: SessionEndReason): Promise<string[]> {
  if (ids.length === 0) return [];
  const ended = await tx
    .update(staffSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(inArray(staffSessions.id, ids), sessionIsLive))
    .returning({ id: staffSessions.id });
  return ended.map((r) => r.id);
}

/** Session rows ended, or idle past their lifetime, more than this long ago are deleted. */
export const SESSION_ROW_RETENTION_DAYS = 30;

/** Housekeeping: drops long-dead session rows (the audit log keeps the history). Safe on every instance. */
export async function pruneStaffSessions(): Promise<number> {
  const db = await getDb();
  const deleted = await db
    .delete(staffSessions)
    .where(
      sql`coalesce(${staffSessions.endedAt}, ${staffSessions.lastSeenAt} + make_interval(secs => ${SESSION_MAX_AGE_SECONDS})) < now() - make_interval(days => ${SESSION_ROW_RETENTION_DAYS})`,
    )
    .returning({ id: staffSessions.id });
  return deleted.length;
}
