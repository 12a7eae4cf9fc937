// The writes other domains make to old addresses inside their own transactions: a slug change leaves
// the old address following the thing (recordRedirect), a slug changed back takes its address back
// (reclaimAddress), a merge hands one thing's old addresses to another (retargetRedirects), and a
// slug check asks who holds an address (findRedirectTargets). The caller expires its own cache tags.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { redirects, type RedirectSource } from '@/db/schema';
import { normalizeFromPath } from './path';
import { targetColumns, targetOf, type EntityTarget, type RedirectTarget } from './target';

type Queryable = Db | Tx;

const entityColumn = (target: EntityTarget) =>
  target.kind === 'article' ? redirects.articleId : target.kind === 'tag' ? redirects.tagId : redirects.userId;

/**
 * Makes `fromPath` answer with `target`, replacing whatever that address held: a thing's own old
 * address is answered before any stored path there (as its route always did). Refuses a row that would
 * point a path at itself.
 */
export async function recordRedirect(tx: Tx, input: { fromPath: string; target: RedirectTarget; source?: RedirectSource }): Promise<void> {
  const fromPath = normalizeFromPath(input.fromPath);
  if (input.target.kind === 'path' && normalizeFromPath(input.target.path) === fromPath) return;
  const columns = targetColumns(input.target);
  const source = input.source ?? 'slug-change';
  await tx
    .insert(redirects)
    .values({ fromPath, source, ...columns })
    .onConflictDoUpdate({ target: redirects.fromPath, set: { source, ...columns, updatedAt: sql`now()` } });
}

/** The thing is back at an address it once had: its own redirect there goes, so it cannot shadow the live page. */
export async function reclaimAddress(tx: Tx, input: { path: string; target: EntityTarget }): Promise<void> {
  await tx.delete(redirects).where(and(eq(redirects.fromPath, normalizeFromPath(input.path)), eq(entityColumn(input.target), input.target.id)));
}

/** Every old address of `from` now follows `into` (a tag merged into another). */
export async function retargetRedirects(tx: Tx, input: { from: EntityTarget; into: EntityTarget }): Promise<void> {
  await tx
    .update(redirects)
    .set({ ...targetColumns(input.into), updatedAt: sql`now()` })
    .where(eq(entityColumn(input.from), input.from.id));
}

/** What each of these addresses answers with, where one does: for slug checks ("an old address of another tag"). */
export async function findRedirectTargets(q: Queryable, paths: readonly string[]): Promise<{ fromPath: string; target: RedirectTarget }[]> {
  if (!paths.length) return [];
  const rows = await q
    .select()
    .from(redirects)
    .where(inArray(redirects.fromPath, paths.map(normalizeFromPath)));
  return rows.map((row) => ({ fromPath: row.fromPath, target: targetOf(row) }));
}

/** Whether one of these addresses is an old address of a thing other than `self` (of the same kind). */
export async function heldByAnother(q: Queryable, paths: readonly string[], self: { kind: EntityTarget['kind']; id: string | null }): Promise<boolean> {
  const held = await findRedirectTargets(q, paths);
  return held.some(({ target }) => target.kind === self.kind && target.id !== self.id);
}
