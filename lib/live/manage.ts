// Staff writes to live coverage: make an article live, end or reopen it, and post, edit or delete its
// entries. Each write asks can() first and changes nothing when refused; entry writes lock the
// coverage row so change numbers are handed out in commit order (a reader that saw change N has seen
// every change before it). After the commit: expire the cache tags (which also queues the edge purge
// and tells other instances' caches), then signal the change to every instance's live streams.
import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, type Db, type Tx } from '@/db/client';
import { articleAuthors, articles, liveCoverage, liveEntries, publishedArticles, type DocJSON } from '@/db/schema';
import type { AuditAction } from '@/lib/audit/actions';
import { recordAudit } from '@/lib/audit/record';
import { cacheTags } from '@/lib/cache/tags';
import { expireTags } from '@/lib/cache/invalidate';
import { forbidden, type WriteResult } from '@/lib/core/result';
import { can, type Actor, type ArticleRef } from '@/lib/permissions/can';
import { announceLiveChange } from './signal';
import { checkEntryInput, type EntryInput } from './validation';
import type { EntryResult, StaffLiveView } from './staff-types';

export type { EntryResult, StaffLiveEntry, StaffLiveView } from './staff-types';

type Q = Db | Tx;
type LiveTarget = { ref: ArticleRef; headline: string; publicSlug: string | null; coverage: { endedAt: Date | null } | null };

const NOT_FOUND = { ok: false, code: 'not_found', error: 'This article no longer exists.' } as const;
const NOT_LIVE = { ok: false, code: 'conflict', error: 'This article is not live coverage: make it live first.' } as const;
const ENTRY_GONE = { ok: false, code: 'not_found', error: 'This entry was deleted.' } as const;

const idSchema = z.uuid();

async function loadTarget(q: Q, articleId: string, lock: boolean): Promise<LiveTarget | null> {
  if (!idSchema.safeParse(articleId).success) return null;
  const [article] = await q.select().from(articles).where(eq(articles.id, articleId)).limit(1);
  if (!article) return null;
  // One after another: a transaction is one connection, and node-postgres runs its queries in turn anyway.
  const authors = await q.select({ id: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, articleId)).orderBy(asc(articleAuthors.position));
  const [published] = await q.select({ slug: publishedArticles.slug }).from(publishedArticles).where(eq(publishedArticles.articleId, articleId)).limit(1);
  const coverageQuery = q.select({ endedAt: liveCoverage.endedAt }).from(liveCoverage).where(eq(liveCoverage.articleId, articleId));
  const [coverage] = lock ? await coverageQuery.for('update') : await coverageQuery;
  return {
    ref: { createdById: article.createdById, authorIds: authors.map((a) => a.id), status: article.status },
    headline: article.headline || 'Untitled',
    publicSlug: published?.slug ?? null,
    coverage: coverage ?? null,
  };
}

/** What a change to one article's coverage expires: its live reads and page, and lists when the badge changes. */
function tagsFor(articleId: string, target: LiveTarget, lists: boolean): string[] {
  const tags = [cacheTags.live(articleId), cacheTags.article(articleId)];
  if (target.publicSlug) tags.push(cacheTags.articleSlug(target.publicSlug));
  // The badge also shows in related lists on article pages.
  if (lists) tags.push(cacheTags.articleLists, cacheTags.articlePages);
  return tags;
}

function afterCommit(articleId: string, tags: string[], change: number) {
  expireTags(tags);
  announceLiveChange({ articleId, change });
}

// ---------------------------------------------------------------- the coverage itself

export type LiveCoverageStep = 'start' | 'end' | 'reopen';
const stepAudit: Record<LiveCoverageStep, AuditAction> = { start: 'live.started', end: 'live.ended', reopen: 'live.reopened' };

