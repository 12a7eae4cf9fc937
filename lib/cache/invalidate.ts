// Expires cache tags after a write has committed, so the next reader gets fresh pages within a second.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import { insideNext } from '@/lib/core/next-runtime';
import { kickEdgePurges, queueEdgePurge } from './edge-purge';
import { announceExpiredTags } from './peer-sync';
import { noteExpiredTags } from './render-race';

/**
 * Call only after the transaction commits (revalidating first would re-cache old data).
 * `expire: 0` makes the next request a blocking re-render instead of serving stale content.
 * Works in server actions and route handlers; code outside a request (the scheduler) goes
 * through the internal revalidate route instead. Edge caches are purged through the outbox (edge-purge.ts).
 */
export function expireTags(tags: Iterable<string>, options: { announce?: boolean; edgeQueued?: boolean } = {}) {
  const unique = [...new Set(tags)];
  noteExpiredTags(unique);
  // Outside Next (scripts, tests) there is no cache to expire.
  if (insideNext()) for (const tag of unique) revalidateTag(tag, { expire: 0 });
  // Other instances expire theirs too; tags that came from a peer are not announced back.
  const announce = options.announce ?? true;
  if (announce) announceExpiredTags(unique);
  // The edge purge is owed once, by the instance that made the write: queued here unless the write
  // already queued it in its own transaction (article workflow, scheduler).
  if (!announce || unique.length === 0 || getConfig().edgePurgeUrls.length === 0) return;
  const queued = options.edgeQueued
    ? Promise.resolve(true)
    : getDb()
        .then((db) => queueEdgePurge(db, unique))
        .catch((error) => {
          logger({ module: 'edge' }).error(errorFields(error), 'could not queue an edge purge');
          return false;
        });
  // In a server action Next applies revalidateTag only once the action's response is rendered; an edge
  // that refetched before then would get the old page. Rather than wait for that, the delivery expires
  // this instance's page cache itself first (kickEdgePurges), so the purge goes out right after the commit.
  void queued.then((ok) => ok && kickEdgePurges(insideNext() ? unique : []));
}
