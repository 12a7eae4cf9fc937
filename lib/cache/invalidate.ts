// Expires cache tags after a write has committed, so the next reader gets fresh pages within a second.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { insideNext } from '@/lib/core/next-runtime';
import { announceExpiredTags } from './peer-sync';

/**
 * Call only after the transaction commits (revalidating first would re-cache old data).
 * `expire: 0` makes the next request a blocking re-render instead of serving stale content.
 * Works in server actions and route handlers; code outside a request (the scheduler) goes
 * through the internal revalidate route instead.
 */
export function expireTags(tags: Iterable<string>, options: { announce?: boolean } = {}) {
  const unique = [...new Set(tags)];
  // Outside Next (scripts, tests) there is no cache to expire.
  if (insideNext()) for (const tag of unique) revalidateTag(tag, { expire: 0 });
  // Other instances expire theirs too; tags that came from a peer are not announced back.
  if (options.announce ?? true) announceExpiredTags(unique);
}
