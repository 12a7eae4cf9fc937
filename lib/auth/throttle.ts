// Sign-in throttling kept in the database (login_throttle), so every app instance sees the same counts:
// one row per account ("email:<lowercased>") and one per client address ("ip:<addr>").
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { loginThrottle } from '@/db/schema';

type Rule = { maxFailures: number; windowMs: number; lockMs: number };

const MINUTE = 60_000;
/** One person mistyping a password gets a few tries; a guesser gets locked out quickly. */
export const accountRule: Rule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
/** An office (or the e2e suite) shares one address, so the address limit is far looser than the account's. */
export const addressRule: Rule = { maxFailures: 50, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export type ThrottleSubject = { email: string; ip: string | null };

export type ThrottleState = { locked: false; delayMs: number } | { locked: true; retryAfterMinutes: number };

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

function keysFor(subject: ThrottleSubject): { key: string; rule: Rule; account: boolean }[] {
  const keys = [{ key: accountKey(subject.email), rule: accountRule, account: true }];
  if (subject.ip) keys.push({ key: addressKey(subject.ip), rule: addressRule, account: false });
  return keys;
}

/**
 * Progressive delay before the lock: nothing for the first two failures, then 0.5 s, 1 s, 2 s...
 * It applies whatever the outcome, so it says nothing about whether the password was right.
 */
function delayFor(failures: number, rule: Rule, account: boolean): number {
  const free = account ? 2 : Math.floor(rule.maxFailures / 2);
  if (failures < free) return 0;
  return Math.min(250 * 2 ** (failures - free + 1), 4000);
}

/** Whether this account or address may try now, and how long to wait first. */
export async function checkThrottle(subject: ThrottleSubject, now = new Date()): Promise<ThrottleState> {
  const keys = keysFor(subject);
  const db = await getDb();
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys.map((k) => k.key)));
  let delayMs = 0;
  let lockedUntil = 0;
  for (const row of rows) {
    const spec = keys.find((k) => k.key === row.key)!;
    if (row.lockedUntil && row.lockedUntil.getTime() > now.getTime()) {
      lockedUntil = Math.max(lockedUntil, row.lockedUntil.getTime());
      continue;
    }
    const windowOpen = row.windowStartedAt.getTime() > now.getTime() - spec.rule.windowMs;
    if (windowOpen) delayMs = Math.max(delayMs, delayFor(row.failures, spec.rule, spec.account));
  }
  if (lockedUntil) return { locked: true, retryAfterMinutes: Math.max(1, Math.ceil((lockedUntil - now.getTime()) / MINUTE)) };
  return { locked: false, delayMs };
}

/**
 * Counts one failed sign-in against the account and the address in a single statement per key
 * (atomic under concurrency): a stale window restarts at 1; reaching the limit sets the lock.
 */
export async function recordLoginFailure(subject: ThrottleSubject, now = new Date()): Promise<void> {
  const db = await getDb();
  const nowIso = now.toISOString();
  for (const { key, rule } of keysFor(subject)) {
    const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
    const lockUntil = new Date(now.getTime() + rule.lockMs).toISOString();
    const stale = sql`login_throttle.window_started_at <= ${windowStart}::timestamptz`;
    const next = sql`(case when ${stale} then 1 else login_throttle.failures + 1 end)`;
    await db
      .insert(loginThrottle)
      .values({
        key,
        failures: 1,
        windowStartedAt: now,
        lockedUntil: rule.maxFailures <= 1 ? new Date(lockUntil) : null,
      })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: next,
          windowStartedAt: sql`(case when ${stale} then ${nowIso}::timestamptz else login_throttle.window_started_at end)`,
          lockedUntil: sql`(case when ${next} >= ${rule.maxFailures} then ${lockUntil}::timestamptz
            when ${stale} then null else login_throttle.locked_until end)`,
        },
      });
  }
  // Guessed emails leave rows behind; sweep the long-dead ones now and then instead of running a job.
  if (Math.random() < 0.02) await pruneLoginThrottle(now);
}

/** A successful sign-in wipes the account's failures (the address keeps its count). */
export async function clearAccountThrottle(email: string): Promise<void> {
  const db = await getDb();
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [accountKey(email)]));
}

/** Deletes rows whose window and lock ended more than a day ago. */
export async function pruneLoginThrottle(now = new Date()): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - 24 * 60 * MINUTE).toISOString();
  const deleted = await db
    .delete(loginThrottle)
    .where(
      sql`${loginThrottle.windowStartedAt} < ${cutoff}::timestamptz and (${loginThrottle.lockedUntil} is null or ${loginThrottle.lockedUntil} < ${cutoff}::timestamptz)`,
    )
    .returning({ key: loginThrottle.key });
  return deleted.length;
}
