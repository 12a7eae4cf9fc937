// Uncached reads of public live coverage straight from the database, turned into reader DTOs: used by
// the cached reads in ./public.ts and by the SSE hub, which must see a change the moment it is
// signalled (another instance's cache may not have heard of it yet). Only published articles count.
import 'server-only';
import { and, asc, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { liveCoverage, liveEntries, publishedArticles, type LiveEntry } from '@/db/schema';
import { absoluteUrl } from '@/lib/config/site-url';
import { renderArticleBodyToHtml } from '@/lib/content/render-html';
import { figureMediaIds } from '@/lib/content/doc';
import { getPublicMediaByIds } from '@/lib/media/public';
import { getAuthorRefsByIds } from '@/lib/users/public';
import { liveEntryHtml } from './reader-html';
import { LIVE_PAGE_SIZE, keyEventTitle, liveEntryAnchor, type LiveChange, type LiveCoverageView, type LiveEntryView, type LiveState, type LiveUpdate } from './types';

/** At most this many changes per answer; a reader further behind asks again from the last one. */
export const MAX_CHANGES = 100;

/** Ids the live page uses besides entry anchors, so body heading ids never collide with them. */
const RESERVED_IDS = ['main-content', 'article-title', 'key-events-title', 'live-entries-title'];

/** The coverage of a published live article, with the newest change number; null when there is none. */
export async function readLiveState(articleId: string): Promise<LiveState | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      startedAt: liveCoverage.startedAt,
      endedAt: liveCoverage.endedAt,
      change: sql<string>`greatest(${liveCoverage.change}, coalesce((select max(${liveEntries.change}) from ${liveEntries} where ${liveEntries.articleId} = ${liveCoverage.articleId}), 0))`,
    })
    .from(liveCoverage)
    .innerJoin(publishedArticles, eq(publishedArticles.articleId, liveCoverage.articleId))
    .where(eq(liveCoverage.articleId, articleId))
    .limit(1);
  if (!row) return null;
  return { startedAt: row.startedAt.toISOString(), endedAt: row.endedAt?.toISOString() ?? null, change: Number(row.change) };
}

/** Entries as readers see them: bylines, rendered bodies with their pictures, ISO dates. */
export async function toEntryViews(rows: readonly LiveEntry[], options: { absoluteUrls?: boolean } = {}): Promise<LiveEntryView[]> {
  const live = rows.filter((r) => !r.deletedAt);
  const [authors, media] = await Promise.all([
    getAuthorRefsByIds([...new Set(live.map((r) => r.authorId).filter((id): id is string => Boolean(id)))]),
    getPublicMediaByIds(live.flatMap((r) => figureMediaIds(r.body))),
  ]);
  return live.map((row) => ({
    id: row.id,
    headline: row.headline,
    html: renderArticleBodyToHtml(row.body, {
      media,
      reservedIds: [...RESERVED_IDS, liveEntryAnchor(row.id)],
      resolveUrl: options.absoluteUrls ? absoluteUrl : undefined,
    }),
    text: row.bodyText,
    pinned: row.pinned,
    keyEvent: row.keyEvent,
    author: (row.authorId && authors[row.authorId]) || null,
    postedAt: row.postedAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    change: row.change,
  }));
}

/** Changes after `since`, oldest first: entries as they now are, and deletions. */
export async function readLiveChanges(articleId: string, since: number): Promise<LiveUpdate | null> {
  const state = await readLiveState(articleId);
  if (!state) return null;
  const db = await getDb();
  const rows = await db
    .select()
    .from(liveEntries)
    .where(and(eq(liveEntries.articleId, articleId), gt(liveEntries.change, since)))
    .orderBy(asc(liveEntries.change))
    .limit(MAX_CHANGES + 1);
  const complete = rows.length <= MAX_CHANGES;
  const batch = rows.slice(0, MAX_CHANGES);
  const views = new Map((await toEntryViews(batch)).map((v) => [v.id, v]));
  const [article] = await db.select({ slug: publishedArticles.slug }).from(publishedArticles).where(eq(publishedArticles.articleId, articleId)).limit(1);
  const changes: LiveChange[] = batch.map((row) => {
    const view = views.get(row.id);
    if (!view) return { kind: 'deleted', id: row.id, change: row.change };
    return { kind: 'entry', entry: view, markup: liveEntryHtml(view, article!.slug, view.keyEvent ? keyEventTitle(view.headline, view.text) : null) };
  });
  // A partial answer says how far it got, so the reader asks again from there.
  const last = batch.at(-1);
  return { state: complete || !last ? state : { ...state, change: last.change }, changes, complete };
}

