// Sessions as staff and admins see and end them from the dashboard: one's own devices, everyone's for
// admins. Every write asks can(session:end) and records its audit entry in the same transaction.
import 'server-only';
import { announceAccessChange } from '@/lib/core/access-signal';
import { and, asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { staffSessions, users } from '@/db/schema';
import { sessionIsLive } from './live';
import { recordAudit } from '@/lib/audit/record';
import { can, type Actor } from '@/lib/permissions/can';
import { forbidden, invalid, notFound, type WriteResult } from '@/lib/core/result';
import { describeDevice } from './device';
import { endSessionRows, endSessionsOfUser } from './lifecycle';

export type SessionView = {
  id: string;
  userId: string;
  device: string;
  ip: string | null;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session this request is using. */
  current: boolean;
};

const sessionColumns = {
  id: staffSessions.id,
  userId: staffSessions.userId,
  userAgent: staffSessions.userAgent,
  ip: staffSessions.ip,
  method: staffSessions.method,
  createdAt: staffSessions.createdAt,
  lastSeenAt: staffSessions.lastSeenAt,
};

type SessionRow = { id: string; userId: string; userAgent: string; ip: string | null; method: string; createdAt: Date; lastSeenAt: Date };

function toView(row: SessionRow, actor: Actor): SessionView {
  const { userAgent, ...rest } = row;
  return { ...rest, device: describeDevice(userAgent), current: row.id === actor.sessionId };
}

/** Where this person is signed in, most recently used first (their own, or anyone's for an admin). */
export async function listSessionsOf(actor: Actor | null, userId: string): Promise<SessionView[]> {
  if (!actor || !z.uuid().safeParse(userId).success || !can(actor, { kind: 'session:view', ownerId: userId })) return [];
  const db = await getDb();
  const rows = await db
    .select(sessionColumns)
    .from(staffSessions)
    .where(and(eq(staffSessions.userId, userId), sessionIsLive))
    .orderBy(desc(staffSessions.lastSeenAt), asc(staffSessions.id));
  return rows.map((row) => toView(row, actor));
}

/** Every live session of every staff member, by person (admins only; the staff page). */
export async function listAllLiveSessions(actor: Actor | null): Promise<Map<string, SessionView[]>> {
  const byUser = new Map<string, SessionView[]>();
  if (!actor || !can(actor, { kind: 'staff:manage' })) return byUser;
  const db = await getDb();
  const rows = await db.select(sessionColumns).from(staffSessions).where(sessionIsLive).orderBy(desc(staffSessions.lastSeenAt), asc(staffSessions.id));
  for (const row of rows) {
    const list = byUser.get(row.userId) ?? [];
    list.push(toView(row, actor));
    byUser.set(row.userId, list);
  }
  return byUser;
}

export type EndSessionsResult = WriteResult<{ ended: number }>;

const endOneSchema = z.object({ sessionId: z.uuid() });

/** Ends one session: your own device, or (admins) anyone's. Its cookie stops working on its next request. */
export async function endSession(actor: Actor | null, input: unknown): Promise<EndSessionsResult> {
  if (!actor || !can(actor, { kind: 'session:end', ownerId: actor.id })) return forbidden('Sign in to manage sessions.');
  const parsed = endOneSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error.issues);
  const db = await getDb();
  let ownerId: string | null = null;
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ ...sessionColumns, ownerName: users.name })
      .from(staffSessions)
      .innerJoin(users, eq(users.id, staffSessions.userId))
      .where(and(eq(staffSessions.id, parsed.data.sessionId), sessionIsLive))
      .for('update', { of: staffSessions });
    if (!row) return notFound('That session has already ended.');
    if (!can(actor, { kind: 'session:end', ownerId: row.userId })) return forbidden('You can only end your own sessions.');
    const own = row.userId === actor.id;
    ownerId = row.userId;
    await endSessionRows(tx, [row.id], own ? 'ended_by_user' : 'ended_by_admin');
    const where = `${describeDevice(row.userAgent)}${row.ip ? `, ${row.ip}` : ''}`;
    await recordAudit(tx, {
      actor,
      action: 'session.ended',
      objectType: 'session',
      objectId: row.id,
      summary: own ? `Ended own session (${where})` : `Ended a session of ${row.ownerName} (${where})`,
      details: { ownerId: row.userId, reason: own ? 'ended_by_user' : 'ended_by_admin' },
    });
    return { ok: true as const, ended: 1 };
  });
  // Its live-editing connections close too (lib/collab).
  if (result.ok && ownerId) announceAccessChange({ userId: ownerId });
  return result;
}

