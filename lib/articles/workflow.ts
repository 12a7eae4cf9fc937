// The editorial workflow: submit for review, publish now, update the public copy, schedule, cancel a
// schedule, unpublish, trash and restore. Each step locks the article, asks can() and changes nothing
// when refused; public changes expire exactly their cache tags after the transaction commits.
import 'server-only';
import { announceAccessChange } from '@/lib/core/access-signal';
import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { getDb } from '@/db/client';
import { articles, type Article } from '@/db/schema';
import type { AuditAction } from '@/lib/audit/actions';
import { recordAudit } from '@/lib/audit/record';
import { queueEdgePurge } from '@/lib/cache/edge-purge';
import { expireTags } from '@/lib/cache/invalidate';
import { can, type Action, type Actor, type ArticleRef } from '@/lib/permissions/can';
import { toEditable } from './editorial';
import type { EditableArticle, Failure, Result } from './editorial-types';
import { articleChangeTags } from './invalidate';
import { publicationErrors, removePublication, writePublication } from './publish-copy';
import { unseenChange } from './seen-version';
import { articleRef, loadWorkingCopy, type WorkingCopy } from './working-copy';
import { malformed } from '@/lib/core/result';

export type WorkflowResult = Result<{ article: EditableArticle }>;

const targetSchema = z.object({
  id: z.uuid(),
  /** The version the person saw; when given, a newer one is refused (seen-version.ts: never publish unseen text). */
  version: z.number().int().min(1).optional(),
});
type Target = z.input<typeof targetSchema>;

type StepOutcome = Failure | { ok: true; copy: WorkingCopy; tags?: string[]; summary?: string };

/** What the audit log says of a step that went through: the event, and a verb for "<verb> "<headline>"". */
type StepAudit = { action: AuditAction; verb: string };

/**
 * Runs one workflow step on a locked article, records it in the audit log in the same transaction,
 * and expires its tags once committed.
 */
async function step(
  actor: Actor,
  target: Target,
  action: (ref: ArticleRef) => Action,
  audit: StepAudit,
  body: (tx: Tx, copy: WorkingCopy) => Promise<StepOutcome>,
): Promise<WorkflowResult> {
  const parsed = targetSchema.safeParse(target);
  if (!parsed.success) return malformed();
  const db = await getDb();
  const outcome = await db.transaction(async (tx) => {
    const copy = await loadWorkingCopy(tx, parsed.data.id, { lock: true });
    if (!copy) return { result: { ok: false, code: 'not_found', error: 'This article no longer exists.' } as WorkflowResult };
    if (!can(actor, action(articleRef(copy)))) {
      return { result: { ok: false, code: 'forbidden', error: 'Your role does not allow this for this article.' } as WorkflowResult };
    }
    const unseen = unseenChange(actor, copy, parsed.data.version);
    if (unseen) return { result: unseen as WorkflowResult };
    const done = await body(tx, copy);
    if (!done.ok) {
      // Roll back anything the step wrote before it refused.
      throw new Refused(done);
    }
    await recordAudit(tx, {
      actor,
      action: audit.action,
      objectType: 'article',
      objectId: copy.article.id,
      summary: done.summary ?? `${audit.verb} “${done.copy.article.headline || 'Untitled'}”`,
      details: { status: { from: copy.article.status, to: done.copy.article.status }, version: done.copy.article.version },
    });
    // The edge purge is written with the change itself, so a crash after the commit cannot lose it.
    const edgeQueued = await queueEdgePurge(tx, done.tags ?? []);
    return { result: { ok: true, article: await toEditable(tx, actor, done.copy) } as WorkflowResult, tags: done.tags ?? [], edgeQueued };
  }).catch((error) => {
    if (error instanceof Refused) return { result: error.failure as WorkflowResult };
    throw error;
  });
  if ('tags' in outcome && outcome.tags?.length) expireTags(outcome.tags, { edgeQueued: outcome.edgeQueued });
  // A new status can take the pen from someone (trash; a contributor's piece scheduled or published).
  if (outcome.result.ok) announceAccessChange({ articleId: outcome.result.article.id });
  return outcome.result;
}

class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.error);
  }
}

function refuse(error: string, fieldErrors?: Failure['fieldErrors']): Failure {
  return { ok: false, code: fieldErrors ? 'invalid' : 'forbidden', error, fieldErrors };
}

async function setStatus(tx: Tx, copy: WorkingCopy, values: Partial<Article>): Promise<WorkingCopy> {
  const [article] = await tx
    .update(articles)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(articles.id, copy.article.id))
    .returning();
  return { ...copy, article: article! };
}

async function ready(tx: Tx, copy: WorkingCopy, what: string): Promise<Failure | null> {
  const errors = await publicationErrors(tx, copy);
  if (!Object.keys(errors).length) return null;
  return refuse(`Before you ${what}: ${Object.values(errors)[0]}`, errors);
}

export async function submitForReview(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:submit', article }), { action: 'article.submitted', verb: 'Submitted for review:' }, async (tx, copy) => {
    if (copy.article.status !== 'draft') return refuse('Only drafts can be submitted for review.');
    const problem = await ready(tx, copy, 'submit it');
    if (problem) return problem;
    return { ok: true, copy: await setStatus(tx, copy, { status: 'review' }) };
  });
}

