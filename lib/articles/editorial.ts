// The dashboard's reads and the creation of drafts: load an article for editing (tags, bylines,
// media, what the viewer may do), list articles with filters, search, sort, pagination and counts.
import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, exists, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import {
  articleAuthors,
  articles,
  articleStatusEnum,
  articleTags,
  type ArticleKind,
  media,
  publishedArticles,
  tags,
  users,
} from '@/db/schema';
import { can, type Actor, type ArticleRef } from '@/lib/permissions/can';
import { toMediaSummary } from '@/lib/media/library';
import type {
  ArticleAbilities,
  DashboardArticle,
  EditableArticle,
  Result,
  StaffOption,
  StatusCounts,
  TagOption,
} from './editorial-types';
import { blankArticleFields, type ArticleFieldsInput } from './fields';
import { findSlugOwner, kindOf, parseArticleFields, SLUG_TAKEN_MESSAGE, slugProblem } from './validation';
import { writeArticleAsSystem } from './system-write';
import { isReservedPageSlug, reservedPageSlugMessage } from '@/lib/core/page-slugs';
import { articleRef, loadWorkingCopy, snapshotOf, type Queryable, type WorkingCopy } from './working-copy';

export function abilitiesFor(actor: Actor, ref: ArticleRef): ArticleAbilities {
  return {
    edit: can(actor, { kind: 'article:edit', article: ref }),
    submit: can(actor, { kind: 'article:submit', article: ref }),
    publish: can(actor, { kind: 'article:publish', article: ref }),
    schedule: can(actor, { kind: 'article:schedule', article: ref }),
    unpublish: can(actor, { kind: 'article:unpublish', article: ref }),
    trash: can(actor, { kind: 'article:trash', article: ref }),
    restore: can(actor, { kind: 'article:restore', article: ref }),
    setBylines: can(actor, { kind: 'article:set-bylines', article: ref }),
  };
}

/** The editor's view of a working copy. */
export async function toEditable(q: Queryable, actor: Actor, copy: WorkingCopy): Promise<EditableArticle> {
  const a = copy.article;
  // Sequential on purpose: `q` may be a transaction, which has one connection.
  const tagRows = copy.tagIds.length
    ? await q.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(inArray(tags.id, copy.tagIds))
    : [];
  const authorRows = copy.authorIds.length
    ? await q.select({ id: users.id, name: users.name, role: users.role }).from(users).where(inArray(users.id, copy.authorIds))
    : [];
  const featured = a.featuredImageId ? await q.select().from(media).where(eq(media.id, a.featuredImageId)) : [];
  const updater = a.updatedById ? await q.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, a.updatedById)) : [];
  const published = await q
    .select({ slug: publishedArticles.slug, publishedAt: publishedArticles.publishedAt })
    .from(publishedArticles)
    .where(eq(publishedArticles.articleId, a.id));
  const byId = <T extends { id: string }>(rows: T[], ids: string[]) =>
    ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is T => Boolean(r));
  return {
    id: a.id,
    status: a.status,
    version: a.version,
    kind: a.kind,
    hasUnpublishedChanges: a.hasUnpublishedChanges,
    scheduledAt: a.scheduledAt?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    updatedBy: updater[0] ?? null,
    publishedAt: published[0]?.publishedAt.toISOString() ?? null,
    publicSlug: published[0]?.slug ?? null,
    fields: snapshotOf(copy),
    tags: byId(tagRows, copy.tagIds),
    authors: byId(authorRows, copy.authorIds),
    featuredImage: featured[0] ? toMediaSummary(featured[0]) : null,
    abilities: abilitiesFor(actor, articleRef(copy)),
  };
}

const idSchema = z.uuid();

export async function getArticleForEditing(actor: Actor, id: string): Promise<EditableArticle | null> {
  if (!idSchema.safeParse(id).success) return null;
  const db = await getDb();
  const copy = await loadWorkingCopy(db, id);
  if (!copy || !can(actor, { kind: 'article:view', article: articleRef(copy) })) return null;
  return toEditable(db, actor, copy);
}

