// The stored Yjs state of each article's live document: one row per article, the whole document
// compacted to a single update (Y.encodeStateAsUpdate drops the update history and merges deletes).
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articleCollabStates } from '@/db/schema';

export type StoredCollabState = { state: Uint8Array; articleVersion: number; mergePending: boolean };

export async function readCollabState(articleId: string): Promise<StoredCollabState | null> {
  const db = await getDb();
  const [row] = await db
    .select({ state: articleCollabStates.state, articleVersion: articleCollabStates.articleVersion, mergePending: articleCollabStates.mergePending })
    .from(articleCollabStates)
    .where(eq(articleCollabStates.articleId, articleId));
  return row ?? null;
}

export async function writeCollabState(articleId: string, state: Uint8Array, articleVersion: number): Promise<void> {
  const db = await getDb();
  await db
    .insert(articleCollabStates)
    .values({ articleId, state, articleVersion })
    .onConflictDoUpdate({ target: articleCollabStates.articleId, set: { state, articleVersion, updatedAt: sql`now()` } });
}

/**
 * Takes the pending merge, if there is one, for this instance alone: two instances each writing the
 * same fields into their copy of a shared document would insert the same text twice.
 */
export async function claimPendingMerge(articleId: string): Promise<boolean> {
  const db = await getDb();
  const claimed = await db
    .update(articleCollabStates)
    .set({ mergePending: false })
    .where(and(eq(articleCollabStates.articleId, articleId), eq(articleCollabStates.mergePending, true)))
    .returning({ articleId: articleCollabStates.articleId });
  return claimed.length > 0;
}

/**
 * Stores the first state of an article's document unless another instance stored one first, and
 * returns the one that won: two instances that each built the document from the article's JSON would
 * otherwise hold two different histories of the same text, and merging them doubles every paragraph.
 */
export async function claimFirstCollabState(articleId: string, state: Uint8Array, articleVersion: number): Promise<StoredCollabState> {
  const db = await getDb();
  await db.insert(articleCollabStates).values({ articleId, state, articleVersion }).onConflictDoNothing();
  return (await readCollabState(articleId))!;
}
