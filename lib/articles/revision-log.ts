// Writes revision rows: every save keeps a snapshot with its author, except that one person's autosaves
// within a minute share a row (typing makes dozens a minute), even while others write in between (several
// people edit one article together); a manual save, publish or restore since then starts a new row.
import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { revisions, type ArticleSnapshot, type RevisionKind } from '@/db/schema';
import { insertInChunks } from './chunks';

export const AUTOSAVE_COALESCE_MINUTES = 1;

export async function recordRevision(
  tx: Tx,
  input: {
    articleId: string;
    version: number;
    kind: RevisionKind;
    snapshot: ArticleSnapshot;
    authorId: string | null;
    /** Only for history written after the fact (the demo seed): when it happened. */
    at?: Date;
  },
) {
  if (input.kind === 'autosave' && input.authorId) {
    // This person's latest autosave row from the last minute, unless any other kind of row came after it.
    const [mine] = await tx
      .select({ id: revisions.id })
      .from(revisions)
      .where(
        and(
          eq(revisions.articleId, input.articleId),
          eq(revisions.kind, 'autosave'),
          eq(revisions.authorId, input.authorId),
          sql`${revisions.createdAt} > now() - make_interval(mins => ${AUTOSAVE_COALESCE_MINUTES})`,
          sql`not exists (select 1 from ${revisions} later where later.article_id = ${revisions.articleId} and later.kind <> 'autosave' and later.created_at >= ${revisions.createdAt} and later.id <> ${revisions.id})`,
        ),
      )
      .orderBy(desc(revisions.createdAt))
      .limit(1);
    if (mine) {
      await tx
        .update(revisions)
        .set({ version: input.version, snapshot: input.snapshot, updatedAt: sql`now()` })
        .where(eq(revisions.id, mine.id));
      return;
    }
  }
  await insertRevisions(tx, [input]);
}

type NewRevision = Parameters<typeof recordRevision>[1];

/** Rows that share nothing with an earlier one (the first revisions of new articles), in few statements. */
export async function insertRevisions(tx: Tx, inputs: readonly NewRevision[]) {
  const rows = inputs.map(({ at, ...row }) => (at ? { ...row, createdAt: at, updatedAt: at } : row));
  await insertInChunks(rows, (chunk) => tx.insert(revisions).values(chunk));
}