/** The working copy's version number, or null when the article is gone (the live-editing store records it). */
export async function getArticleVersion(id: string): Promise<number | null> {
  if (!idSchema.safeParse(id).success) return null;
  const db = await getDb();
  const [row] = await db.select({ version: articles.version }).from(articles).where(eq(articles.id, id));
  return row?.version ?? null;
}

/**
 * Creates a draft from what the editor has so far (possibly nothing). The creator is the first byline.
 * `kind: 'page'` makes a standalone page; only editors and admins may (they publish them too).
 */
export async function createDraft(actor: Actor, input: Partial<ArticleFieldsInput> = {}, options: { kind?: ArticleKind } = {}): Promise<Result<{ article: EditableArticle }>> {
  const kind = options.kind ?? 'article';
  if (!can(actor, { kind: kind === 'page' ? 'page:create' : 'article:create' })) {
    return { ok: false, code: 'forbidden', error: kind === 'page' ? 'Only editors and administrators can create pages.' : 'You cannot create articles.' };
  }
  const parsed = parseArticleFields({
    ...blankArticleFields(actor.id),
    ...input,
  });
  if (!parsed.ok) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: parsed.fieldErrors };
  const fields = parsed.fields;
  const id = crypto.randomUUID();
  const ownRef: ArticleRef = { createdById: actor.id, authorIds: [actor.id], status: 'draft' };
  if (!(fields.authorIds.length === 1 && fields.authorIds[0] === actor.id) && !can(actor, { kind: 'article:set-bylines', article: ownRef })) {
    return { ok: false, code: 'forbidden', error: 'Only editors can change bylines.', fieldErrors: { authorIds: 'Only editors can change bylines.' } };
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const written = await writeArticleAsSystem(tx, {
      existingId: null,
      newId: id,
      kind,
      fields,
      status: 'draft',
      createdById: actor.id,
      updatedById: actor.id,
      revision: { authorId: actor.id },
    });
    if (!written.ok) return { ok: false, code: 'invalid', error: 'Check the highlighted fields.', fieldErrors: written.fieldErrors } as const;
    return { ok: true, article: await toEditable(tx, actor, (await loadWorkingCopy(tx, id))!) } as const;
  });
}

/** Live slug check for the editor: the same rules a save applies. */
export async function checkSlugAvailability(actor: Actor, input: { slug: string; articleId: string | null }): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!can(actor, { kind: 'dashboard:view' })) return { ok: false, error: 'Sign in again.' };
  const problem = slugProblem(input.slug);
  if (problem) return { ok: false, error: problem };
  const db = await getDb();
  const articleId = input.articleId && idSchema.safeParse(input.articleId).success ? input.articleId : null;
  if (isReservedPageSlug(input.slug) && (await kindOf(db, articleId)) === 'page') return { ok: false, error: reservedPageSlugMessage(input.slug) };
  const owner = await findSlugOwner(db, input.slug, articleId);
  return owner ? { ok: false, error: SLUG_TAKEN_MESSAGE[owner] } : { ok: true };
}

// ---------------------------------------------------------------- the articles list

export const DASHBOARD_SORTS = ['updated', 'oldest', 'created', 'headline', 'scheduled'] as const;
export type DashboardSort = (typeof DASHBOARD_SORTS)[number];
export const DASHBOARD_PAGE_SIZE = 20;

