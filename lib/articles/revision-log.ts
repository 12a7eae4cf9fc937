// Writes revision rows: every save keeps a snapshot with its author, except that consecutive
// autosaves by one person within ten minutes share a row (typing makes dozens a minute).
import 'server-only';
import { desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { revisions, type ArticleSnapshot, type RevisionKind } from '@/db/schema';

export const AUTOSAVE_COALESCE_MINUTES = 10;

export async function recordRevision(
  tx: Tx,
  input: { articleId: string; version: number; kind: RevisionKind; snapshot: ArticleSnapshot; authorId: string | null },
) {
  if (input.kind === 'autosave' && input.authorId) {
    const [latest] = await tx
      .select({ id: revisions.id, kind: revisions.kind, authorId: revisions.authorId, recent: sql<boolean>`${revisions.createdAt} > now() - make_interval(mins => ${AUTOSAVE_COALESCE_MINUTES})` })
      .from(revisions)
      .where(eq(revisions.articleId, input.articleId))
      .orderBy(desc(revisions.version), desc(revisions.createdAt))
      .limit(1);
    if (latest && latest.kind === 'autosave' && latest.authorId === input.authorId && latest.recent) {
      await tx
        .update(revisions)
        .set({ version: input.version, snapshot: input.snapshot, updatedAt: sql`now()` })
        .where(eq(revisions.id, latest.id));
      return;
    }
  }
  await tx.insert(revisions).values(input);
}

