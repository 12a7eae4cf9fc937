// Keeps several app instances' caches in step: a write expires tags in its own instance's Next cache
// and announces them on a PostgreSQL channel; every other instance hears them and expires its own.
// (Embedded PGlite is single-process, so it has no peers.) A shared cache handler would make this
// unnecessary; until one is configured, this is what makes a publish visible on every instance.
import 'server-only';
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';

const log = () => logger({ module: 'peer-sync' });

export const PEER_CHANNEL = 'byline_cache_tags';
/** NOTIFY payloads must stay under 8,000 bytes. */
const MAX_PAYLOAD = 7000;
const instanceId = crypto.randomUUID();

type Announcement = { from: string; tags: string[] };

/** Splits tags into payloads that each fit one NOTIFY. */
export function toPayloads(tags: readonly string[], from: string = instanceId): string[] {
  const payloads: string[] = [];
  let batch: string[] = [];
  for (const tag of tags) {
    if (batch.length && JSON.stringify({ from, tags: [...batch, tag] }).length > MAX_PAYLOAD) {
      payloads.push(JSON.stringify({ from, tags: batch }));
      batch = [];
    }
    batch.push(tag);
  }
  if (batch.length) payloads.push(JSON.stringify({ from, tags: batch }));
  return payloads;
}

/** Tells the other instances; fire-and-forget, since the local cache is already expired. */
export function announceExpiredTags(tags: readonly string[]) {
  if (!getConfig().databaseUrl || tags.length === 0) return;
  void (async () => {
    const db = await getDb();
    for (const payload of toPayloads(tags)) await db.execute(sql`select pg_notify(${PEER_CHANNEL}, ${payload})`);
  })().catch((error) => log().error(errorFields(error), 'could not tell other instances about expired tags'));
}

/**
 * Listens for other instances' announcements on a dedicated connection (LISTEN holds one for life),
 * reconnecting after a failure. Returns a function that stops listening.
 */
export async function listenToPeers(url: string, onTags: (tags: string[]) => Promise<void>): Promise<() => Promise<void>> {
  const { Client } = await import('pg');
  let client: InstanceType<typeof Client> | undefined;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const next = new Client({ connectionString: url });
    next.on('notification', (message) => {
      let announcement: Announcement;
      try {
        announcement = JSON.parse(message.payload ?? '') as Announcement;
      } catch {
        return;
      }
      if (announcement.from === instanceId || !Array.isArray(announcement.tags)) return;
      onTags(announcement.tags.filter((t) => typeof t === 'string')).catch((error) =>
        log().error(errorFields(error), 'could not expire tags announced by another instance'),
      );
    });
    next.on('error', (error) => {
      log().warn(errorFields(error), 'peer channel lost; reconnecting');
      void next.end().catch(() => {});
      if (!stopped) setTimeout(() => void connect().catch(() => {}), 5000).unref();
    });
    await next.connect();
    await next.query(`listen ${PEER_CHANNEL}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
