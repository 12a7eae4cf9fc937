// Staff administration against a real database: links, conflicts, session invalidation, the last admin.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { redirects, users } from '@/db/schema';
import { inspectSetPasswordLink, setPasswordWithLink } from '@/lib/auth/set-password-tokens';
import { hashPassword } from '@/lib/auth/passwords';
import type { Actor } from '@/lib/permissions/can';
import { changeStaffRole, createStaff, listStaff, resetStaffPassword, setStaffDisabled } from './staff';

let admin: Actor;

async function row(id: string) {
  const db = await getDb();
  const [r] = await db.select().from(users).where(eq(users.id, id));
  return r!;
}
const tokenOf = (url: string) => url.split('/set-password/')[1]!;

beforeAll(async () => {
  const db = await getDb();
  const [a] = await db.insert(users).values({ email: 'boss@example.com', name: 'Boss', slug: 'boss', role: 'admin', passwordHash: await hashPassword('boss password 123') }).returning();
  admin = { id: a!.id, role: 'admin' };
});

describe('createStaff', () => {
  it('creates a passwordless account, derives the slug, and returns a link that sets the password', async () => {
    const result = await createStaff(admin, { name: 'Zoë O’Brien', email: ' Zoe@Example.com ', role: 'author', slug: '' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.member).toMatchObject({ name: 'Zoë O’Brien', email: 'zoe@example.com', slug: 'zoe-obrien', role: 'author', hasPassword: false, disabled: false });
    const token = tokenOf(result.link.url);
    expect(await inspectSetPasswordLink(token)).toMatchObject({ status: 'valid' });
    expect((await setPasswordWithLink({ token, password: 'zoe has a long password', confirm: 'zoe has a long password' })).ok).toBe(true);
    expect((await listStaff(admin)).find((m) => m.id === result.member.id)?.hasPassword).toBe(true);
  });

  it('reports a taken email or slug next to the field, and bad input per field', async () => {
    await createStaff(admin, { name: 'Sam Taken', email: 'taken@example.com', role: 'author' });
    const dupe = await createStaff(admin, { name: 'Sam Taken', email: 'TAKEN@example.com', role: 'editor', slug: '' });
    expect(dupe).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { email: expect.any(String), slug: expect.any(String) } });
    const bad = await createStaff(admin, { name: '', email: 'not-an-email', role: 'overlord', slug: 'Bad Slug' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { name: expect.any(String), email: expect.any(String), role: expect.any(String), slug: expect.any(String) } });
  });

  it("refuses a slug that is another author's old address, typed or derived from the name", async () => {
    const db = await getDb();
    const [mover] = await db.insert(users).values({ email: 'mover@example.com', name: 'Mover', slug: 'mover-now', role: 'author' }).returning();
    await db.insert(redirects).values({ fromPath: '/author/pat-old', source: 'slug-change', userId: mover!.id });
    const typed = await createStaff(admin, { name: 'Pat New', email: 'pat@example.com', role: 'author', slug: 'pat-old' });
    expect(typed).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { slug: expect.stringMatching(/old address/) } });
    const derived = await createStaff(admin, { name: 'Pat Old', email: 'pat@example.com', role: 'author' });
    expect(derived).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { slug: expect.stringMatching(/old address/) } });
    expect(await db.select().from(users).where(eq(users.email, 'pat@example.com'))).toEqual([]);
    expect(await createStaff(admin, { name: 'Pat New', email: 'pat@example.com', role: 'author' })).toMatchObject({ ok: true, member: { slug: 'pat-new' } });
  });
});

describe('role changes and disabling', () => {
  it('bumps the session version only when something changes', async () => {
    const created = await createStaff(admin, { name: 'Role Person', email: 'role@example.com', role: 'contributor' });
    if (!created.ok) throw new Error('create failed');
    const id = created.member.id;
    const before = (await row(id)).sessionVersion;
    expect(await changeStaffRole(admin, { userId: id, role: 'editor' })).toMatchObject({ ok: true, member: { role: 'editor' } });
    expect((await row(id)).sessionVersion).toBe(before + 1);
    await changeStaffRole(admin, { userId: id, role: 'editor' });
    expect((await row(id)).sessionVersion).toBe(before + 1);
    expect(await setStaffDisabled(admin, { userId: id, disabled: true })).toMatchObject({ ok: true, member: { disabled: true } });
    expect((await row(id)).sessionVersion).toBe(before + 2);
    expect(await setStaffDisabled(admin, { userId: id, disabled: false })).toMatchObject({ ok: true, member: { disabled: false } });
  });

  it('answers not found for unknown ids and invalid for malformed ones', async () => {
    expect(await changeStaffRole(admin, { userId: '00000000-0000-4000-8000-000000000000', role: 'author' })).toMatchObject({ code: 'not_found' });
    expect(await setStaffDisabled(admin, { userId: 'nope', disabled: true })).toMatchObject({ code: 'invalid' });
  });

  it('never leaves the site without an active admin', async () => {
    expect(await changeStaffRole(admin, { userId: admin.id, role: 'editor' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await setStaffDisabled(admin, { userId: admin.id, disabled: true })).toMatchObject({ ok: false, code: 'conflict' });
    expect((await row(admin.id)).role).toBe('admin');
    // With a second admin, one of them may step down.
    const second = await createStaff(admin, { name: 'Second Admin', email: 'second@example.com', role: 'admin' });
    if (!second.ok) throw new Error('create failed');
    expect(await changeStaffRole(admin, { userId: second.member.id, role: 'author' })).toMatchObject({ ok: true });
    // A disabled admin does not count as the spare.
    await changeStaffRole(admin, { userId: second.member.id, role: 'admin' });
    await setStaffDisabled(admin, { userId: second.member.id, disabled: true });
    expect(await changeStaffRole(admin, { userId: admin.id, role: 'editor' })).toMatchObject({ ok: false, code: 'conflict' });
    await setStaffDisabled(admin, { userId: second.member.id, disabled: false });
  });

  it('lets only one of two admins demoting each other at once succeed', async () => {
    const db = await getDb();
    // Start from exactly two active admins.
    await db.update(users).set({ role: 'editor' }).where(eq(users.email, 'second@example.com'));
    const other = await createStaff(admin, { name: 'Race Admin', email: 'race-admin@example.com', role: 'admin' });
    if (!other.ok) throw new Error('create failed');
    const otherActor: Actor = { id: other.member.id, role: 'admin' };
    const [a, b] = await Promise.all([
      changeStaffRole(admin, { userId: otherActor.id, role: 'author' }),
      changeStaffRole(otherActor, { userId: admin.id, role: 'author' }),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const admins = (await listStaff({ id: admin.id, role: 'admin' })).filter((m) => m.role === 'admin' && !m.disabled);
    expect(admins).toHaveLength(1);
  });
});

describe('resetStaffPassword', () => {
  it('voids the password and sessions and issues a fresh link', async () => {
    const created = await createStaff(admin, { name: 'Reset Person', email: 'reset@example.com', role: 'author' });
    if (!created.ok) throw new Error('create failed');
    const id = created.member.id;
    await setPasswordWithLink({ token: tokenOf(created.link.url), password: 'first long password', confirm: 'first long password' });
    const before = await row(id);
    const reset = await resetStaffPassword(admin, { userId: id });
    if (!reset.ok) throw new Error('reset failed');
    const after = await row(id);
    expect(after.passwordHash).toBeNull();
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(reset.link.url).not.toBe(created.link.url);
    expect((await inspectSetPasswordLink(tokenOf(reset.link.url))).status).toBe('valid');
  });
});
