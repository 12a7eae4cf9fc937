// One-time links against a real database: stored hashed, used once, dead after 72 hours, replaced by a reset.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { passwordTokens, users } from '@/db/schema';
import { verifyPassword } from './passwords';
import { inspectSetPasswordLink, issueSetPasswordLink, setPasswordWithLink, SET_PASSWORD_LINK_TTL_MS } from './set-password-tokens';

async function newUser(email: string) {
  const db = await getDb();
  const [row] = await db.insert(users).values({ email, name: 'Link Person', slug: email.split('@')[0]! }).returning();
  return row!;
}
const tokenOf = (url: string) => url.split('/set-password/')[1]!;

describe('set-password links', () => {
  it('stores only a hash, works once, bumps the session version, then reports "used"', async () => {
    const user = await newUser('once@example.com');
    const db = await getDb();
    const link = await issueSetPasswordLink(db, { userId: user.id, createdById: null });
    const token = tokenOf(link.url);
    expect(link.url).toMatch(/^https?:\/\/[^/]+\/set-password\/[A-Za-z0-9_-]{43}$/);
    const [stored] = await db.select().from(passwordTokens).where(eq(passwordTokens.userId, user.id));
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeGreaterThan(SET_PASSWORD_LINK_TTL_MS - 5000);

    expect(await inspectSetPasswordLink(token)).toMatchObject({ status: 'valid', user: { email: 'once@example.com' } });
    expect(await setPasswordWithLink({ token, password: 'a fine long password', confirm: 'a fine long password' })).toEqual({ ok: true, email: 'once@example.com' });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(after!.passwordHash!, 'a fine long password')).toBe(true);
    expect(after!.sessionVersion).toBe(user.sessionVersion + 1);

    expect(await inspectSetPasswordLink(token)).toEqual({ status: 'used' });
    expect(await setPasswordWithLink({ token, password: 'another long password', confirm: 'another long password' })).toEqual({ ok: false, error: 'used' });
    const [still] = await db.select().from(users).where(eq(users.id, user.id));
    expect(still!.passwordHash).toBe(after!.passwordHash);
  });

  it('refuses expired, unknown and malformed links, and short or mismatched passwords', async () => {
    const user = await newUser('late@example.com');
    const db = await getDb();
    const issuedAt = new Date(Date.now() - SET_PASSWORD_LINK_TTL_MS - 60_000);
    const link = await issueSetPasswordLink(db, { userId: user.id, createdById: null, now: issuedAt });
    const token = tokenOf(link.url);
    expect(await inspectSetPasswordLink(token)).toEqual({ status: 'expired' });
    expect(await setPasswordWithLink({ token, password: 'a fine long password', confirm: 'a fine long password' })).toEqual({ ok: false, error: 'expired' });
    expect(await inspectSetPasswordLink('A'.repeat(43))).toEqual({ status: 'invalid' });
    expect(await inspectSetPasswordLink('../../etc')).toEqual({ status: 'invalid' });
    expect(await setPasswordWithLink({ token, password: 'short', confirm: 'short' })).toMatchObject({ ok: false, error: 'invalid-input', fieldErrors: { password: expect.any(String) } });
    expect(await setPasswordWithLink({ token, password: 'a fine long password', confirm: 'a different one' })).toMatchObject({ ok: false, fieldErrors: { confirm: 'The two passwords differ.' } });
  });

  it('a new link replaces an unused earlier one', async () => {
    const user = await newUser('twice@example.com');
    const db = await getDb();
    const first = tokenOf((await issueSetPasswordLink(db, { userId: user.id, createdById: null })).url);
    const second = tokenOf((await issueSetPasswordLink(db, { userId: user.id, createdById: null })).url);
    expect(await inspectSetPasswordLink(first)).toEqual({ status: 'invalid' });
    expect((await inspectSetPasswordLink(second)).status).toBe('valid');
  });

  it('lets only one of two simultaneous uses win', async () => {
    const user = await newUser('race@example.com');
    const db = await getDb();
    const token = tokenOf((await issueSetPasswordLink(db, { userId: user.id, createdById: null })).url);
    const results = await Promise.all([
      setPasswordWithLink({ token, password: 'first long password', confirm: 'first long password' }),
      setPasswordWithLink({ token, password: 'second long password', confirm: 'second long password' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after!.sessionVersion).toBe(user.sessionVersion + 1);
  });
});