export async function publishNow(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:publish', article }), { action: 'article.published', verb: 'Published' }, async (tx, copy) => {
    const status = copy.article.status;
    if (status === 'published') return refuse('This article is already published: use Update to publish your changes.');
    if (status === 'trash') return refuse('This article is in the trash: restore it first.');
    const problem = await ready(tx, copy, 'publish');
    if (problem) return problem;
    const { before, after, article } = await writePublication(tx, copy, { actorId: actor.id });
    return { ok: true, copy: { ...copy, article }, tags: articleChangeTags(article.id, before, after) };
  });
}

/** Copies the working copy of a published article over the public one (readers see edits only now). */
export async function updatePublished(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:publish', article }), { action: 'article.updated', verb: 'Updated the published copy of' }, async (tx, copy) => {
    if (copy.article.status !== 'published') return refuse('Only published articles can be updated; publish it instead.');
    const problem = await ready(tx, copy, 'update the published article');
    if (problem) return problem;
    const { before, after, article } = await writePublication(tx, copy, { actorId: actor.id });
    return { ok: true, copy: { ...copy, article }, tags: articleChangeTags(article.id, before, after) };
  });
}

const MAX_SCHEDULE_AHEAD_MS = 2 * 366 * 24 * 3600 * 1000;

export const scheduleSchema = z.object({
  scheduledAt: z.iso.datetime({ offset: true, error: 'Choose a date and time.' }),
});

export async function scheduleArticle(actor: Actor, target: Target & { scheduledAt: string }): Promise<WorkflowResult> {
  const when = scheduleSchema.safeParse({ scheduledAt: target.scheduledAt });
  if (!when.success) return { ok: false, code: 'invalid', error: 'Choose a date and time.', fieldErrors: { scheduledAt: 'Choose a date and time.' } };
  const at = new Date(when.data.scheduledAt);
  const now = Date.now();
  if (at.getTime() <= now) {
    const error = 'Choose a time in the future (or use Publish now).';
    return { ok: false, code: 'invalid', error, fieldErrors: { scheduledAt: error } };
  }
  if (at.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
    const error = 'Choose a time within the next two years.';
    return { ok: false, code: 'invalid', error, fieldErrors: { scheduledAt: error } };
  }
  return step(actor, target, (article) => ({ kind: 'article:schedule', article }), { action: 'article.scheduled', verb: 'Scheduled' }, async (tx, copy) => {
    const status = copy.article.status;
    if (status === 'published') return refuse('This article is already published.');
    if (status === 'trash') return refuse('This article is in the trash: restore it first.');
    const problem = await ready(tx, copy, 'schedule');
    if (problem) return problem;
    const next = await setStatus(tx, copy, { status: 'scheduled', scheduledAt: at });
    return { ok: true, copy: next, summary: `Scheduled “${next.article.headline || 'Untitled'}” for ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC` };
  });
}

/** Takes a scheduled article back to draft (it will not go live). */
export async function unscheduleArticle(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:schedule', article }), { action: 'article.unscheduled', verb: 'Cancelled the schedule of' }, async (tx, copy) => {
    if (copy.article.status !== 'scheduled') return refuse('This article is not scheduled.');
    return { ok: true, copy: await setStatus(tx, copy, { status: 'draft', scheduledAt: null }) };
  });
}

export async function unpublishArticle(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:unpublish', article }), { action: 'article.unpublished', verb: 'Unpublished' }, async (tx, copy) => {
    if (copy.article.status !== 'published') return refuse('This article is not published.');
    const before = await removePublication(tx, copy.article.id);
    const next = await setStatus(tx, copy, { status: 'draft', hasUnpublishedChanges: false });
    return { ok: true, copy: next, tags: articleChangeTags(copy.article.id, before, null) };
  });
}

export async function trashArticle(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:trash', article }), { action: 'article.trashed', verb: 'Moved to trash' }, async (tx, copy) => {
    if (copy.article.status === 'trash') return refuse('This article is already in the trash.');
    const before = await removePublication(tx, copy.article.id);
    const next = await setStatus(tx, copy, {
      status: 'trash',
      statusBeforeTrash: copy.article.status,
      scheduledAt: null,
      hasUnpublishedChanges: false,
      trashedAt: new Date(),
    });
    return { ok: true, copy: next, tags: articleChangeTags(copy.article.id, before, null) };
  });
}

/** Back from the trash as a draft or review piece; something that was public must be published again on purpose. */
export async function restoreFromTrash(actor: Actor, target: Target): Promise<WorkflowResult> {
  return step(actor, target, (article) => ({ kind: 'article:restore', article }), { action: 'article.restored', verb: 'Restored from trash' }, async (tx, copy) => {
    if (copy.article.status !== 'trash') return refuse('This article is not in the trash.');
    const previous = copy.article.statusBeforeTrash;
    const status = previous === 'review' ? 'review' : 'draft';
    return { ok: true, copy: await setStatus(tx, copy, { status, statusBeforeTrash: null, trashedAt: null }) };
  });
}
