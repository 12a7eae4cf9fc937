// The one way to write a whole article in one go (a new draft, an imported post, a seeded story): the
// fields checked by the same schema and database checks as every save, the slug found once, the working
// copy with its tags and bylines, the public copy and its old-slug redirect, the revision and an audit
// entry, all in the caller's transaction. Callers have authorized (the editor through can(), the importer
// as an administrator's run, the seed at start-up on an empty database).
import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { articles, publishedArticles, type ArticleKind, type ArticleStatus } from '@/db/schema';
import { insertInChunks } from './chunks';
import { recordAudit, type AuditEntry } from '@/lib/audit/record';
import { markCollabStateStale } from './collab-stale';
import { placeholderSlug, slugify } from '@/lib/core/slug';
import { articleColumnsOf, type ArticleFields, type ArticleFieldsInput, type FieldErrors } from './fields';
import { buildPublishedRow, type PublicationInput } from './publication';
import { movePublicSlug, removePublication } from './publish-copy';
import { insertRevisions, recordRevision } from './revision-log';
import { checkArticleFields, checkArticleFieldsBatch, freeArticleSlug, parseArticleFields } from './validation';
import { insertLinks, writeLinks, type Queryable } from './working-copy';

export type SystemArticleWrite = {
  /** The article to overwrite (a re-import), or null to create one (with `newId` when the caller needs it first). */
  existingId: string | null;
  newId?: string;
  kind?: ArticleKind;
  /** A non-empty `slug` must be free as it is; an empty one is found from `slugBase`, else the headline. */
  fields: ArticleFieldsInput;
  slugBase?: string;
  /** How a taken `slugBase` is varied (default: base-2, base-3…) and which slugs the caller has promised elsewhere. */
  slugVariant?: (n: number) => string;
  slugTaken?: (slug: string) => boolean;
  status: ArticleStatus;
  scheduledAt?: Date | null;
  statusBeforeTrash?: ArticleStatus | null;
  trashedAt?: Date | null;
  createdById: string | null;
  createdAt?: Date;
  updatedById: string | null;
  updatedAt?: Date;
  /** Required for a published article: when readers first saw it and when it last changed. */
  publication?: { publishedAt: Date; modifiedAt: Date } | null;
  /** Who the revision is by, and when (history written after the fact); 'publish' when published, else 'save'. */
  revision: { authorId: string | null; at?: Date };
  audit?: Omit<AuditEntry, 'objectType' | 'objectId'>;
};

export type SystemArticleResult = { ok: true; id: string; slug: string; version: number } | { ok: false; fieldErrors: FieldErrors };

/** A new article: no `existingId`. */
export type SystemArticleCreate = Omit<SystemArticleWrite, 'existingId'>;

export type SystemBatchResult =
  | { ok: true; written: { id: string; slug: string; version: number }[] }
  | { ok: false; failures: { index: number; fieldErrors: FieldErrors }[] };

export async function writeArticleAsSystem(tx: Tx, input: SystemArticleWrite): Promise<SystemArticleResult> {
  const existingId = input.existingId;
  if (!existingId) {
    const created = await createArticlesAsSystem(tx, [input]);
    return created.ok ? { ok: true, ...created.written[0]! } : { ok: false, fieldErrors: created.failures[0]!.fieldErrors };
  }
  const parsed = parseArticleFields(input.fields);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const { tagIds, authorIds, ...columns } = parsed.fields;
  const kind = input.kind ?? 'article';
  const id = existingId;
  const slug = columns.slug || (await slugFor(tx, input, columns.headline, id, kind, () => false));
  const fields = { ...parsed.fields, slug };
  const fieldErrors = await checkArticleFields(tx, id, fields, kind);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const [updated] = await tx.update(articles).set(workingRow(input, columns, slug)).where(eq(articles.id, existingId)).returning({ version: articles.version });
  if (!updated) throw new Error(`Article ${existingId} does not exist.`);
  const version = updated.version;
  // An open live document would otherwise keep (and store back) the fields from before this write.
  await markCollabStateStale(tx, existingId);
  await writeLinks(tx, id, tagIds, authorIds);

  const published = input.status === 'published';
  if (published) {
    const [before] = await tx.select({ slug: publishedArticles.slug }).from(publishedArticles).where(eq(publishedArticles.articleId, id));
    const publicRow = publicRowOf(input, { id, kind, ...columns, slug }, tagIds, authorIds);
    await movePublicSlug(tx, { articleId: id, kind, from: before?.slug ?? null, to: slug });
    await tx
      .insert(publishedArticles)
      .values(publicRow)
      .onConflictDoUpdate({ target: publishedArticles.articleId, set: { ...publicRow, articleId: undefined } });
  } else {
    await removePublication(tx, id);
  }
  await recordRevision(tx, { articleId: id, version, kind: published ? 'publish' : 'save', snapshot: fields, authorId: input.revision.authorId, at: input.revision.at });
  if (input.audit) await recordAudit(tx, { ...input.audit, objectType: 'article', objectId: id });
  return { ok: true, id, slug, version };
}

/**
 * Many new articles in one go, in a few statements per table (the demo seed): each checked, slugged
 * and written as writeArticleAsSystem writes one, and nothing written when any is refused. A slug left
 * empty is found clear of the batch's own.
 */
