// Throttling against a real database: waits grow to a cap, known devices are spared, windows expire, success clears.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { loginThrottle } from '@/db/schema';
import { accountKey, accountRule, addressRule, checkThrottle, clearAccountThrottle, pruneLoginThrottle, recordLoginFailure } from './throttle';

const at = (base: Date, ms: number) => new Date(base.getTime() + ms);
const MINUTE = 60_000;

describe('login throttle', () => {
  it('makes each failure past the free ones double the wait before the next attempt, capped at a minute', async () => {
    const subject = { email: 'Slow@Example.com', ip: null };
    const t0 = new Date('2026-11-25T10:00:00Z');
    expect(await checkThrottle(subject, t0)).toEqual({ wait: false });
    const waits: number[] = [];
    for (let i = 1; i <= 12; i++) {
      const now = at(t0, i * 61_000);
      expect(await checkThrottle(subject, now)).toEqual({ wait: false });
      await recordLoginFailure(subject, now);
      const state = await checkThrottle(subject, now);
      waits.push(state.wait ? state.retryAfterSeconds : 0);
    }
    expect(waits).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60, 60]);
    // The same account typed differently is the same account.
    expect((await checkThrottle({ email: ' slow@example.COM ', ip: null }, at(t0, 12 * 61_000 + 30_000))).wait).toBe(true);
    // Never a lock: a minute after the last failure the account may be tried again.
    expect(await checkThrottle(subject, at(t0, 12 * 61_000 + MINUTE))).toEqual({ wait: false });
  });

  it('never slows a known device for strangers’ failures, but counts its own', async () => {
    const t0 = new Date('2026-11-25T10:30:00Z');
    const stranger = { email: 'owner@example.com', ip: '10.7.7.7' };
    for (let i = 0; i < 40; i++) await recordLoginFailure(stranger, at(t0, i));
    expect((await checkThrottle(stranger, at(t0, 100))).wait).toBe(true);
    const owner = { email: 'owner@example.com', ip: '10.7.7.7', knownDeviceId: 'device-1' };
    expect(await checkThrottle(owner, at(t0, 100))).toEqual({ wait: false });
    for (let i = 0; i < accountRule.freeFailures; i++) await recordLoginFailure(owner, at(t0, 200 + i));
    expect(await checkThrottle(owner, at(t0, 300))).toEqual({ wait: true, retryAfterSeconds: 1 });
    await clearAccountThrottle('owner@example.com', 'device-1');
    expect(await checkThrottle(owner, at(t0, 300))).toEqual({ wait: false });
  });

  it('restarts the count when the window has passed', async () => {
    const subject = { email: 'window@example.com', ip: null };
    const t0 = new Date('2026-11-25T11:00:00Z');
    for (let i = 0; i < accountRule.freeFailures + 2; i++) await recordLoginFailure(subject, at(t0, i));
    await recordLoginFailure(subject, at(t0, accountRule.windowMs + 1000));
    expect((await checkThrottle(subject, at(t0, accountRule.windowMs + 1000))).wait).toBe(false);
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

  it('slows an address that tries many accounts, with a looser rule', async () => {
    const t0 = new Date('2026-11-25T13:00:00Z');
    for (let i = 0; i < addressRule.freeFailures - 1; i++) {
      await recordLoginFailure({ email: `guess${i}@example.com`, ip: '10.2.2.2' }, at(t0, i));
    }
    expect((await checkThrottle({ email: 'fresh@example.com', ip: '10.2.2.2' }, at(t0, 100))).wait).toBe(false);
    await recordLoginFailure({ email: 'last@example.com', ip: '10.2.2.2' }, at(t0, 200));
    expect(await checkThrottle({ email: 'fresh@example.com', ip: '10.2.2.2' }, at(t0, 300))).toEqual({ wait: true, retryAfterSeconds: 1 });
    // Another address is unaffected.
    expect((await checkThrottle({ email: 'fresh@example.com', ip: '10.3.3.3' }, at(t0, 300))).wait).toBe(false);
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
