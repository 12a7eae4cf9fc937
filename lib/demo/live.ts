// Seeds the demo's live coverage: the coverage row and its entries, checked by the same validator as
// entries posted from the dashboard.
import type { Tx } from '@/db/client';
import { liveCoverage, liveEntries } from '@/db/schema';
import { checkEntryInput } from '@/lib/live/validation';
import { LIVE_ENTRIES } from './content-live';
import type { StaffKey } from './staff';
import { parseBody } from './tiptap';

const MINUTE = 60_000;

export async function seedLiveCoverage(tx: Tx, refs: { now: Date; staffIds: Record<StaffKey, string>; articleId: string | undefined }) {
  if (!refs.articleId) throw new Error('Seed: the live article is missing.');
  const startedAt = new Date(refs.now.getTime() - 180 * MINUTE);
  await tx.insert(liveCoverage).values({ articleId: refs.articleId, startedAt });
  // One insert per entry, oldest first, so change numbers follow the posting order.
  for (const entry of LIVE_ENTRIES) {
    const body = parseBody(entry.body, () => {
      throw new Error('Seed live entries have no figures.');
    });
    const checked = checkEntryInput({ headline: entry.headline ?? '', body, pinned: entry.pinned ?? false, keyEvent: entry.keyEvent ?? false });
    if (!checked.ok) throw new Error(`Seed live entry is invalid: ${Object.values(checked.fieldErrors).join(' ')}`);
    await tx.insert(liveEntries).values({
      articleId: refs.articleId,
      authorId: refs.staffIds[entry.author],
      postedAt: new Date(Math.floor((refs.now.getTime() - entry.minutesAgo * MINUTE) / MINUTE) * MINUTE),
      ...checked.entry,
    });
  }
}