/** Makes an article live coverage, ends it, or reopens it. */
export async function setLiveCoverage(actor: Actor, input: { articleId: string; step: LiveCoverageStep }): Promise<WriteResult> {
  const step = z.enum(['start', 'end', 'reopen']).safeParse(input.step);
  if (!step.success) return { ok: false, code: 'invalid', error: 'Unknown live coverage step.' };
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const target = await loadTarget(tx, input.articleId, true);
    if (!target) return { result: NOT_FOUND };
    if (!can(actor, { kind: 'live:manage', article: target.ref })) return { result: forbidden('Your role does not allow starting or ending live coverage of this article.') };
    let change: number | undefined;
    if (step.data === 'start') {
      if (target.coverage) return { result: { ok: false, code: 'conflict', error: 'This article is already live coverage.' } as const };
      [{ change } = { change: 0 }] = await tx.insert(liveCoverage).values({ articleId: input.articleId }).returning({ change: liveCoverage.change });
    } else {
      if (!target.coverage) return { result: NOT_LIVE };
      const ended = step.data === 'end';
      if (ended === Boolean(target.coverage.endedAt)) return { result: { ok: false, code: 'conflict', error: ended ? 'This coverage has already ended.' : 'This coverage is already open.' } as const };
      [{ change } = { change: 0 }] = await tx
        .update(liveCoverage)
        .set({ endedAt: ended ? sql`now()` : null, change: sql`nextval('live_change_seq')` })
        .where(eq(liveCoverage.articleId, input.articleId))
        .returning({ change: liveCoverage.change });
    }
    await recordAudit(tx, { actor, action: stepAudit[step.data], objectType: 'article', objectId: input.articleId, summary: `${step.data === 'start' ? 'Started' : step.data === 'end' ? 'Ended' : 'Reopened'} live coverage “${target.headline}”` });
    return { result: { ok: true } as const, tags: tagsFor(input.articleId, target, true), change };
  });
  if (outcome.result.ok && 'tags' in outcome && outcome.change) afterCommit(input.articleId, outcome.tags, outcome.change);
  return outcome.result;
}

// ---------------------------------------------------------------- entries


/** Posts an entry to a live article (shown to readers at once when the article is published). */
export async function postLiveEntry(actor: Actor, input: { articleId: string } & EntryInput): Promise<EntryResult> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const target = await loadTarget(tx, input.articleId, true);
    if (!target) return { result: NOT_FOUND as EntryResult };
    if (!can(actor, { kind: 'live-entry:post', article: target.ref })) return { result: forbidden('Your role does not allow posting to this live article.') as EntryResult };
    if (!target.coverage) return { result: NOT_LIVE as EntryResult };
    const checked = checkEntryInput(input);
    if (!checked.ok) return { result: { ok: false, code: 'invalid', error: firstMessage(checked.fieldErrors), fieldErrors: checked.fieldErrors } as EntryResult };
    const [row] = await tx
      .insert(liveEntries)
      .values({ articleId: input.articleId, authorId: actor.id, ...checked.entry })
      .returning({ id: liveEntries.id, change: liveEntries.change });
    return { result: { ok: true, entryId: row!.id } as EntryResult, tags: tagsFor(input.articleId, target, false), change: row!.change };
  });
  if (outcome.result.ok && 'tags' in outcome && outcome.tags) afterCommit(input.articleId, outcome.tags, outcome.change!);
  return outcome.result;
}

async function loadEntry(q: Q, entryId: string) {
  if (!idSchema.safeParse(entryId).success) return null;
  const [row] = await q.select().from(liveEntries).where(eq(liveEntries.id, entryId)).limit(1);
  return row ?? null;
}

/** Edits an entry in place: readers see it marked as updated, with the time. */
export async function editLiveEntry(actor: Actor, input: { entryId: string } & EntryInput): Promise<EntryResult> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const entry = await loadEntry(tx, input.entryId);
    if (!entry || entry.deletedAt) return { result: ENTRY_GONE as EntryResult };
    const target = await loadTarget(tx, entry.articleId, true);
    if (!target) return { result: NOT_FOUND as EntryResult };
    if (!can(actor, { kind: 'live-entry:edit', article: target.ref, entryAuthorId: entry.authorId })) {
      return { result: forbidden('Only editors, or the entry’s own author while they may post here, can edit this entry.') as EntryResult };
    }
    const checked = checkEntryInput(input);
    if (!checked.ok) return { result: { ok: false, code: 'invalid', error: firstMessage(checked.fieldErrors), fieldErrors: checked.fieldErrors } as EntryResult };
    const [row] = await tx
      .update(liveEntries)
      .set({ ...checked.entry, editedAt: sql`now()`, change: sql`nextval('live_change_seq')` })
      .where(eq(liveEntries.id, entry.id))
      .returning({ change: liveEntries.change });
    return { result: { ok: true, entryId: entry.id } as EntryResult, tags: tagsFor(entry.articleId, target, false), change: row!.change, articleId: entry.articleId };
  });
  if (outcome.result.ok && 'tags' in outcome && outcome.tags) afterCommit(outcome.articleId!, outcome.tags, outcome.change!);
  return outcome.result;
}

