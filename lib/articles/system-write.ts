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
import { recordAudit, type AuditEntry } from '@/lib/audit/record';
import { markCollabStateStale } from './collab-stale';
import { placeholderSlug, slugify } from '@/lib/core/slug';
import type { ArticleFieldsInput, FieldErrors } from './fields';
import { buildPublishedRow } from './publication';
import { movePublicSlug, removePublication } from './publish-copy';
import { recordRevision } from './revision-log';
import { checkArticleFields, freeArticleSlug, parseArticleFields } from './validation';
import { writeLinks, type Queryable } from './working-copy';

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

export async function writeArticleAsSystem(tx: Tx, input: SystemArticleWrite): Promise<SystemArticleResult> {
  const parsed = parseArticleFields(input.fields);
  if (!parsed.ok) return { ok: false, fieldErrors: parsed.fieldErrors };
  const { tagIds, authorIds, ...columns } = parsed.fields;
  const kind = input.kind ?? 'article';
  const existingId = input.existingId;
  const id = existingId ?? input.newId ?? crypto.randomUUID();

  const base = input.slugBase || slugify(columns.headline);
  const slug =
    columns.slug || (base ? await findArticleSlug(tx, { base, articleId: id, kind, variant: input.slugVariant, taken: input.slugTaken }) : placeholderSlug(id));
  const fields = { ...parsed.fields, slug };
  const fieldErrors = await checkArticleFields(tx, id, fields, kind);
  if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };

  const row = {
    ...columns,
    slug,
    status: input.status,
    scheduledAt: input.scheduledAt ?? null,
    statusBeforeTrash: input.statusBeforeTrash ?? null,
    trashedAt: input.trashedAt ?? null,
    hasUnpublishedChanges: false,
    updatedById: input.updatedById,
    ...(input.updatedAt ? { updatedAt: input.updatedAt } : {}),
  };
  let version = 1;
  if (existingId) {
    const [updated] = await tx.update(articles).set(row).where(eq(articles.id, existingId)).returning({ version: articles.version });
    if (!updated) throw new Error(`Article ${existingId} does not exist.`);
    version = updated.version;
    // An open live document would otherwise keep (and store back) the fields from before this write.
    await markCollabStateStale(tx, existingId);
  } else {
    await tx.insert(articles).values({ ...row, id, kind, version, createdById: input.createdById, ...(input.createdAt ? { createdAt: input.createdAt } : {}) });
  }
  await writeLinks(tx, id, tagIds, authorIds);

  const published = input.status === 'published';
  if (published) {
    if (!input.publication) throw new Error('A published article needs its publication times.');
    const [before] = await tx.select({ slug: publishedArticles.slug }).from(publishedArticles).where(eq(publishedArticles.articleId, id));
    const publicRow = buildPublishedRow({ article: { id, kind, ...columns, slug }, tagIds, authorIds, ...input.publication });
    await movePublicSlug(tx, { articleId: id, kind, from: before?.slug ?? null, to: slug });
    await tx
      .insert(publishedArticles)
      .values(publicRow)
      .onConflictDoUpdate({ target: publishedArticles.articleId, set: { ...publicRow, articleId: undefined } });
  } else if (existingId) {
    await removePublication(tx, id);
  }
  await recordRevision(tx, { articleId: id, version, kind: published ? 'publish' : 'save', snapshot: fields, authorId: input.revision.authorId, at: input.revision.at });
  if (input.audit) await recordAudit(tx, { ...input.audit, objectType: 'article', objectId: id });
  return { ok: true, id, slug, version };
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
