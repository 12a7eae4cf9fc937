// Sign-in checks against a real database: right and wrong passwords, unknown emails, disabled accounts, the throttle.
import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { authenticateStaff, signInRefusalMessage } from './authenticate';
import { hashPassword } from './passwords';

async function makeUser(email: string, password: string | null, extra: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(users)
    .values({ email, name: email, slug: email.replace(/[^a-z0-9]+/g, '-'), passwordHash: password ? await hashPassword(password) : null, ...extra })
    .returning();
  return row!;
}

describe('authenticateStaff', () => {
  it('accepts the right password (email in any case) and records the sign-in time', async () => {
    const user = await makeUser('right@example.com', 'correct horse battery');
    const result = await authenticateStaff({ email: '  Right@Example.COM ', password: 'correct horse battery', ip: '127.0.0.1' });
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 1 } });
    const db = await getDb();
    const [row] = await db.select().from(users);
    expect(row?.lastLoginAt).toBeInstanceOf(Date);
  });

  it('gives a wrong password and an unknown email the same answer, in about the same time', async () => {
    await makeUser('known@example.com', 'correct horse battery');
    const timings = { wrong: 0, unknown: 0 };
    for (let i = 0; i < 2; i++) {
      let t = performance.now();
      const wrong = await authenticateStaff({ email: 'known@example.com', password: 'not the password', ip: null });
      timings.wrong += performance.now() - t;
      t = performance.now();
      const unknown = await authenticateStaff({ email: `nobody${i}@example.com`, password: 'not the password', ip: null });
      timings.unknown += performance.now() - t;
      expect(wrong).toEqual({ ok: false, reason: 'invalid' });
      expect(unknown).toEqual(wrong);
    }
    // Both paths run one argon2id verification; a skipped hash would be ~100x faster.
    expect(timings.unknown).toBeGreaterThan(timings.wrong * 0.4);
    expect(signInRefusalMessage({ reason: 'invalid' })).toBe('Wrong email or password.');
  });

  it('refuses accounts without a password yet, and says "disabled" only after the right password', async () => {
    await makeUser('pending@example.com', null);
    expect(await authenticateStaff({ email: 'pending@example.com', password: 'anything at all', ip: null })).toEqual({ ok: false, reason: 'invalid' });
    await makeUser('off@example.com', 'correct horse battery', { disabled: true });
    expect(await authenticateStaff({ email: 'off@example.com', password: 'wrong password!!', ip: null })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticateStaff({ email: 'off@example.com', password: 'correct horse battery', ip: null })).toEqual({ ok: false, reason: 'disabled' });
  });

  it('rejects malformed input without touching the database', async () => {
    expect(await authenticateStaff({ email: 42, password: undefined, ip: null })).toEqual({ ok: false, reason: 'invalid' });
    expect(await authenticateStaff({ email: 'a@example.com', password: 'x'.repeat(10_000), ip: null })).toEqual({ ok: false, reason: 'invalid' });
  });

  it('slows guessing for known and unknown emails alike, without locking: waits are seconds, capped at a minute', async () => {
    await makeUser('target@example.com', 'correct horse battery');
    for (const email of ['target@example.com', 'ghost@example.com']) {
      for (let i = 0; i < 3; i++) {
        expect(await authenticateStaff({ email, password: 'guess guess guess', ip: '10.9.9.9' })).toEqual({ ok: false, reason: 'invalid' });
      }
    }
    const known = await authenticateStaff({ email: 'target@example.com', password: 'correct horse battery', ip: '10.9.9.9' });
    const unknown = await authenticateStaff({ email: 'ghost@example.com', password: 'correct horse battery', ip: '10.9.9.9' });
    expect(known).toEqual({ ok: false, reason: 'wait', retryAfterSeconds: 1 });
    expect(unknown).toEqual(known);
    expect(signInRefusalMessage({ reason: 'wait', retryAfterSeconds: 1 })).toBe('Too many attempts. Try again in 1 second.');
    expect(signInRefusalMessage({ reason: 'wait', retryAfterSeconds: 60 })).toBe('Too many attempts. Try again in 60 seconds.');
  }, 60_000);

  it('lets the owner in on a device that signed in before, however many failures strangers caused', async () => {
    const owner = await makeUser('owner@example.com', 'correct horse battery');
    const db = await getDb();
    // What a stranger rotating addresses leaves behind: the account far past its free tries.
    const { recordLoginFailure } = await import('./throttle');
    for (let i = 0; i < 25; i++) await recordLoginFailure({ email: 'owner@example.com', ip: `10.8.0.${i}` });
    expect((await authenticateStaff({ email: 'owner@example.com', password: 'correct horse battery', ip: '10.8.1.1' })).ok).toBe(false);
    const device = { id: 'owner-laptop', userIds: [owner.id] };
    const result = await authenticateStaff({ email: 'owner@example.com', password: 'correct horse battery', ip: '10.8.0.1', device });
    expect(result).toEqual({ ok: true, user: { id: owner.id, sessionVersion: 1 } });
    // A cookie naming another account spares nothing.
    const other = { id: 'someone-else', userIds: ['00000000-0000-4000-8000-000000000000'] };
    expect((await authenticateStaff({ email: 'owner@example.com', password: 'guess guess guess', ip: '10.8.1.1', device: other })).ok).toBe(false);
    expect(await db.select().from(users).where(eq(users.id, owner.id))).toHaveLength(1);
  }, 60_000);
});

describe('hash upgrade', () => {
  it('rehashes a password stored with other argon2 parameters at the next sign-in', async () => {
    const db = await getDb();
    const [user] = await db
      .insert(users)
      .values({ email: 'seeded@example.com', name: 'Seeded', slug: 'seeded', passwordHash: await argon2.hash('seeded password!', { type: argon2.argon2id }) })
      .returning();
    expect((await authenticateStaff({ email: 'seeded@example.com', password: 'seeded password!', ip: null })).ok).toBe(true);
    const [after] = await db.select().from(users).where(eq(users.id, user!.id));
    expect(after!.passwordHash).not.toBe(user!.passwordHash);
    expect(after!.passwordHash).toMatch(/m=19456,t=2,p=1/);
    expect(after!.sessionVersion).toBe(user!.sessionVersion);
    expect((await authenticateStaff({ email: 'seeded@example.com', password: 'seeded password!', ip: null })).ok).toBe(true);
  });
});
