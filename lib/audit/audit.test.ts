// The audit log against a real database: every recorded event writes one entry with who, what and from
// where, in the same transaction as its change; refused and failed writes record nothing; entries cannot
// be changed; retention prunes only old ones; admins read it with filters.
import { and, desc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { articles, auditLog, staffSessions, users } from '@/db/schema';
import { createDraft } from '@/lib/articles/editorial';
import { fieldsFor, makeTag, paragraphs } from '@/lib/articles/testing';
import {
  publishNow,
  restoreFromTrash,
  scheduleArticle,
  submitForReview,
  trashArticle,
  unpublishArticle,
  unscheduleArticle,
  updatePublished,
} from '@/lib/articles/workflow';
import { authenticateStaff } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/passwords';
import { setPasswordWithLink } from '@/lib/auth/set-password-tokens';
import type { Actor } from '@/lib/permissions/can';
import { publishDue } from '@/lib/articles/publish-due';
import { chromeOnLinux, makeUser, signedIn } from '@/lib/sessions/testing';
import { updateSiteSettings } from '@/lib/settings/manage';
import { deleteTag, mergeTags } from '@/lib/tags/manage';
import { changeOwnPassword } from '@/lib/users/profile';
import { changeStaffRole, createStaff, resetStaffPassword, setStaffDisabled } from '@/lib/users/staff';
import type { AuditAction } from './actions';
import { pruneAuditLog } from './prune';
import { listAuditEntries, parseAuditFilters } from './query';
import { recordAudit } from './record';

let admin: Actor & { sessionId: string };
let editor: Actor & { sessionId: string };
let contributor: Actor & { sessionId: string };

beforeAll(async () => {
  admin = await signedIn(await makeUser('admin'), chromeOnLinux, '192.0.2.10');
  editor = await signedIn(await makeUser('editor'), chromeOnLinux, '192.0.2.20');
  contributor = await signedIn(await makeUser('contributor'), chromeOnLinux, '192.0.2.30');
});

async function allEntries() {
  const db = await getDb();
  return db.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

/** Runs `write` and returns the entries it added (oldest first). */
async function entriesOf(write: () => Promise<unknown>) {
  const before = new Set((await allEntries()).map((e) => e.id));
  await write();
  return (await allEntries()).filter((e) => !before.has(e.id)).reverse();
}

async function draft(headline: string, owner: Actor = editor) {
  const created = await createDraft(owner, fieldsFor([owner.id], { headline, body: paragraphs('Body text for the audit.') }));
  if (!created.ok) throw new Error(created.error);
  return created.article.id;
}

const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

describe('editorial events', () => {
  it('records each workflow step once, naming the article, the person and where they were', async () => {
    const id = await draft('Ferry timetable changes', contributor);
    const steps: [AuditAction, () => Promise<{ ok: boolean }>][] = [
      ['article.submitted', () => submitForReview(contributor, { id })],
      ['article.scheduled', () => scheduleArticle(editor, { id, scheduledAt: inAnHour() })],
      ['article.unscheduled', () => unscheduleArticle(editor, { id })],
      ['article.published', () => publishNow(editor, { id })],
      ['article.updated', () => updatePublished(editor, { id })],
      ['article.unpublished', () => unpublishArticle(editor, { id })],
      ['article.trashed', () => trashArticle(editor, { id })],
      ['article.restored', () => restoreFromTrash(editor, { id })],
    ];
    for (const [action, run] of steps) {
      const added = await entriesOf(async () => expect((await run()).ok).toBe(true));
      expect(added, action).toHaveLength(1);
      expect(added[0]).toMatchObject({ action, objectType: 'article', objectId: id, actorKind: 'staff', ip: expect.stringMatching(/^192\.0\.2\./), userAgent: chromeOnLinux });
      expect(added[0]!.summary).toContain('Ferry timetable changes');
    }
    const [published] = (await allEntries()).filter((e) => e.action === 'article.published' && e.objectId === id);
    expect(published).toMatchObject({ actorId: editor.id, sessionId: editor.sessionId, ip: '192.0.2.20', summary: 'Published “Ferry timetable changes”' });
  });

  it('a refused step (role, or an article not ready) records nothing and changes nothing', async () => {
    const id = await draft('Not for contributors');
    const added = await entriesOf(async () => {
      expect(await publishNow(contributor, { id })).toMatchObject({ ok: false, code: 'forbidden' });
      expect(await unpublishArticle(editor, { id })).toMatchObject({ ok: false });
    });
    expect(added).toEqual([]);
    const empty = await draft('');
    expect(await entriesOf(() => publishNow(editor, { id: empty }))).toEqual([]);
    const db = await getDb();
    const [row] = await db.select().from(articles).where(eq(articles.id, empty));
    expect(row!.status).toBe('draft');
  });

  it('the scheduler publishes as "system"', async () => {
    const id = await draft('Goes live on its own');
    expect((await scheduleArticle(editor, { id, scheduledAt: inAnHour() })).ok).toBe(true);
    const db = await getDb();
    await db.update(articles).set({ scheduledAt: sql`now() - interval '1 second'` }).where(eq(articles.id, id));
    const added = await entriesOf(() => publishDue());
    expect(added).toEqual([expect.objectContaining({ action: 'article.published', actorKind: 'system', actorId: null, objectId: id, ip: null })]);
    expect(added[0]!.summary).toBe('Published “Goes live on its own” on schedule');
  });
});

describe('tags and settings', () => {
  it('records merges and deletes; a refused one records nothing', async () => {
    const a = await makeTag(`Harbour ${Date.now()}`);
    const b = await makeTag(`Port ${Date.now()}`);
    const c = await makeTag(`Docks ${Date.now()}`);
    expect(await entriesOf(() => mergeTags(contributor, { fromId: a.id, intoId: b.id }))).toEqual([]);
    const merged = await entriesOf(() => mergeTags(editor, { fromId: a.id, intoId: b.id }));
    expect(merged).toEqual([expect.objectContaining({ action: 'tag.merged', objectType: 'tag', objectId: b.id, summary: `Merged tag “${a.name}” into “${b.name}”` })]);
    const deleted = await entriesOf(() => deleteTag(editor, { id: c.id }));
    expect(deleted).toEqual([expect.objectContaining({ action: 'tag.deleted', objectId: c.id, summary: `Deleted tag “${c.name}” (${c.slug})` })]);
  });

  it('records which settings changed, from what to what', async () => {
    const base = { siteName: 'Audit Courier', description: 'Local news.', copyright: '', logoId: '', defaultSocialImageId: '' };
    await updateSiteSettings(admin, base);
    const added = await entriesOf(() => updateSiteSettings(admin, { ...base, siteName: 'The Audit Courier', copyright: '© Courier' }));
    expect(added).toEqual([expect.objectContaining({ action: 'settings.updated', objectType: 'settings', summary: 'Changed site settings: site name, copyright line' })]);
    expect(added[0]!.details).toEqual({ changed: { siteName: { from: 'Audit Courier', to: 'The Audit Courier' }, copyright: { from: '', to: '© Courier' } } });
    // Invalid input and a refused role record nothing.
    expect(await entriesOf(() => updateSiteSettings(admin, { ...base, siteName: '' }))).toEqual([]);
    expect(await entriesOf(() => updateSiteSettings(editor, base))).toEqual([]);
  });
});

describe('staff and account events', () => {
  it('records adding someone, role changes, disable, re-enable and reset; the last admin cannot be demoted and nothing is recorded', async () => {
    let userId = '';
    const created = await entriesOf(async () => {
      const result = await createStaff(admin, { name: 'Audit Person', email: `audit-${Date.now()}@example.com`, role: 'author' });
      if (!result.ok) throw new Error(result.error);
      userId = result.member.id;
    });
    expect(created).toEqual([expect.objectContaining({ action: 'staff.created', objectType: 'user', objectId: userId, actorId: admin.id })]);
    for (const [action, run] of [
      ['staff.role_changed', () => changeStaffRole(admin, { userId, role: 'editor' })],
      ['staff.disabled', () => setStaffDisabled(admin, { userId, disabled: true })],
      ['staff.enabled', () => setStaffDisabled(admin, { userId, disabled: false })],
      ['staff.password_reset', () => resetStaffPassword(admin, { userId })],
    ] as const) {
      const added = await entriesOf(run);
      expect(added.map((e) => e.action)).toEqual([action]);
      expect(added[0]).toMatchObject({ objectId: userId, ip: '192.0.2.10', sessionId: admin.sessionId });
    }
    // Unchanged role: nothing happened, nothing recorded.
    expect(await entriesOf(() => changeStaffRole(admin, { userId, role: 'editor' }))).toEqual([]);
    // The only active admin of this database cannot be demoted (conflict): nothing recorded.
    const db = await getDb();
    const admins = await db.select().from(users).where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
    expect(admins).toHaveLength(1);
    expect(await entriesOf(() => changeStaffRole(admin, { userId: admin.id, role: 'editor' }))).toEqual([]);
    expect(await entriesOf(() => createStaff(editor, { name: 'Nope', email: 'nope@example.com', role: 'author' }))).toEqual([]);
  });

  it('records a password change and a password set with a link; a wrong current password records nothing', async () => {
    const db = await getDb();
    const person = await makeUser('author');
    await db.update(users).set({ passwordHash: await hashPassword('the first password') }).where(eq(users.id, person.id));
    const actor = await signedIn(person);
    expect(await entriesOf(() => changeOwnPassword(actor, { current: 'not it at all', password: 'a second password', confirm: 'a second password' }))).toEqual([]);
    const changed = await entriesOf(() => changeOwnPassword(actor, { current: 'the first password', password: 'a second password', confirm: 'a second password' }));
    expect(changed).toEqual([expect.objectContaining({ action: 'password.changed', actorId: person.id, objectId: person.id, summary: 'Changed their password (signed out of 1 session)' })]);

    const reset = await resetStaffPassword(admin, { userId: person.id });
    if (!reset.ok) throw new Error(reset.error);
    const token = new URL(reset.link.url).pathname.split('/').at(-1)!;
    const origin = { ip: '198.51.100.9', userAgent: chromeOnLinux };
    const set = await entriesOf(() => setPasswordWithLink({ token, password: 'a third password', confirm: 'a third password', origin }));
    expect(set).toEqual([expect.objectContaining({ action: 'password.set', actorId: person.id, ip: '198.51.100.9' })]);
    // A spent link records nothing.
    expect(await entriesOf(() => setPasswordWithLink({ token, password: 'a fourth password', confirm: 'a fourth password', origin }))).toEqual([]);
  });

  it('records failed sign-ins with the email tried and the reason, never the password', async () => {
    const db = await getDb();
    const person = await makeUser('author');
    await db.update(users).set({ passwordHash: await hashPassword('right password here') }).where(eq(users.id, person.id));
    const wrong = await entriesOf(() => authenticateStaff({ email: person.email, password: 'wrong password here', ip: '203.0.113.50' }));
    expect(wrong).toEqual([
      expect.objectContaining({ action: 'auth.sign_in_failed', actorKind: 'anonymous', actorId: null, objectType: 'user', objectId: person.id, ip: '203.0.113.50' }),
    ]);
    expect(JSON.stringify(wrong)).not.toContain('wrong password here');
    const unknown = await entriesOf(() => authenticateStaff({ email: 'Nobody@Example.com', password: 'whatever it is', ip: null }));
    expect(unknown).toEqual([expect.objectContaining({ action: 'auth.sign_in_failed', objectId: null, summary: 'Failed sign-in as nobody@example.com: no account has this email' })]);
    await db.update(users).set({ disabled: true }).where(eq(users.id, person.id));
    const disabled = await entriesOf(() => authenticateStaff({ email: person.email, password: 'right password here', ip: null }));
    expect(disabled[0]!.details).toEqual({ email: person.email, reason: 'disabled' });
    // A successful password check records nothing by itself: the sign-in is recorded with its session.
    await db.update(users).set({ disabled: false }).where(eq(users.id, person.id));
    expect(await entriesOf(() => authenticateStaff({ email: person.email, password: 'right password here', ip: null }))).toEqual([]);
  });
});

describe('the log itself', () => {
  it('is written in the transaction of its change: when the change rolls back, so does the entry', async () => {
    const id = await draft('Rolled back');
    const db = await getDb();
    await expect(
      db.transaction(async (tx) => {
        await tx.update(articles).set({ headline: 'Changed' }).where(eq(articles.id, id));
        await recordAudit(tx, { actor: editor, action: 'article.updated', objectType: 'article', objectId: id, summary: 'Rolled back change' });
        throw new Error('the change failed after its entry was written');
      }),
    ).rejects.toThrow('the change failed');
    expect((await allEntries()).filter((e) => e.summary === 'Rolled back change')).toEqual([]);
    const [row] = await db.select().from(articles).where(eq(articles.id, id));
    expect(row!.headline).toBe('Rolled back');
  });

  it('keeps entries with NUL bytes or broken text in them from failing their change', async () => {
    const db = await getDb();
    await recordAudit(db, { actor: null, action: 'auth.sign_in_failed', summary: 'as a\u0000b\uD800c', details: { email: 'x\u0000y' } });
    const [entry] = await allEntries();
    expect(entry).toMatchObject({ summary: 'as ab\uFFFDc', details: { email: 'xy' } });
  });

  it('cannot be changed, and recent entries cannot be deleted; retention prunes only old ones', async () => {
    const db = await getDb();
    await expect(db.execute(sql`update audit_log set summary = 'rewritten'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
    await db.insert(auditLog).values([
      { actorKind: 'system', action: 'article.published', summary: 'Ancient', createdAt: sql`now() - interval '400 days'` },
      { actorKind: 'system', action: 'article.published', summary: 'Last month', createdAt: sql`now() - interval '40 days'` },
    ]);
    const total = (await allEntries()).length;
    expect(await pruneAuditLog(365)).toBe(1);
    expect((await allEntries()).map((e) => e.summary)).toContain('Last month');
    expect((await allEntries()).map((e) => e.summary)).not.toContain('Ancient');
    // A retention shorter than the database's floor still keeps the last 30 days.
    expect(await pruneAuditLog(1)).toBe(1);
    expect((await allEntries()).length).toBe(total - 2);
  });

  it('shows admins entries filtered by person, action and dates, newest first, in pages', async () => {
    expect(await listAuditEntries(editor, { page: 1 })).toBeNull();
    const everything = await listAuditEntries(admin, { page: 1 });
    expect(everything!.total).toBe((await allEntries()).length);
    const times = everything!.entries.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const byEditor = await listAuditEntries(admin, { person: editor.id, action: 'article.published', page: 1 });
    expect(byEditor!.entries.length).toBeGreaterThan(0);
    expect(byEditor!.entries.every((e) => e.action === 'article.published' && e.actorId === editor.id && e.actorName)).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEntries(admin, { from: today, to: today, page: 1 }))!.total).toBe(everything!.total);
    expect((await listAuditEntries(admin, { to: '2020-01-01', page: 1 }))!.total).toBe(0);

    const db = await getDb();
    await db.insert(auditLog).values(
      Array.from({ length: 60 }, (_, i) => ({ actorKind: 'system' as const, action: 'content.exported', summary: `Export ${i}`, createdAt: sql`now() + make_interval(secs => ${i})` })),
    );
    const first = await listAuditEntries(admin, { action: 'content.exported', page: 1 });
    const second = await listAuditEntries(admin, { action: 'content.exported', page: 2 });
    expect(first!.entries).toHaveLength(50);
    expect(first!.entries[0]!.summary).toBe('Export 59');
    expect(second!.entries.map((e) => e.summary)).toEqual(Array.from({ length: 10 }, (_, i) => `Export ${9 - i}`));
  });

  it('parses the filter form, with a message next to each bad field and the good ones kept', () => {
    expect(parseAuditFilters({ action: 'article.published', from: '2026-11-01', page: '2' })).toEqual({
      filters: { action: 'article.published', from: '2026-11-01', page: 2 },
      errors: {},
    });
    const bad = parseAuditFilters({ person: 'someone', action: 'drop table', from: '2026-11-30', to: '2026-11-01' });
    expect(bad.errors).toEqual({ person: 'Choose a person from the list.', action: 'Choose an action from the list.', to: 'The end date is before the start date.' });
    expect(bad.filters).toEqual({ from: '2026-11-30', page: 1 });
  });
});

describe('sessions in the log', () => {
  it('records the sign-in with its session, device and address', async () => {
    const person = await makeUser('editor');
    const added = await entriesOf(() => signedIn(person, chromeOnLinux, '203.0.113.77'));
    const db = await getDb();
    const [session] = await db.select().from(staffSessions).where(eq(staffSessions.userId, person.id));
    expect(added).toEqual([
      expect.objectContaining({ action: 'auth.signed_in', actorId: person.id, sessionId: session!.id, objectId: session!.id, ip: '203.0.113.77', summary: 'Signed in with a password (Chrome on Linux)' }),
    ]);
  });
});
