// Expires cache tags on THIS instance only: Next's page cache, and the clock that the hot-page store and
// raced responses read (render-race.ts). Nothing is announced to peers or queued for the edge here;
// invalidate.ts does that, once per write. Next 16's revalidateTag needs a request's work store (it
// throws "static generation store missing" anywhere else), so code outside a request (the scheduler,
// peer tags, start-up, the edge purge's page-cache refresh) makes one call to this instance's internal
// revalidate route, whose only job is that expiry.
import 'server-only';
import { revalidateTag } from 'next/cache';
import { apiPath } from '@/lib/core/routes';
import { insideNext } from '@/lib/core/next-runtime';
import { callSelf } from '@/lib/security/internal-token';
import { noteAllExpired, noteExpiredTags } from './render-race';

/** The internal route takes at most 500 tags a call. */
const TAGS_PER_CALL = 400;

/** In a server action or route handler, during its own work (not in a timer it left behind). */
export function expireInThisRequest(tags: readonly string[]): void {
  noteExpiredTags(tags);
  // Outside Next (scripts, tests) there is no page cache to expire.
  if (!insideNext()) return;
  // `expire: 0`: the next request re-renders instead of being served the stale page.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}

/**
 * Anywhere else, including work a request left running after it (a request's store outlives its
 * response, and a tag expired through it then is never applied). `'all'`: every public page (start-up:
 * pages prerendered at build time hold no data). Rejects when this instance's route refused.
 */
export async function expireHereOutsideRequest(tags: readonly string[] | 'all', attempts?: number): Promise<void> {
  if (tags === 'all') noteAllExpired();
  else noteExpiredTags(tags);
  if (!insideNext()) return;
  const bodies = tags === 'all' ? [{ all: true }] : batches(tags).map((batch) => ({ tags: batch }));
  for (const body of bodies) {
    const response = await callSelf(apiPath('internal/revalidate'), body, attempts);
    if (!response.ok) throw new Error(`the internal revalidate route answered ${response.status}`);
  }
}

function batches(tags: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < tags.length; i += TAGS_PER_CALL) out.push(tags.slice(i, i + TAGS_PER_CALL));
  return out;
}
