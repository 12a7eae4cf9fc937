// Throttling against a real database: delays grow, the lock arrives at the limit, windows expire, success clears.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { loginThrottle } from '@/db/schema';
import { accountKey, accountRule, addressRule, checkThrottle, clearAccountThrottle, pruneLoginThrottle, recordLoginFailure } from './throttle';

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const MINUTE = 60_000;

describe('login throttle', () => {
  it('slows down, then locks the account after the limit, for the lock period', async () => {
    const subject = { email: 'Slow@Example.com', ip: null };
    const t0 = new Date('2026-11-25T10:00:00Z');
    expect(await checkThrottle(subject, t0)).toEqual({ locked: false, delayMs: 0 });
    const delays: number[] = [];
    for (let i = 1; i < accountRule.maxFailures; i++) {
      await recordLoginFailure(subject, at(t0, i * 1000));
      const state = await checkThrottle(subject, at(t0, i * 1000));
      expect(state.locked).toBe(false);
      if (!state.locked) delays.push(state.delayMs);
    }
    expect(delays[0]).toBe(0);
    expect(delays.at(-1)).toBeGreaterThan(0);
    expect([...delays].sort((a, b) => a - b)).toEqual(delays);

    await recordLoginFailure(subject, at(t0, 10_000));
    expect(await checkThrottle(subject, at(t0, 10_000))).toEqual({ locked: true, retryAfterMinutes: 15 });
    // The same account typed differently is the same account.
    expect((await checkThrottle({ email: ' slow@example.COM ', ip: null }, at(t0, 5 * MINUTE))).locked).toBe(true);
    expect(await checkThrottle(subject, at(t0, 14 * MINUTE))).toEqual({ locked: true, retryAfterMinutes: 2 });
    const after = await checkThrottle(subject, at(t0, 10_000 + accountRule.lockMs + 1000));
    expect(after.locked).toBe(false);
  });

  it('restarts the count when the window has passed', async () => {
    const subject = { email: 'window@example.com', ip: null };
    const t0 = new Date('2026-11-25T11:00:00Z');
    for (let i = 0; i < accountRule.maxFailures - 1; i++) await recordLoginFailure(subject, at(t0, i));
    await recordLoginFailure(subject, at(t0, accountRule.windowMs + 1000));
    expect((await checkThrottle(subject, at(t0, accountRule.windowMs + 1000))).locked).toBe(false);
    const db = await getDb();
    const [row] = await db.select().from(loginThrottle).where(eqKey(accountKey(subject.email)));
    expect(row?.failures).toBe(1);
  });

  it('a success clears the account but not the address', async () => {
    const t0 = new Date('2026-11-25T12:00:00Z');
    const subject = { email: 'clear@example.com', ip: '10.1.1.1' };
    for (let i = 0; i < 3; i++) await recordLoginFailure(subject, at(t0, i));
    await clearAccountThrottle('CLEAR@example.com');
    const db = await getDb();
    const rows = await db.select().from(loginThrottle);
    expect(rows.find((r) => r.key === 'email:clear@example.com')).toBeUndefined();
    expect(rows.find((r) => r.key === 'ip:10.1.1.1')?.failures).toBe(3);
  });

  it('locks an address that tries many accounts, with a looser limit', async () => {
    const t0 = new Date('2026-11-25T13:00:00Z');
    for (let i = 0; i < addressRule.maxFailures - 1; i++) {
      await recordLoginFailure({ email: `guess${i}@example.com`, ip: '10.2.2.2' }, at(t0, i));
    }
    expect((await checkThrottle({ email: 'fresh@example.com', ip: '10.2.2.2' }, at(t0, 100))).locked).toBe(false);
    await recordLoginFailure({ email: 'last@example.com', ip: '10.2.2.2' }, at(t0, 200));
    expect(await checkThrottle({ email: 'fresh@example.com', ip: '10.2.2.2' }, at(t0, 300))).toEqual({ locked: true, retryAfterMinutes: 15 });
    // Another address is unaffected.
    expect((await checkThrottle({ email: 'fresh@example.com', ip: '10.3.3.3' }, at(t0, 300))).locked).toBe(false);
  });

  it('counts concurrent failures exactly', async () => {
    const t0 = new Date('2026-11-25T14:00:00Z');
    const subject = { email: 'race@example.com', ip: null };
    await Promise.all(Array.from({ length: 8 }, (_, i) => recordLoginFailure(subject, at(t0, i))));
    const db = await getDb();
    const [row] = await db.select().from(loginThrottle).where(eqKey(accountKey(subject.email)));
    expect(row?.failures).toBe(8);
    expect(row?.lockedUntil).not.toBeNull();
  });

  it('prunes rows long past their window and lock', async () => {
    const t0 = new Date('2026-11-20T00:00:00Z');
    await recordLoginFailure({ email: 'old@example.com', ip: null }, t0);
    const removed = await pruneLoginThrottle(new Date('2026-11-25T00:00:00Z'));
    expect(removed).toBeGreaterThanOrEqual(1);
    const db = await getDb();
    expect(await db.select().from(loginThrottle).where(eqKey('email:old@example.com'))).toEqual([]);
  });
});

function eqKey(key: string) {
  return eq(loginThrottle.key, key);
}
