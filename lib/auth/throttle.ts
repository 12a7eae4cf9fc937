// Sign-in throttling kept in the database (login_throttle), so every app instance sees the same counts:
// one row per account ("email:<lowercased>"), per client address ("ip:<addr>") and per known device
// ("device:<id>"). It slows guessing with a growing wait between attempts and never locks anyone out.
import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { loginThrottle } from '@/db/schema';

type Rule = { freeFailures: number; windowMs: number; maxWaitMs: number };

const SECOND = 1000;
const MINUTE = 60_000;
/**
 * A person mistyping gets three free tries; after that each failure doubles the wait before the next
 * attempt (1 s, 2 s, 4 s ... at most a minute), so a guesser gets about one try a minute per account.
 * There is no lock: the wait is capped, and a device that signed in to the account before is not
 * counted against the account at all (see subjectKeys), so nobody can lock the owner out.
 */
export const accountRule: Rule = { freeFailures: 3, windowMs: 15 * MINUTE, maxWaitMs: MINUTE };
/** An office (or the e2e suite) shares one address, so the address rule starts later. */
export const addressRule: Rule = { freeFailures: 30, windowMs: 15 * MINUTE, maxWaitMs: MINUTE };

export type ThrottleSubject = {
  email: string;
  ip: string | null;
  /** Set when this browser carries a valid known-device cookie for the account being signed in to. */
  knownDeviceId?: string | null;
};

export type ThrottleState = { wait: false } | { wait: true; retryAfterSeconds: number };

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;
export const deviceKey = (id: string) => `device:${id}`;

/**
 * A known device is counted on its own key only: failures by strangers (on the account and address keys)
 * do not slow it, and its own failures still slow it (a copied cookie gives no free guesses).
 */
function subjectKeys(subject: ThrottleSubject): { key: string; rule: Rule }[] {
  if (subject.knownDeviceId) return [{ key: deviceKey(subject.knownDeviceId), rule: accountRule }];
  const keys = [{ key: accountKey(subject.email), rule: accountRule }];
  if (subject.ip) keys.push({ key: addressKey(subject.ip), rule: addressRule });
  return keys;
}

/** Milliseconds the n-th failure in a window makes the next attempt wait. */
export function waitAfter(failures: number, rule: Rule): number {
  if (failures < rule.freeFailures) return 0;
  return Math.min(SECOND * 2 ** (failures - rule.freeFailures), rule.maxWaitMs);
}

/** Whether this subject may try now (locked_until holds "no attempt before"). */
export async function checkThrottle(subject: ThrottleSubject, now = new Date()): Promise<ThrottleState> {
  const keys = subjectKeys(subject);
  const db = await getDb();
  const rows = await db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys.map((k) => k.key)));
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  if (until <= now.getTime()) return { wait: false };
  return { wait: true, retryAfterSeconds: Math.max(1, Math.ceil((until - now.getTime()) / SECOND)) };
}

/**
 * Counts one failed sign-in in a single statement per key (atomic under concurrency): a stale window
 * restarts at 1; the next attempt may come only after waitAfter(failures).
 */
export async function recordLoginFailure(subject: ThrottleSubject, now = new Date()): Promise<void> {
  const db = await getDb();
  const nowIso = now.toISOString();
  for (const { key, rule } of subjectKeys(subject)) {
    const windowStart = new Date(now.getTime() - rule.windowMs).toISOString();
    const stale = sql`login_throttle.window_started_at <= ${windowStart}::timestamptz`;
    const next = sql`(case when ${stale} then 1 else login_throttle.failures + 1 end)`;
    // waitAfter() in SQL: 0 below the free failures, else 2^(n - free) seconds, capped.
    const waitMs = sql`(case when ${next} < ${rule.freeFailures} then 0
      else least(${SECOND}::float8 * power(2, least(${next} - ${rule.freeFailures}, 30)), ${rule.maxWaitMs}) end)`;
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, windowStartedAt: now, lockedUntil: waitAfter(1, rule) ? new Date(now.getTime() + waitAfter(1, rule)) : null })
      .onConflictDoUpdate({
        target: loginThrottle.key,
        set: {
          failures: next,
          windowStartedAt: sql`(case when ${stale} then ${nowIso}::timestamptz else login_throttle.window_started_at end)`,
          lockedUntil: sql`${nowIso}::timestamptz + (${waitMs} * interval '1 millisecond')`,
        },
      });
  }
  // Guessed emails leave rows behind; sweep the long-dead ones now and then instead of running a job.
  if (Math.random() < 0.02) await pruneLoginThrottle(now);
}

/** A successful sign-in wipes the account's (or the known device's) failures; the address keeps its count. */
export async function clearAccountThrottle(email: string, knownDeviceId?: string | null): Promise<void> {
  const db = await getDb();
  const keys = [accountKey(email), ...(knownDeviceId ? [deviceKey(knownDeviceId)] : [])];
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/** Deletes rows whose window and wait ended more than a day ago. */
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
