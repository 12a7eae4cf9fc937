// Publishes scheduled articles whose time has come. Every app instance runs this, so each article is
// claimed by one conditional UPDATE (rows locked by another instance are skipped, and a row is only
// taken while still 'scheduled') in the same transaction that writes its public copy: it goes live
// exactly once, or not at all if the transaction fails.
import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { articles } from '@/db/schema';
import { articleChangeTags } from './invalidate';
import { publicationErrors, writePublication } from './publish-copy';
import { loadWorkingCopy } from './working-copy';
import { recordAudit } from '@/lib/audit/record';
import { queueEdgePurge } from '@/lib/cache/edge-purge';

export type PublishDueResult = {
  published: string[];
  /** Articles that could not go live (e.g. an image deleted since scheduling): sent back to draft. */
  failed: { id: string; reason: string }[];
  /** Cache tags to expire once committed (their edge purge is already queued). */
  tags: string[];
};

export async function publishDue(options: { limit?: number } = {}): Promise<PublishDueResult> {
  const limit = options.limit ?? 25;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledAt, sql`now()`)))
      .orderBy(asc(articles.scheduledAt))
      .limit(limit)
      .for('update', { skipLocked: true });
    const claimed = await tx
      .update(articles)
      .set({ status: 'published', updatedAt: sql`now()` })
      .where(and(inArray(articles.id, due), eq(articles.status, 'scheduled')))
      .returning({ id: articles.id });

    const result: PublishDueResult = { published: [], failed: [], tags: [] };
    for (const { id } of claimed) {
      const copy = (await loadWorkingCopy(tx, id))!;
      const errors = await publicationErrors(tx, copy);
      const reason = Object.values(errors)[0];
      if (reason) {
        // Claimed but not publishable any more: back to draft so staff see it, rather than retrying forever.
        await tx.update(articles).set({ status: 'draft', scheduledAt: null }).where(eq(articles.id, id));
        await recordAudit(tx, {
          actor: 'system',
          action: 'article.unscheduled',
          objectType: 'article',
          objectId: id,
          summary: `Could not publish “${copy.article.headline || 'Untitled'}” on schedule (${reason}); moved back to draft`,
        });
        result.failed.push({ id, reason });
        continue;
      }
      const { before, after } = await writePublication(tx, copy, { actorId: null });
      await recordAudit(tx, {
        actor: 'system',
        action: 'article.published',
        objectType: 'article',
        objectId: id,
        summary: `Published “${copy.article.headline || 'Untitled'}” on schedule`,
        details: { scheduled: true },
      });
      result.published.push(id);
      result.tags.push(...articleChangeTags(id, before, after));
    }
    result.tags = [...new Set(result.tags)];
    // Queued with the publication itself; delivered by whichever instance gets to it first.
    await queueEdgePurge(tx, result.tags);
    return result;
  });
}