export const dashboardQuerySchema = z.object({
  /** The articles list and the pages list are the same list, one kind each. */
  kind: z.enum(['article', 'page']).catch('article'),
  status: z.enum([...articleStatusEnum.enumValues, 'all']).catch('all'),
  author: z.uuid().optional().catch(undefined),
  tag: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(DASHBOARD_SORTS).catch('updated'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

/** Non-editors see only what they wrote or carry a byline on. */
function visibleTo(actor: Actor): SQL | undefined {
  if (can(actor, { kind: 'article:view', article: { createdById: null, authorIds: [], status: 'draft' } })) return undefined;
  return or(
    eq(articles.createdById, actor.id),
    exists(
      sql`(select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${actor.id})`,
    ),
  );
}

export async function listArticlesForDashboard(
  actor: Actor,
  query: Partial<DashboardQuery>,
): Promise<{ items: DashboardArticle[]; counts: StatusCounts; total: number; page: number; pageSize: number }> {
  const f = dashboardQuerySchema.parse(query);
  const emptyCounts: StatusCounts = { all: 0, draft: 0, review: 0, scheduled: 0, published: 0, trash: 0 };
  if (!can(actor, { kind: 'dashboard:view' })) return { items: [], counts: emptyCounts, total: 0, page: 1, pageSize: DASHBOARD_PAGE_SIZE };
  const db = await getDb();
  const common = and(
    eq(articles.kind, f.kind),
    visibleTo(actor),
    f.author
      ? exists(sql`(select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${f.author})`)
      : undefined,
    f.tag ? exists(sql`(select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${f.tag})`) : undefined,
    f.q ? ilike(articles.headline, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
  );
  const statusFilter = f.status === 'all' ? ne(articles.status, 'trash') : eq(articles.status, f.status);
  const order = {
    updated: [desc(articles.updatedAt)],
    oldest: [asc(articles.updatedAt)],
    created: [desc(articles.createdAt)],
    headline: [asc(sql`lower(${articles.headline})`)],
    scheduled: [sql`${articles.scheduledAt} asc nulls last`, desc(articles.updatedAt)],
  }[f.sort];

  const countRows = await db.select({ status: articles.status, n: count() }).from(articles).where(common).groupBy(articles.status);
  const counts = { ...emptyCounts };
  for (const row of countRows) {
    counts[row.status] = row.n;
    if (row.status !== 'trash') counts.all += row.n;
  }
  const total = counts[f.status];
  const rows = await db
    .select({
      id: articles.id,
      headline: articles.headline,
      slug: articles.slug,
      status: articles.status,
      hasUnpublishedChanges: articles.hasUnpublishedChanges,
      updatedAt: articles.updatedAt,
      createdAt: articles.createdAt,
      scheduledAt: articles.scheduledAt,
      publishedAt: publishedArticles.publishedAt,
    })
    .from(articles)
    .leftJoin(publishedArticles, eq(publishedArticles.articleId, articles.id))
    .where(and(common, statusFilter))
    .orderBy(...order, asc(articles.id))
    .limit(DASHBOARD_PAGE_SIZE)
    .offset((f.page - 1) * DASHBOARD_PAGE_SIZE);

  const ids = rows.map((r) => r.id);
  const [authorLinks, tagLinks] = ids.length
    ? await Promise.all([
        db
          .select({ articleId: articleAuthors.articleId, id: users.id, name: users.name })
          .from(articleAuthors)
          .innerJoin(users, eq(users.id, articleAuthors.userId))
          .where(inArray(articleAuthors.articleId, ids))
          .orderBy(asc(articleAuthors.position)),
        db
          .select({ articleId: articleTags.articleId, id: tags.id, name: tags.name, slug: tags.slug })
          .from(articleTags)
          .innerJoin(tags, eq(tags.id, articleTags.tagId))
          .where(inArray(articleTags.articleId, ids))
          .orderBy(asc(tags.name)),
      ])
    : [[], []];

  const items: DashboardArticle[] = rows.map((r) => ({
    id: r.id,
    headline: r.headline,
    slug: r.slug,
    status: r.status,
    hasUnpublishedChanges: r.hasUnpublishedChanges,
    authors: authorLinks.filter((l) => l.articleId === r.id).map(({ id, name }) => ({ id, name })),
    tags: tagLinks.filter((l) => l.articleId === r.id).map(({ id, name, slug }) => ({ id, name, slug })),
    updatedAt: r.updatedAt.toISOString(),
    createdAt: r.createdAt.toISOString(),
    scheduledAt: r.scheduledAt?.toISOString() ?? null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
  }));
  return { items, counts, total, page: f.page, pageSize: DASHBOARD_PAGE_SIZE };
}

/** Everyone who may carry a byline (active staff), for the byline picker and the author filter. */
export async function listStaffOptions(actor: Actor): Promise<StaffOption[]> {
  if (!can(actor, { kind: 'dashboard:view' })) return [];
  const db = await getDb();
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.disabled, false))
    .orderBy(asc(users.name));
}

export async function listTagOptions(actor: Actor): Promise<TagOption[]> {
  if (!can(actor, { kind: 'dashboard:view' })) return [];
  const db = await getDb();
  return db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).orderBy(asc(sql`lower(${tags.name})`));
}
