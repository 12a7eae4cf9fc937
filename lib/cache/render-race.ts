// A public page whose render began before a write expired one of its edge keys may hold what was true
// before the write, and the edge would store it for a year: the purge went out while it was in flight,
// so no purge can reach it. Each instance remembers when it last expired each key (its own writes and
// the ones peers announce), and such a response is sent with a one-second edge lifetime instead; the
// next reader after that gets a fresh copy. The follow-up purge rounds (edge-purge.ts) remain for
// what this instance cannot see: a peer's render, or its own page cache's copy of such a render.
// Shared through globalThis: Next's server bundle and the request hook load this module separately.
import { edgeKeysForTags } from './edge-keys';

/** Sent instead of the route's Surrogate-Control on a response that may predate a write. */
export const RACED_SURROGATE_CONTROL = 'max-age=1, stale-if-error=86400';
// Never pruned: pages kept in memory (lib/runtime/hot-pages.ts) check it for as long as they are kept.
// Keys name slugs, lists and the site, so there are at most as many as the site has addresses.
// `allAt`: when every public page was expired at once (start-up), which every key predates.
type Clock = { expiredAt: Map<string, number>; allAt: number };
const clock = ((globalThis as { [key: symbol]: Clock })[Symbol.for('byline.render-race')] ??= { expiredAt: new Map(), allAt: 0 });

/** Records that these cache tags were expired now (their edge keys). */
export function noteExpiredTags(tags: Iterable<string>, now = Date.now()): void {
  for (const key of edgeKeysForTags(tags)) clock.expiredAt.set(key, now);
}

/** Records that every public page was expired now. */
export function noteAllExpired(now = Date.now()): void {
  clock.allAt = now;
}

/** Whether any of a response's space-separated edge keys was expired at or after `startedAt`. */
export function expiredSince(keys: string, startedAt: number): boolean {
  if (clock.allAt >= startedAt) return true;
  if (clock.expiredAt.size === 0) return false;
  for (const key of keys.split(' ')) {
    const at = clock.expiredAt.get(key);
    if (at !== undefined && at >= startedAt) return true;
  }
  return false;
}
