// Public read of every published correction note, newest note first (/corrections): the note, its
// article's headline and link, when the note was added or last changed, and when the article last
// changed (its dateModified, which moves with each new or changed note).
import 'server-only';
import { and, count, desc, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { publishedArticles } from '@/db/schema';
import { cacheTags } from '@/lib/cache/tags';
import { cachedRead } from '@/lib/core/cached-read';
import { newsOnly } from './public-scope';

export const CORRECTIONS_PAGE_SIZE = 30;
export type CorrectionEntry = { articleId: string; slug: string; headline: string; note: string; correctedAt: string; modifiedAt: string };

// Pages carry no correction notes (their editor hides the field); news only, like every list.
const hasNote = and(ne(publishedArticles.correctionNote, ''), newsOnly);

const cachedCorrections = cachedRead(
  'corrections',
  async (page: number): Promise<{ items: CorrectionEntry[]; total: number }> => {
    const db = await getDb();
    const [rows, [total]] = await Promise.all([
      db
        .select({
          articleId: publishedArticles.articleId,
          slug: publishedArticles.slug,
          headline: publishedArticles.headline,
          note: publishedArticles.correctionNote,
          modifiedAt: publishedArticles.modifiedAt,
          correctedAt: publishedArticles.correctedAt,
        })
        .from(publishedArticles)
        .where(hasNote)
        .orderBy(desc(publishedArticles.correctedAt), desc(publishedArticles.articleId))
        .limit(CORRECTIONS_PAGE_SIZE)
        .offset((page - 1) * CORRECTIONS_PAGE_SIZE),
      db.select({ n: count() }).from(publishedArticles).where(hasNote),
    ]);
    return {
      items: rows.map((r) => ({ ...r, modifiedAt: r.modifiedAt.toISOString(), correctedAt: (r.correctedAt ?? r.modifiedAt).toISOString() })),
      total: total?.n ?? 0,
    };
  },
  // Any publish, update or unpublish can add, change or remove a note.
  () => [cacheTags.articleLists],
);

export async function getCorrections(page = 1): Promise<{ items: CorrectionEntry[]; page: number; pageCount: number }> {
  const safe = Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
  const { items, total } = await cachedCorrections(safe);
  return { items, page: safe, pageCount: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)) };
}