const visible = (articleId: string) => and(eq(liveEntries.articleId, articleId), isNull(liveEntries.deletedAt));

/** The first screen (page 1) or an older page: key events, pinned entries and a page of entries, newest first. */
export async function readLiveCoverage(articleId: string, page: number): Promise<LiveCoverageView | null> {
  const state = await readLiveState(articleId);
  if (!state) return null;
  const db = await getDb();
  const [[total], keyRows, pinnedRows, pageRows] = await Promise.all([
    db.select({ n: count() }).from(liveEntries).where(visible(articleId)),
    db
      .select({ id: liveEntries.id, headline: liveEntries.headline, bodyText: liveEntries.bodyText, postedAt: liveEntries.postedAt })
      .from(liveEntries)
      .where(and(visible(articleId), eq(liveEntries.keyEvent, true)))
      .orderBy(desc(liveEntries.postedAt)),
    page === 1
      ? db.select().from(liveEntries).where(and(visible(articleId), eq(liveEntries.pinned, true))).orderBy(desc(liveEntries.postedAt))
      : Promise.resolve([]),
    db
      .select()
      .from(liveEntries)
      .where(visible(articleId))
      .orderBy(desc(liveEntries.postedAt), desc(liveEntries.id))
      .limit(LIVE_PAGE_SIZE)
      .offset((page - 1) * LIVE_PAGE_SIZE),
  ]);
  const n = total?.n ?? 0;
  const [pinned, entries] = await Promise.all([toEntryViews(pinnedRows), toEntryViews(pageRows)]);
  return {
    state,
    keyEvents: keyRows.map((r) => ({ id: r.id, title: keyEventTitle(r.headline, r.bodyText), postedAt: r.postedAt.toISOString() })),
    pinned,
    entries,
    page,
    pageCount: Math.max(1, Math.ceil(n / LIVE_PAGE_SIZE)),
    total: n,
  };
}

/** One visible entry of a published live article (its share page). */
export async function readLiveEntry(articleId: string, entryId: string): Promise<LiveEntryView | null> {
  const db = await getDb();
  const rows = await db
    .select({ entry: liveEntries })
    .from(liveEntries)
    .innerJoin(publishedArticles, eq(publishedArticles.articleId, liveEntries.articleId))
    .where(and(visible(articleId), eq(liveEntries.id, entryId)))
    .limit(1);
  const [view] = await toEntryViews(rows.map((r) => r.entry));
  return view ?? null;
}

/** Which published articles are live (for badges on lists): id to whether it has ended. */
export async function readLiveFlags(articleIds: readonly string[]): Promise<Record<string, { ended: boolean }>> {
  if (articleIds.length === 0) return {};
  const db = await getDb();
  const rows = await db
    .select({ id: liveCoverage.articleId, endedAt: liveCoverage.endedAt })
    .from(liveCoverage)
    .where(sql`${liveCoverage.articleId} in ${articleIds}`);
  return Object.fromEntries(rows.map((r) => [r.id, { ended: Boolean(r.endedAt) }]));
}

/** Newest visible entry time, for the article's dateModified. */
export async function readLatestEntryTime(articleId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: sql<Date | string | null>`max(greatest(${liveEntries.postedAt}, coalesce(${liveEntries.editedAt}, ${liveEntries.postedAt})))` })
    .from(liveEntries)
    .where(visible(articleId));
  return row?.at ? new Date(row.at).toISOString() : null;
}

/** The newest entries for the live feed, with absolute URLs in their HTML (feeds are read off-site). */
export async function readLiveFeedEntries(articleId: string, limit: number): Promise<LiveEntryView[] | null> {
  if (!(await readLiveState(articleId))) return null;
  const db = await getDb();
  const rows = await db.select().from(liveEntries).where(visible(articleId)).orderBy(desc(liveEntries.postedAt), desc(liveEntries.id)).limit(limit);
  return toEntryViews(rows, { absoluteUrls: true });
}
