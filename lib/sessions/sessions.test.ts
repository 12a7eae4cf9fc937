// Server-side sessions against a real database: a sign-in opens a row, the cookie counts only while
// it is live, sign-out and "end session" stop a copied cookie, admins end anyone's, account changes end all.
import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, staffSessions, users } from '@/db/schema';
import { loadActiveStaff } from '@/lib/auth/active-staff';
import { changeStaffRole, resetStaffPassword, setStaffDisabled } from '@/lib/users/staff';
import { pruneStaffSessions } from './lifecycle';
import { endAllSessionsOf, endOtherSessions, endSession, listAllLiveSessions, listSessionsOf, signOutSession } from './manage';
import { chromeOnLinux, firefoxOnMac, makeUser, signedIn } from './testing';

/** What a request presenting this cookie (user, version, session) gets. */
async function cookieWorks(actor: { id: string; sessionId: string }, sessionVersion = 1) {
  return (await loadActiveStaff(actor.id, sessionVersion, actor.sessionId)) !== null;
}

async function sessionRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(staffSessions).where(eq(staffSessions.id, id));
  return row!;
}

describe('staff sessions', () => {
  it('a sign-in opens a session the cookie names; signing out ends it, so a copied cookie is refused', async () => {
    const user = await makeUser('author');
    const session = await signedIn(user);
    const staff = await loadActiveStaff(user.id, 1, session.sessionId);
    expect(staff).toMatchObject({ id: user.id, role: 'author', sessionId: session.sessionId });
    expect(await sessionRow(session.sessionId)).toMatchObject({ userId: user.id, ip: '203.0.113.7', userAgent: chromeOnLinux, method: 'credentials', endedAt: null });

    expect(await signOutSession(session)).toEqual({ ok: true, ended: 1 });
    // The same cookie, replayed after sign-out, no longer counts.
    expect(await cookieWorks(session)).toBe(false);
    expect(await sessionRow(session.sessionId)).toMatchObject({ endReason: 'signed_out' });
    // Signing out twice changes nothing more.
    expect(await signOutSession(session)).toEqual({ ok: true, ended: 0 });
    const db = await getDb();
    const entries = await db.select().from(auditLog).where(eq(auditLog.sessionId, session.sessionId));
    expect(entries.map((e) => e.action).sort()).toEqual(['auth.signed_in', 'auth.signed_out']);
  });

  it('refuses a cookie naming someone else’s session, an unknown session, or a malformed id', async () => {
    const alice = await makeUser('editor');
    const bob = await makeUser('editor');
    const bobs = await signedIn(bob);
    expect(await loadActiveStaff(alice.id, 1, bobs.sessionId)).toBeNull();
    expect(await loadActiveStaff(bob.id, 1, crypto.randomUUID())).toBeNull();
    expect(await loadActiveStaff(bob.id, 1, 'not-a-uuid')).toBeNull();
    expect(await cookieWorks(bobs)).toBe(true);
  });

  it('moves "last seen" on at most once a minute, and an idle session expires after the session lifetime', async () => {
    const user = await makeUser('contributor');
    const session = await signedIn(user);
    const db = await getDb();
    const before = (await sessionRow(session.sessionId)).lastSeenAt;
    await cookieWorks(session);
    expect((await sessionRow(session.sessionId)).lastSeenAt).toEqual(before);

    await db.update(staffSessions).set({ lastSeenAt: sql`now() - interval '5 minutes'` }).where(eq(staffSessions.id, session.sessionId));
    const stale = (await sessionRow(session.sessionId)).lastSeenAt;
    expect(await cookieWorks(session)).toBe(true);
    const touched = (await sessionRow(session.sessionId)).lastSeenAt;
    expect(touched.getTime()).toBeGreaterThan(stale.getTime() + 4 * 60_000);

    await db.update(staffSessions).set({ lastSeenAt: sql`now() - interval '8 days'` }).where(eq(staffSessions.id, session.sessionId));
    expect(await cookieWorks(session)).toBe(false);
  });

  it('lists your live sessions with device, address and "this device", and ends the others', async () => {
    const user = await makeUser('author');
    const laptop = await signedIn(user, chromeOnLinux, '198.51.100.1');
    const phone = await signedIn(user, firefoxOnMac, '198.51.100.2');
    const old = await signedIn(user);
    await signOutSession(old);

    const seenFromLaptop = await listSessionsOf(laptop, user.id);
    expect(seenFromLaptop.map((s) => s.id).sort()).toEqual([laptop.sessionId, phone.sessionId].sort());
    expect(seenFromLaptop.find((s) => s.current)).toMatchObject({ id: laptop.sessionId, device: 'Chrome on Linux', ip: '198.51.100.1' });
    expect(seenFromLaptop.find((s) => !s.current)).toMatchObject({ id: phone.sessionId, device: 'Firefox on macOS', ip: '198.51.100.2' });

    expect(await endOtherSessions(laptop)).toEqual({ ok: true, ended: 1 });
    expect(await cookieWorks(phone)).toBe(false);
    expect(await cookieWorks(laptop)).toBe(true);
    expect((await listSessionsOf(laptop, user.id)).map((s) => s.id)).toEqual([laptop.sessionId]);
    expect(await sessionRow(phone.sessionId)).toMatchObject({ endReason: 'ended_by_user' });
  });

  it('ends one chosen session of your own; others’ sessions are not yours to see or end', async () => {
    const user = await makeUser('author');
    const other = await makeUser('editor');
    const mine = await signedIn(user);
    const second = await signedIn(user, firefoxOnMac);
    const theirs = await signedIn(other);

    expect(await listSessionsOf(mine, other.id)).toEqual([]);
    const db = await getDb();
    const before = await db.select().from(staffSessions);
    const auditBefore = await db.select().from(auditLog);
    expect(await endSession(mine, { sessionId: theirs.sessionId })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await endAllSessionsOf(mine, { userId: other.id })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.select().from(staffSessions)).toEqual(before);
    expect(await db.select().from(auditLog)).toEqual(auditBefore);
    expect(await cookieWorks(theirs)).toBe(true);

    expect(await endSession(mine, { sessionId: 'nonsense' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await endSession(mine, { sessionId: second.sessionId })).toEqual({ ok: true, ended: 1 });
    expect(await cookieWorks(second)).toBe(false);
    expect(await endSession(mine, { sessionId: second.sessionId })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('an admin sees everyone’s sessions and ends one, or all of someone’s', async () => {
    const admin = await signedIn(await makeUser('admin'));
    const writer = await makeUser('contributor');
    const a = await signedIn(writer);
    const b = await signedIn(writer, firefoxOnMac);

    const all = await listAllLiveSessions(admin);
    expect(all.get(writer.id)?.map((s) => s.id).sort()).toEqual([a.sessionId, b.sessionId].sort());
    expect((await listAllLiveSessions(a)).size).toBe(0);

    expect(await endSession(admin, { sessionId: a.sessionId })).toEqual({ ok: true, ended: 1 });
    expect(await sessionRow(a.sessionId)).toMatchObject({ endReason: 'ended_by_admin' });
    expect(await endAllSessionsOf(admin, { userId: writer.id })).toEqual({ ok: true, ended: 1 });
    expect(await cookieWorks(b)).toBe(false);

    const db = await getDb();
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, 'session.ended'), eq(auditLog.actorId, admin.id)));
    expect(entries.map((e) => e.summary).sort()).toEqual([`Ended a session of ${writer.name} (Chrome on Linux, 203.0.113.7)`, `Ended all 1 session of ${writer.name}`].sort());
    expect(entries.every((e) => e.ip === '203.0.113.7' && e.sessionId === admin.sessionId)).toBe(true);
  });

  it('an admin ending all their own sessions keeps the one in use', async () => {
    const adminUser = await makeUser('admin');
    const here = await signedIn(adminUser);
    const elsewhere = await signedIn(adminUser, firefoxOnMac);
    expect(await endAllSessionsOf(here, { userId: adminUser.id })).toEqual({ ok: true, ended: 1 });
    expect(await cookieWorks(here)).toBe(true);
    expect(await cookieWorks(elsewhere)).toBe(false);
  });

  it('role change, disable and password reset end every session of the person, with the reason', async () => {
    const admin = await signedIn(await makeUser('admin'));
    for (const [change, reason] of [
      [(id: string) => changeStaffRole(admin, { userId: id, role: 'editor' }), 'role_changed'],
      [(id: string) => setStaffDisabled(admin, { userId: id, disabled: true }), 'disabled'],
      [(id: string) => resetStaffPassword(admin, { userId: id }), 'password_reset'],
    ] as const) {
      const person = await makeUser('author');
      const session = await signedIn(person);
      expect((await change(person.id)).ok).toBe(true);
      expect(await sessionRow(session.sessionId)).toMatchObject({ endReason: reason });
      const db = await getDb();
      const [{ sessionVersion }] = (await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, person.id))) as [{ sessionVersion: number }];
      // Even with the new version, the ended session stays ended.
      expect(await cookieWorks(session, sessionVersion)).toBe(false);
    }
  });

  it('prunes session rows long after they ended or went idle, keeping recent ones', async () => {
    const user = await makeUser('author');
    const ancient = await signedIn(user);
    const idle = await signedIn(user);
    const recent = await signedIn(user);
    await signOutSession(recent);
    const db = await getDb();
    await db.update(staffSessions).set({ endedAt: sql`now() - interval '31 days'`, endReason: 'signed_out' }).where(eq(staffSessions.id, ancient.sessionId));
    await db.update(staffSessions).set({ lastSeenAt: sql`now() - interval '40 days'` }).where(eq(staffSessions.id, idle.sessionId));
    expect(await pruneStaffSessions()).toBe(2);
    const left = await db.select({ id: staffSessions.id }).from(staffSessions).where(eq(staffSessions.userId, user.id));
    expect(left.map((r) => r.id)).toEqual([recent.sessionId]);
  });
});
