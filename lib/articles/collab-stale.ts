// The one write an article makes to its live document's stored state: "your fields changed outside the
// document". It is lib/articles' because writes of articles call it inside their own transaction, and
// lib/articles sits below lib/collab, which owns the rest of the state (lib/collab/state-store.ts).
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { articleCollabStates } from '@/db/schema';

/**
 * Called in the transaction of a write that changes an article's fields outside its live document (a
 * restored revision, a re-import): the instance that next loads or stores the document, or hears the
 * announcement with it open, writes the article's fields into it (claimPendingMerge). Also puts back a
 * merge that was claimed but could not be made.
 */
export async function markCollabStateStale(q: Db | Tx, articleId: string): Promise<void> {
  await q.update(articleCollabStates).set({ mergePending: true }).where(eq(articleCollabStates.articleId, articleId));
}