/** Deletes an entry (editors): it disappears from readers' pages; a tombstone tells returning readers. */
export async function deleteLiveEntry(actor: Actor, input: { entryId: string }): Promise<EntryResult> {
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const entry = await loadEntry(tx, input.entryId);
    if (!entry || entry.deletedAt) return { result: ENTRY_GONE as EntryResult };
    const target = await loadTarget(tx, entry.articleId, true);
    if (!target) return { result: NOT_FOUND as EntryResult };
    if (!can(actor, { kind: 'live-entry:delete', article: target.ref })) return { result: forbidden('Only editors can delete live entries.') as EntryResult };
    const [row] = await tx
      .update(liveEntries)
      .set({ deletedAt: sql`now()`, body: { type: 'doc', content: [] } as DocJSON, bodyText: '', headline: '', change: sql`nextval('live_change_seq')` })
      .where(eq(liveEntries.id, entry.id))
      .returning({ change: liveEntries.change });
    await recordAudit(tx, {
      actor,
      action: 'live.entry_deleted',
      objectType: 'article',
      objectId: entry.articleId,
      summary: `Deleted a live entry of “${target.headline}”`,
      details: { entryId: entry.id, headline: entry.headline, text: entry.bodyText.slice(0, 500) },
    });
    return { result: { ok: true, entryId: entry.id } as EntryResult, tags: tagsFor(entry.articleId, target, false), change: row!.change, articleId: entry.articleId };
  });
  if (outcome.result.ok && 'tags' in outcome && outcome.tags) afterCommit(outcome.articleId!, outcome.tags, outcome.change!);
  return outcome.result;
}

function firstMessage(fieldErrors: Record<string, string>): string {
  return fieldErrors.body ?? fieldErrors.headline ?? Object.values(fieldErrors)[0] ?? 'Check the entry.';
}

// ---------------------------------------------------------------- the composer's view

/** The live composer's data, for staff who may see the article; null when they may not (or it is gone). */
export async function getLiveForStaff(actor: Actor, articleId: string): Promise<StaffLiveView | null> {
  const db = await getDb();
  const target = await loadTarget(db, articleId, false);
  if (!target || !can(actor, { kind: 'article:view', article: target.ref })) return null;
  const rows = await db
    .select()
    .from(liveEntries)
    .where(and(eq(liveEntries.articleId, articleId), sql`${liveEntries.deletedAt} is null`))
    .orderBy(desc(liveEntries.postedAt))
    .limit(200);
  return {
    articleId,
    headline: target.headline,
    status: target.ref.status,
    publicSlug: target.publicSlug,
    live: Boolean(target.coverage),
    endedAt: target.coverage?.endedAt?.toISOString() ?? null,
    canManage: can(actor, { kind: 'live:manage', article: target.ref }),
    canPost: Boolean(target.coverage) && can(actor, { kind: 'live-entry:post', article: target.ref }),
    entries: rows.map((r) => ({
      id: r.id,
      headline: r.headline,
      body: r.body,
      pinned: r.pinned,
      keyEvent: r.keyEvent,
      authorId: r.authorId,
      postedAt: r.postedAt.toISOString(),
      editedAt: r.editedAt?.toISOString() ?? null,
      canEdit: can(actor, { kind: 'live-entry:edit', article: target.ref, entryAuthorId: r.authorId }),
      canDelete: can(actor, { kind: 'live-entry:delete', article: target.ref }),
    })),
  };
}

/** Live state of dashboard list rows (any status): id to whether its coverage has ended. */
export async function getLiveStatusForStaff(actor: Actor, articleIds: readonly string[]): Promise<Record<string, { ended: boolean }>> {
  if (!can(actor, { kind: 'dashboard:view' })) return {};
  const ids = articleIds.filter((id) => idSchema.safeParse(id).success);
  if (ids.length === 0) return {};
  const db = await getDb();
  const rows = await db.select({ id: liveCoverage.articleId, endedAt: liveCoverage.endedAt }).from(liveCoverage).where(inArray(liveCoverage.articleId, ids));
  return Object.fromEntries(rows.map((r) => [r.id, { ended: Boolean(r.endedAt) }]));
}