/** "Sign out everywhere else": ends every session of yours but the one making this request. */
export async function endOtherSessions(actor: Actor | null): Promise<EndSessionsResult> {
  if (!actor || !can(actor, { kind: 'session:end', ownerId: actor.id })) return forbidden('Sign in to manage sessions.');
  if (!actor.sessionId) return forbidden('Sign in again to manage sessions.');
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const ended = await endSessionsOfUser(tx, actor.id, 'ended_by_user', { except: actor.sessionId });
    if (ended > 0) {
      await recordAudit(tx, {
        actor,
        action: 'session.ended',
        objectType: 'user',
        objectId: actor.id,
        summary: `Ended ${ended} other session${ended === 1 ? '' : 's'} of their own`,
        details: { ownerId: actor.id, reason: 'ended_by_user', count: ended },
      });
    }
    return { ok: true as const, ended };
  });
  if (result.ended) announceAccessChange({ userId: actor.id });
  return result;
}

const endAllSchema = z.object({ userId: z.uuid() });

/** Admins: signs a staff member out everywhere (their password still works to sign in again). */
export async function endAllSessionsOf(actor: Actor | null, input: unknown): Promise<EndSessionsResult> {
  const parsed = endAllSchema.safeParse(input);
  if (!actor || !can(actor, { kind: 'session:end', ownerId: parsed.success ? parsed.data.userId : '' }) || !can(actor, { kind: 'staff:manage' })) {
    return forbidden('Only administrators can end other people’s sessions.');
  }
  if (!parsed.success) return invalid(parsed.error.issues);
  const { userId } = parsed.data;
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const [owner] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    if (!owner) return notFound();
    // An admin signing themself out everywhere keeps the session they are using.
    const ended = await endSessionsOfUser(tx, userId, userId === actor.id ? 'ended_by_user' : 'ended_by_admin', {
      except: userId === actor.id ? actor.sessionId : null,
    });
    if (ended > 0) {
      await recordAudit(tx, {
        actor,
        action: 'session.ended',
        objectType: 'user',
        objectId: userId,
        summary: `Ended all ${ended} session${ended === 1 ? '' : 's'} of ${owner.name}`,
        details: { ownerId: userId, reason: 'ended_by_admin', count: ended },
      });
    }
    return { ok: true as const, ended };
  });
  if (result.ok && result.ended) announceAccessChange({ userId });
  return result;
}

/** Sign-out: ends the session this request is using, everywhere its cookie may have been copied. */
export async function signOutSession(actor: Actor | null): Promise<EndSessionsResult> {
  if (!actor?.sessionId || !can(actor, { kind: 'session:end', ownerId: actor.id })) return { ok: true, ended: 0 };
  const sessionId = actor.sessionId;
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const ended = await endSessionRows(tx, [sessionId], 'signed_out');
    if (ended.length === 0) return { ok: true as const, ended: 0 };
    await recordAudit(tx, { actor, action: 'auth.signed_out', objectType: 'session', objectId: sessionId, summary: 'Signed out' });
    return { ok: true as const, ended: 1 };
  });
  if (result.ended) announceAccessChange({ userId: actor.id });
  return result;
}