export async function createArticlesAsSystem(tx: Tx, inputs: readonly SystemArticleCreate[]): Promise<SystemBatchResult> {
  const failures: { index: number; fieldErrors: FieldErrors }[] = [];
  const parsedAll = inputs.map((input) => parseArticleFields(input.fields));
  const claimed = new Set(parsedAll.flatMap((p) => (p.ok && p.fields.slug ? [p.fields.slug] : [])));
  const prepared: { index: number; input: SystemArticleCreate; id: string; kind: ArticleKind; fields: ArticleFields }[] = [];
  for (const [index, parsed] of parsedAll.entries()) {
    if (!parsed.ok) {
      failures.push({ index, fieldErrors: parsed.fieldErrors });
      continue;
    }
    const input = inputs[index]!;
    const id = input.newId ?? crypto.randomUUID();
    const kind = input.kind ?? 'article';
    const slug = parsed.fields.slug || (await slugFor(tx, input, parsed.fields.headline, id, kind, (s) => claimed.has(s)));
    claimed.add(slug);
    prepared.push({ index, input, id, kind, fields: { ...parsed.fields, slug } });
  }
  const errors = await checkArticleFieldsBatch(tx, prepared.map(({ id, fields, kind }) => ({ articleId: id, fields, kind })));
  prepared.forEach(({ index }, k) => {
    if (Object.keys(errors[k]!).length) failures.push({ index, fieldErrors: errors[k]! });
  });
  if (failures.length) return { ok: false, failures: failures.sort((a, b) => a.index - b.index) };

  const version = 1;
  const rows = prepared.map(({ input, id, kind, fields }) => ({
    ...workingRow(input, fields, fields.slug),
    id,
    kind,
    version,
    createdById: input.createdById,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  }));
  await insertInChunks(rows, (chunk) => tx.insert(articles).values(chunk));
  await insertLinks(tx, prepared.map(({ id, fields }) => ({ articleId: id, tagIds: fields.tagIds, authorIds: fields.authorIds })));
  // A new article has no old addresses to take back (a redirect can only follow an article that exists).
  const publicRows = prepared
    .filter(({ input }) => input.status === 'published')
    .map(({ input, id, kind, fields: { tagIds, authorIds, ...columns } }) => publicRowOf(input, { id, kind, ...columns }, tagIds, authorIds));
  await insertInChunks(publicRows, (chunk) => tx.insert(publishedArticles).values(chunk));
  await insertRevisions(
    tx,
    prepared.map(({ input, id, fields }) => ({
      articleId: id,
      version,
      kind: input.status === 'published' ? ('publish' as const) : ('save' as const),
      snapshot: fields,
      authorId: input.revision.authorId,
      at: input.revision.at,
    })),
  );
  for (const { input, id } of prepared) if (input.audit) await recordAudit(tx, { ...input.audit, objectType: 'article', objectId: id });
  return { ok: true, written: prepared.map(({ id, fields }) => ({ id, slug: fields.slug, version })) };
}

/** The slug found once: from `slugBase`, else the headline, else the placeholder a blank draft has. */
async function slugFor(tx: Tx, input: SystemArticleCreate, headline: string, id: string, kind: ArticleKind, alsoTaken: (slug: string) => boolean): Promise<string> {
  const base = input.slugBase || slugify(headline);
  if (!base) return placeholderSlug(id);
  return findArticleSlug(tx, { base, articleId: id, kind, variant: input.slugVariant, taken: (s) => alsoTaken(s) || Boolean(input.slugTaken?.(s)) });
}

/** The working row's columns beyond the fields: status, trash, who changed it last. */
function workingRow(input: SystemArticleCreate, fields: Omit<ArticleFields, 'tagIds' | 'authorIds'>, slug: string) {
  return {
    ...articleColumnsOf(fields),
    slug,
    status: input.status,
    scheduledAt: input.scheduledAt ?? null,
    statusBeforeTrash: input.statusBeforeTrash ?? null,
    trashedAt: input.trashedAt ?? null,
    hasUnpublishedChanges: false,
    updatedById: input.updatedById,
    ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
  };
}

function publicRowOf(input: SystemArticleCreate, article: PublicationInput['article'], tagIds: string[], authorIds: string[]) {
  if (!input.publication) throw new Error('A published article needs its publication times.');
  return buildPublishedRow({ article, tagIds, authorIds, ...input.publication });
}

/**
 * The slug a system write finds for `base`: base itself unless another article holds it (working slug,
 * public slug, old address) or, for a page, the site answers it; else the first free `variant(n)`.
 * `taken`: slugs the caller has promised elsewhere. The importer asks before its write, to report a
 * changed slug and to plan a dry run, then writes with the slug it got.
 */
export function findArticleSlug(
  q: Queryable,
  input: { base: string; articleId: string | null; kind?: ArticleKind; variant?: (n: number) => string; taken?: (slug: string) => boolean },
): Promise<string> {
  return freeArticleSlug(q, input.base, { articleId: input.articleId, kind: input.kind, variant: input.variant, alsoTaken: input.taken });
}

/** One line for a refused system write (the importer reports it per item; the seed stops on it). */
export function describeFieldErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
}
