// What earlier runs made from each WordPress item (by site and WordPress ID), so a re-run updates
// instead of duplicating and an interrupted run can simply be run again.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { importedItems } from '@/db/schema';

export type ItemKind = 'post' | 'page' | 'attachment' | 'author' | 'term';

export async function loadMapping(db: Db, site: string, kind: ItemKind): Promise<Map<string, string>> {
  const rows = await db
    .select({ sourceId: importedItems.sourceId, targetId: importedItems.targetId })
    .from(importedItems)
    .where(and(eq(importedItems.site, site), eq(importedItems.kind, kind)));
  return new Map(rows.map((r) => [r.sourceId, r.targetId]));
}

export async function saveMapping(q: Db | Tx, site: string, kind: ItemKind, sourceId: string, targetId: string): Promise<void> {
  await q
    .insert(importedItems)
    .values({ site, kind, sourceId, targetId })
    .onConflictDoUpdate({ target: [importedItems.site, importedItems.kind, importedItems.sourceId], set: { targetId, updatedAt: sql`now()` } });
}
