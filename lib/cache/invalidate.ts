// The one path a committed write's cache tags take, in one direction: this instance's caches first
// (expire-here.ts: Next's page cache and the hot-page store), then the other instances (peer-sync.ts),
// then the edge outbox (edge-purge.ts). Called once per write, after its transaction commits.
import 'server-only';
import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config/env';
import { errorFields, logger } from '@/lib/core/log';
import { insideNext } from '@/lib/core/next-runtime';
import { kickEdgePurges, queueEdgePurge } from './edge-purge';
import { expireHereOutsideRequest, expireInThisRequest } from './expire-here';
import { announceExpiredTags } from './peer-sync';

export type ExpireOptions = {
  /** The write already queued its edge purge in its own transaction (article workflow, scheduler). */
  edgeQueued?: boolean;
  /** The write ran outside any request (the scheduler's job): this instance expires through its route. */
  outsideRequest?: boolean;
};

/**
 * Call only after the transaction commits (expiring first would re-cache old data). In a server action
 * or route handler this instance's caches are expired before it returns (a failure throws there, as any
 * other); outside a request the promise settles once they are. Peers and the edge are told either way,
 * after this instance, fire-and-forget: their own delivery retries.
 */
export function expireTags(tags: Iterable<string>, options: ExpireOptions = {}): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return Promise.resolve();
  if (options.outsideRequest) return expireHereOutsideRequest(unique).finally(() => tellOthers(unique, options));
  expireInThisRequest(unique);
  tellOthers(unique, options);
  return Promise.resolve();
}

/** The other instances, then the edge outbox. */
function tellOthers(unique: string[], options: ExpireOptions): void {
  announceExpiredTags(unique);
  if (getConfig().edgePurgeUrls.length === 0) return;
  // The edge purge is owed once, by the instance that made the write: queued here unless the write
  // already queued it in its own transaction.
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
  // this instance's page cache again from outside the request first (kickEdgePurges), so the purge goes
  // out right after the commit. Outside a request the expiry above is applied already.
  const refresh = insideNext() && !options.outsideRequest ? unique : [];
  void queued.then((ok) => ok && kickEdgePurges(refresh));
}
