// Purges owed to the edge caches, through an outbox in the database: a write queues the keys its
// expired tags map to (in its own transaction where it can), and every instance delivers due rows,
// retrying with backoff until each edge has confirmed. A crash after the commit, or an edge that is
// briefly down, therefore delays a purge but never loses it.
//
// Each purge goes out in three rounds. The first, a moment after the commit, makes the change visible.
// The follow-ups, under a second and a few seconds later, remove any copy the edge (or an instance's
// own page cache) stored from a render that read the database before the commit but was stored after
// the first round (a cache cannot expire a response still in flight, and would otherwise keep it for a
// year): every instance expires the keys as tags again, then the edge is purged again.
import 'server-only';
import { and, asc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { getDb, type Db, type Tx } from '@/db/client';
import { edgePurges } from '@/db/schema';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import type { Job } from '@/lib/core/job';
import { edgeKeysForTags } from './edge-keys';

/** Varnish accepts request headers up to 8 KB by default; stay well under it. */
const MAX_KEYS_HEADER = 4000;
/** A claimed row is retried by any instance after this long, should its claimer die mid-delivery. */
const CLAIM_LEASE_SECONDS = 15;
const MAX_BACKOFF_MS = 30_000;
const BATCH = 100;

/**
 * How long after the commit the first round goes out at the earliest (the writer also waits for its
 * response to finish: invalidate.ts). Several instances on PostgreSQL expire their own page caches
 * when they hear the write's NOTIFY, within milliseconds; purging a moment later lets every peer catch
 * up first, so the edge's refetch does not get an old page from a peer. A peer slower than this (a
 * stalled machine) is covered by the second round, which expires every instance's cache first.
 */
const SETTLE_MS = 100;
function settleMs(): number {
  return SETTLE_MS;
}
/**
 * When each follow-up round goes out, after the one before it was confirmed. The first follow-up
 * catches the usual race (a render already in flight at the commit, which the edge stores after the
 * first round, typically within a few hundred milliseconds, keeping the change within a second); the
 * last catches a render slowed down by a machine under heavy load.
 */
export const FOLLOW_UP_ROUNDS_MS = [800, 3000] as const;

/**
 * Expires tags in this instance's own page cache at once, and with `announce` in every peer's (set at
 * server start; nothing to do in scripts and tests). Before a second round: a render that read the
 * database before the commit and was stored after the write expired its tags is as stale in Next's
 * cache as at the edge, and the second round would otherwise refetch that same stale page. Before a
 * first round: a server action's own expiry applies only once its response is rendered, so the purge
 * would have to wait for it.
 */
type PageCacheRefresh = (tags: string[], options: { announce: boolean }) => Promise<void>;
let refreshPageCaches: PageCacheRefresh = async () => {};
export function setPageCacheRefresh(refresh: PageCacheRefresh): void {
  refreshPageCaches = refresh;
}

/** Queues a purge of what `tags` show at the edge; a no-op without edges. Returns whether it queued. */
export async function queueEdgePurge(q: Db | Tx, tags: Iterable<string>): Promise<boolean> {
  const edges = getConfig().edgePurgeUrls;
  const keys = edgeKeysForTags(tags);
  if (edges.length === 0 || keys.length === 0) return false;
  await q.insert(edgePurges).values({ keys, pendingEdges: edges });
  return true;
}

/** Splits keys into space-separated header values that each fit one request. */
export function keyHeaders(keys: readonly string[]): string[] {
  const out: string[] = [];
  let line = '';
  for (const key of keys) {
    if (line && line.length + 1 + key.length > MAX_KEYS_HEADER) {
      out.push(line);
      line = '';
    }
    line = line ? `${line} ${key}` : key;
  }
  if (line) out.push(line);
  return out;
}

/** Sends one PURGE per header value; the edge confirms with a 2xx. */
async function purgeAt(edge: string, keys: readonly string[]): Promise<string | null> {
  for (const header of keyHeaders(keys)) {
    try {
      const response = await fetch(edge, { method: 'PURGE', headers: { 'xkey-purge': header }, signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) return `HTTP ${response.status}`;
    } catch (error) {
      return (error as Error).message;
    }
  }
  return null;
}

/** `delivered`: first rounds confirmed by every edge (the change is visible); `retrying`: rows waiting on an edge. */
export type DeliveryReport = { delivered: number; retrying: number };

/** Claims due rows (skipping those another instance holds), delivers them, and records the outcome. */
export async function deliverEdgePurges(): Promise<DeliveryReport> {
  const configured = new Set(getConfig().edgePurgeUrls);
  const report: DeliveryReport = { delivered: 0, retrying: 0 };
  if (configured.size === 0) return report;
  const db = await getDb();
  const due = db
    .select({ id: edgePurges.id })
    .from(edgePurges)
    .where(
      and(
        isNull(edgePurges.deliveredAt),
        lte(edgePurges.nextAttemptAt, sql`now()`),
        lte(edgePurges.createdAt, sql`now() - ${settleMs()} * interval '1 millisecond'`),
      ),
    )
    .orderBy(asc(edgePurges.createdAt))
    .limit(BATCH)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(edgePurges)
    .set({ nextAttemptAt: sql`now() + ${CLAIM_LEASE_SECONDS} * interval '1 second'`, attempts: sql`${edgePurges.attempts} + 1` })
    .where(and(inArray(edgePurges.id, due), isNull(edgePurges.deliveredAt)))
    .returning();
  if (rows.length === 0) return report;

  const secondRoundKeys = [...new Set(rows.filter((r) => r.round > 1).flatMap((r) => r.keys))];
  if (secondRoundKeys.length) {
    await refreshPageCaches(secondRoundKeys, { announce: true }).catch((error) => logger({ module: 'edge' }).error(errorFields(error), 'could not expire page caches before a second purge round'));
    // As for the first round: peers expire theirs when they hear it.
    await new Promise((resolve) => setTimeout(resolve, settleMs()));
  }

  // One request per edge for the whole batch: the union of the keys owed to it.
  const failures = new Map<string, string>();
  const edges = new Set(rows.flatMap((r) => r.pendingEdges).filter((e) => configured.has(e)));
  await Promise.all(
    [...edges].map(async (edge) => {
      const keys = [...new Set(rows.filter((r) => r.pendingEdges.includes(edge)).flatMap((r) => r.keys))].sort();
      const error = await purgeAt(edge, keys);
      if (error) failures.set(edge, error);
    }),
  );

  for (const row of rows) {
    // An edge removed from the configuration is no longer owed anything.
    const pending = row.pendingEdges.filter((e) => configured.has(e) && failures.has(e));
    const followUpMs = FOLLOW_UP_ROUNDS_MS[row.round - 1];
    if (pending.length === 0 && followUpMs !== undefined) {
      await db
        .update(edgePurges)
        .set({ round: row.round + 1, pendingEdges: [...configured], attempts: 0, lastError: null, nextAttemptAt: sql`now() + ${followUpMs} * interval '1 millisecond'` })
        .where(eq(edgePurges.id, row.id));
      if (row.round === 1) report.delivered++;
    } else if (pending.length === 0) {
      await db.update(edgePurges).set({ pendingEdges: [], deliveredAt: sql`now()`, lastError: null }).where(eq(edgePurges.id, row.id));
    } else {
      const backoff = Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.min(row.attempts, 10));
      await db
        .update(edgePurges)
        .set({
          pendingEdges: pending,
          nextAttemptAt: sql`now() + ${backoff} * interval '1 millisecond'`,
          lastError: pending.map((e) => `${e}: ${failures.get(e)}`).join('; ').slice(0, 1000),
        })
        .where(eq(edgePurges.id, row.id));
      report.retrying++;
    }
  }
  return report;
}

let running: Promise<void> | null = null;
let again = false;
/** Page-cache expiries the next round must wait for, including those of kicks that arrived mid-delivery. */
let refreshing: Promise<unknown> = Promise.resolve();

/**
 * Delivers now, in this process, without waiting for the job's next tick; concurrent kicks coalesce.
 * `expired`: the write's tags, expired in this instance's page cache first (peers heard them already).
 */
export function kickEdgePurges(expired: readonly string[] = []): void {
  if (getConfig().edgePurgeUrls.length === 0) return;
  if (expired.length) {
    const refreshed = refreshPageCaches([...expired], { announce: false }).catch((error) => logger({ module: 'edge' }).error(errorFields(error), 'could not expire the page cache before a purge'));
    refreshing = Promise.all([refreshing, refreshed]).then(() => undefined);
  }
  if (running) {
    again = true;
    return;
  }
  running = (async () => {
    do {
      again = false;
      await refreshing;
      // Give peers their moment to expire their own caches (see settleMs).
      const wait = settleMs();
      if (wait) await new Promise((resolve) => setTimeout(resolve, wait));
      await deliverEdgePurges();
    } while (again);
  })()
    .catch((error) => logger({ module: 'edge' }).error(errorFields(error), 'edge purge delivery failed'))
    .finally(() => {
      running = null;
    });
}

/** How many purges are still owed to an edge (any round): for monitoring, through /api/health. */
export async function owedEdgePurges(): Promise<number> {
  if (getConfig().edgePurgeUrls.length === 0) return 0;
  const db = await getDb();
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(edgePurges).where(isNull(edgePurges.deliveredAt));
  return Number(row?.count ?? 0);
}

/** Forgets delivered purges after a day (they are only kept to show what happened). */
async function pruneDelivered(): Promise<void> {
  const db = await getDb();
  await db.delete(edgePurges).where(lte(edgePurges.deliveredAt, sql`now() - interval '1 day'`));
}

/** Every instance retries what is due: purges queued by an instance that died, or refused by an edge. */
export function edgePurgeJob(): Job {
  let ticks = 0;
  return {
    name: 'edge-purge',
    everyMs: 1000,
    run: async () => {
      await deliverEdgePurges();
      if (++ticks % 3600 === 0) await pruneDelivered();
    },
  };
}
