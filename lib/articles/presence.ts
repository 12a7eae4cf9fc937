// Who has an article open: the editor sends a heartbeat every ~20 s; anyone seen in the last minute
// counts as present. Rows live in the database so every app instance sees the same people.
import 'server-only';
import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { editorPresence, users } from '@/db/schema';
import { can, type Actor } from '@/lib/permissions/can';
import { articleRef, loadWorkingCopy } from './working-copy';

export const PRESENCE_WINDOW_SECONDS = 60;

export type PresentEditor = { id: string; name: string; lastSeenAt: string };

/** Records that `actor` has the article open and returns the others who do. */
export async function heartbeat(actor: Actor, articleId: string): Promise<PresentEditor[] | null> {
  if (!z.uuid().safeParse(articleId).success) return null;
  const db = await getDb();
  const copy = await loadWorkingCopy(db, articleId);
  if (!copy || !can(actor, { kind: 'article:view', article: articleRef(copy) })) return null;
  await db
    .insert(editorPresence)
    .values({ articleId, userId: actor.id })
    .onConflictDoUpdate({ target: [editorPresence.articleId, editorPresence.userId], set: { lastSeenAt: sql`now()` } });
  return othersPresent(actor, articleId);
}

/** Drops the actor's row when the editor closes, so others stop seeing them at once. */
export async function leave(actor: Actor, articleId: string): Promise<void> {
  if (!z.uuid().safeParse(articleId).success) return;
  const db = await getDb();
  await db.delete(editorPresence).where(and(eq(editorPresence.articleId, articleId), eq(editorPresence.userId, actor.id)));
}

export async function othersPresent(actor: Actor, articleId: string): Promise<PresentEditor[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: users.id, name: users.name, lastSeenAt: editorPresence.lastSeenAt })
    .from(editorPresence)
    .innerJoin(users, eq(users.id, editorPresence.userId))
    .where(
      and(
        eq(editorPresence.articleId, articleId),
        ne(editorPresence.userId, actor.id),
        gt(editorPresence.lastSeenAt, sql`now() - make_interval(secs => ${PRESENCE_WINDOW_SECONDS})`),
      ),
    )
    .orderBy(desc(editorPresence.lastSeenAt));
  return rows.map((r) => ({ id: r.id, name: r.name, lastSeenAt: r.lastSeenAt.toISOString() }));
}
