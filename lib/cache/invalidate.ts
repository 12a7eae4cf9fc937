// Expires cache tags after a write has committed, so the next reader gets fresh pages within a second.
import 'server-only';
import { revalidateTag } from 'next/cache';

/**
 * Call only after the transaction commits (revalidating first would re-cache old data).
 * `expire: 0` makes the next request a blocking re-render instead of serving stale content.
 * Works in server actions and route handlers; code outside a request (the scheduler) goes
 * through the internal revalidate route instead.
 */
export function expireTags(tags: Iterable<string>) {
  for (const tag of new Set(tags)) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      // Outside a Next request (scripts, tests) there is no cache to expire.
      if (!String((error as Error).message).includes('static generation store missing')) throw error;
    }
  }
}
